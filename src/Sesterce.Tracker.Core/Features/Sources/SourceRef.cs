using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Sources;

/// <summary>A citation as shown beside a figure or a date: the document and the words quoted from it.</summary>
public sealed record SourceRef(int Id, string Title, string? Publisher, string? Url, PartialDate? PublishedOn, string Language);

public sealed record SourceDetail(int Id, string Title, string? Publisher, string? Url, PartialDate? PublishedOn, string Language, string? Excerpt, int CitationCount);
