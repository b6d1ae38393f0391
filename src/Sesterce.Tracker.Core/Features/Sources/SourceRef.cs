using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Sources;

/// <summary>A citation as shown beside a figure or a date: the document and the words quoted from it.</summary>
public sealed record SourceRef(int Id, string Title, string? Publisher, string? Url, PartialDate? PublishedOn, string Language)
{
    /// <summary>Who may see the source; admins' pages show it as a chip.</summary>
    public Visibility Visibility { get; init; }
}

/// <summary>
/// A source document. <see cref="ExcerptRestricted"/> says the excerpt is withheld from the caller
/// (<see cref="Excerpt"/> is then null): a claim citing the source is hidden from them, and the excerpt
/// often states that claim's value.
/// </summary>
public sealed record SourceDetail(int Id, string Title, string? Publisher, string? Url, PartialDate? PublishedOn, string Language, string? Excerpt, int CitationCount)
{
    public Visibility Visibility { get; init; }

    public bool ExcerptRestricted { get; init; }
}
