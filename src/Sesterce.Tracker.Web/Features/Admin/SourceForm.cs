using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>What the source form edits: a new source, or an existing one at the version it was loaded.</summary>
public sealed class SourceForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    /// <summary>As typed, at its precision ("2025-07" for a source published in July 2025); the service reads it.</summary>
    public string? PublishedOn { get; set; }

    public string? Language { get; set; } = "fr";

    public string? Excerpt { get; set; }

    /// <summary>Who may see the source; a new one starts Public.</summary>
    public Visibility Visibility { get; set; }

    public static SourceForm From(SourceAdminRow row) => new()
    {
        Id = row.Id,
        Version = row.Version,
        Title = row.Title,
        Publisher = row.Publisher,
        Url = row.Url,
        PublishedOn = row.PublishedOn?.ToString(),
        Language = row.Language,
        Excerpt = row.Excerpt,
        Visibility = row.Visibility,
    };

    public SourceInput ToInput() => new(Title, Publisher, Url, PublishedOn, Language, Excerpt, Visibility);
}
