namespace Sesterce.Tracker.Core.Domain;

/// <summary>A quantity tracked for a campus: investment, power, jobs, or a custom one such as GPU count.</summary>
public sealed class Figure : IVersionedRecord
{
    public int Id { get; set; }

    public int CampusId { get; set; }

    /// <summary>Stable key used in URLs and the API: "investment", "power", "jobs", …</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }

    public string? NameFr { get; set; }

    /// <summary>Unit code: "EUR", "MW", "jobs", or a custom unit such as "GPUs".</summary>
    public required string Unit { get; set; }

    public int Order { get; set; }

    /// <summary>The level a new claim about this figure starts at (investment: internal); each claim keeps its own.</summary>
    public Visibility DefaultVisibility { get; set; }

    /// <summary>
    /// The revision an admin chose as the headline over the default rule (docs/figures.md); null
    /// lets the rule decide. Set through <c>FigureReferenceService</c>, which validates it.
    /// </summary>
    public int? ReferenceRevisionId { get; set; }

    /// <summary>Why the reference revision was chosen, shown with the headline.</summary>
    public string? ReferenceNote { get; set; }

    public List<FigureRevision> Revisions { get; set; } = [];

    /// <summary>Optimistic concurrency: every update bumps it, and a save based on an older version is refused.</summary>
    public int Version { get; set; }
}

/// <summary>
/// One announced value of a figure. Append-only: a correction is a new revision whose
/// <see cref="CorrectsRevisionId"/> names the revision it replaces.
/// </summary>
public sealed class FigureRevision : IAuditedRecord, IClaim
{
    public int Id { get; set; }

    public int FigureId { get; set; }

    public decimal? Value { get; set; }

    public decimal? Low { get; set; }

    public decimal? High { get; set; }

    public FigureQualifier Qualifier { get; set; }

    public DateOnly AnnouncedOnStart { get; set; }

    public DatePrecision AnnouncedOnPrecision { get; set; }

    /// <summary>The last day of the announced-on period: the first day this revision is certainly known.</summary>
    public DateOnly KnownFrom { get; set; }

    public ClaimStatus Status { get; set; }

    public Visibility Visibility { get; set; }

    public string? Note { get; set; }

    public int? CorrectsRevisionId { get; set; }

    public List<Citation> Citations { get; set; } = [];

    /// <summary>For money figures: whether the amount covers IT equipment; compares ratios with the right benchmarks.</summary>
    public InvestmentScope Scope { get; set; }

    /// <summary>What part of the campus the value speaks of; claims of different scopes never conflict.</summary>
    public ClaimScopeKind ScopeKind { get; set; }

    /// <summary>The phase, when <see cref="ScopeKind"/> is <see cref="ClaimScopeKind.Phase"/>.</summary>
    public int? ScopePhaseId { get; set; }

    /// <summary>The building or the other part, in the admin's words, when the scope is neither the campus nor a phase.</summary>
    public string? ScopeLabel { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public PartialDate AnnouncedOn
    {
        get => new(AnnouncedOnStart, AnnouncedOnPrecision);
        set
        {
            AnnouncedOnStart = value.Start;
            AnnouncedOnPrecision = value.Precision;
            KnownFrom = value.End;
        }
    }

    public ValueRange? Range => Value is { } v
        ? ValueRange.Exactly(v)
        : Low is { } low && High is { } high && low <= high ? new ValueRange(low, high) : null;
}
