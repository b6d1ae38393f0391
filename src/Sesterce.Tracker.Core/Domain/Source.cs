namespace Sesterce.Tracker.Core.Domain;

/// <summary>A document that states figures or dates: an article, a press release, a filing.</summary>
public sealed class Source : IVersionedRecord
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    /// <summary>The first day of the publication period; <see cref="PublishedOnPrecision"/> says how long it is.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>"Published in July 2025" is a month; a day when the exact day is known.</summary>
    public DatePrecision PublishedOnPrecision { get; set; }

    public PartialDate? Published
    {
        get => PublishedOn is { } start ? new PartialDate(start, PublishedOnPrecision) : null;
        set
        {
            PublishedOn = value?.Start;
            PublishedOnPrecision = value?.Precision ?? DatePrecision.Day;
        }
    }

    /// <summary>BCP 47 language tag of the document, such as "fr".</summary>
    public required string Language { get; set; }

    /// <summary>The passage of the document quoted as a whole; each revision quotes its own words too.</summary>
    public string? Excerpt { get; set; }

    /// <summary>Who may see the source: its title, link, excerpt and the quotes taken from it.</summary>
    public Visibility Visibility { get; set; }

    /// <summary>Optimistic concurrency: every update bumps it, and a save based on an older version is refused.</summary>
    public int Version { get; set; }
}
