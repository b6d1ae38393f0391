namespace Sesterce.Tracker.Core.Domain;

/// <summary>
/// A public reference value shown beside one of our ratios, such as the average construction
/// cost per MW. Stored as data (seeded from <c>benchmarks.json</c>) so it can be edited without a
/// release. Kept in its own currency: the tracker never converts with a rate it cannot cite.
/// </summary>
public sealed class Benchmark : IVersionedRecord
{
    public int Id { get; set; }

    /// <summary>Stable key such as "jll-global-2025".</summary>
    public required string Key { get; set; }

    /// <summary>The ratio it compares with: "investment-per-mw" or "jobs-per-mw".</summary>
    public required string RatioKey { get; set; }

    public required string Name { get; set; }

    public string? NameFr { get; set; }

    public decimal Low { get; set; }

    public decimal High { get; set; }

    public FigureQualifier Qualifier { get; set; }

    /// <summary>ISO 4217 code of the amounts ("USD", "EUR").</summary>
    public required string Currency { get; set; }

    /// <summary>What the amount covers, to compare like with like.</summary>
    public InvestmentScope Scope { get; set; }

    /// <summary>Where it applies: "Global", "United States", "Europe".</summary>
    public string? Region { get; set; }

    /// <summary>The period the value describes, at its precision; null when the source does not say.</summary>
    public DateOnly? PeriodStart { get; set; }

    public DatePrecision? PeriodPrecision { get; set; }

    public required string SourceTitle { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public string? Note { get; set; }

    public int Order { get; set; }

    /// <summary>Optimistic concurrency: every update bumps it, and a save based on an older version is refused.</summary>
    public int Version { get; set; }

    public PartialDate? Period
    {
        get => PeriodStart is { } start && PeriodPrecision is { } precision ? new PartialDate(start, precision) : null;
        set
        {
            PeriodStart = value?.Start;
            PeriodPrecision = value?.Precision;
        }
    }

    public ValueRange Range => Low <= High ? new ValueRange(Low, High) : new ValueRange(High, Low);
}
