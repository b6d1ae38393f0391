namespace Sesterce.Tracker.Core.Domain;

public sealed class Milestone : IVersionedRecord
{
    public int Id { get; set; }

    public int CampusId { get; set; }

    public int? PhaseId { get; set; }

    public Phase? Phase { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public MilestoneKind Kind { get; set; }

    /// <summary>The status as last recorded; as-of views derive a <see cref="MilestoneState"/> from the dates instead.</summary>
    public MilestoneStatus Status { get; set; }

    public DateOnly? ActualDateStart { get; set; }

    public DatePrecision? ActualDatePrecision { get; set; }

    /// <summary>The source that reports the milestone as reached, with its words.</summary>
    public int? ActualSourceId { get; set; }

    public Source? ActualSource { get; set; }

    public string? ActualQuote { get; set; }

    public List<MilestoneDateRevision> DateRevisions { get; set; } = [];

    /// <summary>Archived milestones leave every view but stay in the store; nothing is ever hard-deleted.</summary>
    public bool IsArchived { get; set; }

    /// <summary>Optimistic concurrency: every update bumps it, and a save based on an older version is refused.</summary>
    public int Version { get; set; }

    public PartialDate? ActualDate
    {
        get => ActualDateStart is { } start && ActualDatePrecision is { } precision ? new PartialDate(start, precision) : null;
        set
        {
            ActualDateStart = value?.Start;
            ActualDatePrecision = value?.Precision;
        }
    }
}

/// <summary>One announced change of a milestone's target date. Append-only.</summary>
public sealed class MilestoneDateRevision : IAuditedRecord
{
    public int Id { get; set; }

    public int MilestoneId { get; set; }

    public DateOnly AnnouncedOnStart { get; set; }

    public DatePrecision AnnouncedOnPrecision { get; set; }

    /// <summary>The last day of the announced-on period: the first day this revision is certainly known.</summary>
    public DateOnly KnownFrom { get; set; }

    public DateOnly TargetStart { get; set; }

    public DatePrecision TargetPrecision { get; set; }

    public int? SourceId { get; set; }

    public Source? Source { get; set; }

    /// <summary>The words of the source that state this date.</summary>
    public string? Quote { get; set; }

    public string? Reason { get; set; }

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

    public PartialDate Target
    {
        get => new(TargetStart, TargetPrecision);
        set
        {
            TargetStart = value.Start;
            TargetPrecision = value.Precision;
        }
    }
}
