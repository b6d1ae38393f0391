namespace Sesterce.Tracker.Core.Domain;

/// <summary>A document that states figures or dates: an article, a press release, a filing.</summary>
public sealed class Source : IVersionedRecord
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>BCP 47 language tag of the document, such as "fr".</summary>
    public required string Language { get; set; }

    /// <summary>The passage of the document quoted as a whole; each revision quotes its own words too.</summary>
    public string? Excerpt { get; set; }

    /// <summary>Optimistic concurrency: every update bumps it, and a save based on an older version is refused.</summary>
    public int Version { get; set; }
}
