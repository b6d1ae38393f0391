namespace Sesterce.Tracker.Core.Domain;

public sealed class Milestone : IArchivableRecord
{
    public int Id { get; set; }

    public int CampusId { get; set; }

    public int? PhaseId { get; set; }

    public Phase? Phase { get; set; }

    /// <summary>
    /// This milestone ends its phase (its commissioning): the phase's end date is this milestone's
    /// date, so the two cannot disagree. At most one milestone per phase.
    /// </summary>
    public bool CommissionsPhase { get; set; }

    public required string Title { get; set; }

    /// <summary>The title in French; null shows <see cref="Title"/> to French readers too.</summary>
    public string? TitleFr { get; set; }

    public string? Description { get; set; }

    public MilestoneKind Kind { get; set; }

    /// <summary>The status as last recorded; as-of views derive a <see cref="MilestoneState"/> from the dates instead.</summary>
    public MilestoneStatus Status { get; set; }

    /// <summary>Every date claim of the milestone, targets and reached dates alike.</summary>
    public List<MilestoneDateRevision> DateRevisions { get; set; } = [];

    /// <summary>Archived milestones leave every view but stay in the store; nothing is ever hard-deleted.</summary>
    public bool IsArchived { get; set; }

    /// <summary>Optimistic concurrency: every update bumps it, and a save based on an older version is refused.</summary>
    public int Version { get; set; }

}

/// <summary>
/// A claim about one of a milestone's dates (<see cref="Kind"/>): a target or a reached date.
/// Append-only: a correction is a new claim whose <see cref="CorrectsRevisionId"/> names the one it replaces.
/// </summary>
public sealed class MilestoneDateRevision : IAuditedRecord, IClaim
{
    public int Id { get; set; }

    public int MilestoneId { get; set; }

    public MilestoneDateKind Kind { get; set; }

    public ClaimStatus Status { get; set; }

    public Visibility Visibility { get; set; }

    public int? CorrectsRevisionId { get; set; }

    public List<Citation> Citations { get; set; } = [];

    public DateOnly AnnouncedOnStart { get; set; }

    public DatePrecision AnnouncedOnPrecision { get; set; }

    /// <summary>The last day of the announced-on period: the first day this revision is certainly known.</summary>
    public DateOnly KnownFrom { get; set; }

    /// <summary>The date claimed; null for "not known yet" (a target) or a retraction (a reached date).</summary>
    public DateOnly? TargetStart { get; set; }

    public DatePrecision? TargetPrecision { get; set; }

    /// <summary>The note of the claim: why the date moved, what the source says besides it.</summary>
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

    public PartialDate? Target
    {
        get => TargetStart is { } start && TargetPrecision is { } precision ? new PartialDate(start, precision) : null;
        set
        {
            TargetStart = value?.Start;
            TargetPrecision = value?.Precision;
        }
    }
}
