namespace Sesterce.Tracker.Core.Domain;

public enum RiskCategory
{
    Legal = 0,
    Permit = 1,
    GridConnection = 2,
    Financing = 3,
    SupplyChain = 4,
    Community = 5,
    Environment = 6,
    Other = 7,
}

public enum RiskLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>Where a risk stands: a materialised risk is an issue, never an achievement.</summary>
public enum RiskState
{
    Open = 0,
    Mitigating = 1,
    Materialised = 2,
    Closed = 3,
}

/// <summary>
/// An entry of a campus's risks-and-issues register (docs/risks.md). Its title, category, owner and
/// links are edited in place under audit; its state, likelihood and impact are claims
/// (<see cref="Assessments"/>), so an as-of view shows the risk as it was judged on that day, and
/// the risk itself only from the day its first assessment became known.
/// </summary>
public sealed class Risk : IArchivableRecord
{
    public int Id { get; set; }

    public int CampusId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public RiskCategory Category { get; set; }

    /// <summary>Who answers for it: a person, a team or an organisation, as free text.</summary>
    public string? Owner { get; set; }

    /// <summary>Who may see the risk itself (title, description, owner); each assessment has its own level too.</summary>
    public Visibility Visibility { get; set; }

    /// <summary>The milestones and phases the risk threatens.</summary>
    public List<RiskThreat> Threats { get; set; } = [];

    /// <summary>The date claims the risk caused (a slip it explains).</summary>
    public List<RiskConsequence> Consequences { get; set; } = [];

    public List<RiskAssessment> Assessments { get; set; } = [];

    /// <summary>Archived risks leave every view but stay in the store; nothing is ever hard-deleted.</summary>
    public bool IsArchived { get; set; }

    public int Version { get; set; }
}

/// <summary>One milestone or one phase a risk threatens; exactly one of the two is set.</summary>
public sealed class RiskThreat
{
    public int Id { get; set; }

    public int RiskId { get; set; }

    public int? MilestoneId { get; set; }

    public int? PhaseId { get; set; }
}

/// <summary>A date claim the risk caused: the slip it explains.</summary>
public sealed class RiskConsequence
{
    public int Id { get; set; }

    public int RiskId { get; set; }

    public int MilestoneDateRevisionId { get; set; }
}

/// <summary>
/// A claim about a risk: its state, likelihood and impact as reported on a day, with its status,
/// sources and reason. Append-only: a correction is a new assessment naming the one it corrects.
/// </summary>
public sealed class RiskAssessment : IAuditedRecord, IClaim
{
    public int Id { get; set; }

    public int RiskId { get; set; }

    public RiskState State { get; set; }

    public RiskLevel Likelihood { get; set; }

    public RiskLevel Impact { get; set; }

    public DateOnly AnnouncedOnStart { get; set; }

    public DatePrecision AnnouncedOnPrecision { get; set; }

    public DateOnly KnownFrom { get; set; }

    public ClaimStatus Status { get; set; }

    public Visibility Visibility { get; set; }

    /// <summary>Why the state changed.</summary>
    public string? Reason { get; set; }

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
