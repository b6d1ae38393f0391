namespace Sesterce.Tracker.Core.Domain;

public sealed class Phase : IVersionedRecord
{
    public int Id { get; set; }

    public int CampusId { get; set; }

    public required string Name { get; set; }

    public string? NameFr { get; set; }

    public int Order { get; set; }

    /// <summary>When the phase itself became public; the phase is hidden in as-of views before that.</summary>
    public DateOnly AnnouncedOnStart { get; set; }

    public DatePrecision AnnouncedOnPrecision { get; set; }

    public DateOnly KnownFrom { get; set; }

    /// <summary>The phase's plan as claimed over time: target date and capacity.</summary>
    public List<PhasePlanRevision> Plans { get; set; } = [];

    /// <summary>Optimistic concurrency: every update bumps it, and a save based on an older version is refused.</summary>
    public int Version { get; set; }

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
}

/// <summary>
/// A claim about a phase's plan: its target date and the cumulative capacity it brings. Either may be
/// unknown (null). Append-only, like every claim.
/// </summary>
public sealed class PhasePlanRevision : IAuditedRecord, IClaim
{
    public int Id { get; set; }

    public int PhaseId { get; set; }

    public DateOnly? TargetStart { get; set; }

    public DatePrecision? TargetPrecision { get; set; }

    /// <summary>Cumulative capacity in MW the campus reaches with the phase.</summary>
    public decimal? CapacityMw { get; set; }

    public DateOnly AnnouncedOnStart { get; set; }

    public DatePrecision AnnouncedOnPrecision { get; set; }

    public DateOnly KnownFrom { get; set; }

    public ClaimStatus Status { get; set; }

    public Visibility Visibility { get; set; }

    public string? Note { get; set; }

    public int? CorrectsRevisionId { get; set; }

    public List<Citation> Citations { get; set; } = [];

    public DateTimeOffset RecordedAt { get; set; }

    public PartialDate? Target
    {
        get => TargetStart is { } start && TargetPrecision is { } precision ? new PartialDate(start, precision) : null;
        set
        {
            TargetStart = value?.Start;
            TargetPrecision = value?.Precision;
        }
    }

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
}
