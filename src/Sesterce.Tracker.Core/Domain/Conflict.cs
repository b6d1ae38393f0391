namespace Sesterce.Tracker.Core.Domain;

/// <summary>How a conflict between a claim and the headline in force ended (docs/figures.md).</summary>
public enum ConflictResolutionKind
{
    /// <summary>A later word replaced the disputed claim; it no longer needs an answer.</summary>
    Superseded = 0,

    /// <summary>The claim is judged wrong; the reason says why.</summary>
    Rejected = 1,

    /// <summary>The claim turned out right; the headline will follow.</summary>
    Corroborated = 2,

    /// <summary>The two values measure different things (phase one against the whole campus).</summary>
    DifferentScope = 3,

    /// <summary>An earlier resolution no longer holds: the conflict is open again.</summary>
    Reopened = 4,
}

/// <summary>What part of a campus a figure claim speaks of. Claims of different scopes never conflict.</summary>
public enum ClaimScopeKind
{
    Campus = 0,
    Phase = 1,
    Building = 2,
    Other = 3,
}

/// <summary>
/// An admin's judgement on a claim in conflict with the headline in force: a claim of its own, with
/// its day, status, sources and reason, as-of aware, corrected by a later resolution. Exactly one
/// of <see cref="FigureRevisionId"/> and <see cref="MilestoneDateRevisionId"/> names the disputed claim.
/// </summary>
public sealed class ConflictResolution : IAuditedRecord, IClaim
{
    public int Id { get; set; }

    public int? FigureRevisionId { get; set; }

    public int? MilestoneDateRevisionId { get; set; }

    public ConflictResolutionKind Kind { get; set; }

    /// <summary>Why: required when rejecting.</summary>
    public string? Reason { get; set; }

    public DateOnly AnnouncedOnStart { get; set; }

    public DatePrecision AnnouncedOnPrecision { get; set; }

    public DateOnly KnownFrom { get; set; }

    public ClaimStatus Status { get; set; }

    public Visibility Visibility { get; set; }

    public int? CorrectsRevisionId { get; set; }

    public List<Citation> Citations { get; set; } = [];

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
}
