using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Features.Risks;

/// <summary>One claim about a risk: its state, likelihood and impact as reported on a day, with its sources and reason.</summary>
public sealed record RiskAssessmentView(
    int Id,
    RiskState State,
    RiskLevel Likelihood,
    RiskLevel Impact,
    PartialDate AnnouncedOn,
    DateOnly KnownFrom,
    ClaimStatus Status,
    IReadOnlyList<CitationView> Sources,
    string? Reason,
    int? CorrectsRevisionId = null,
    int? CorrectedByRevisionId = null) : IClaimView
{
    /// <summary>Who may see the claim; admins' pages show it as a chip.</summary>
    public Visibility Visibility { get; init; }

    /// <summary>Likelihood times impact, 1 to 9: the register sorts by it, highest first.</summary>
    public int Severity => (int)Likelihood * (int)Impact;
}

/// <summary>A milestone or a phase the risk threatens (exactly one of the ids is set), with its name.</summary>
public sealed record RiskThreatView(int? MilestoneId, int? PhaseId, string Name);

/// <summary>A date claim the risk caused, as known on the view's day.</summary>
public sealed record RiskConsequenceView(int MilestoneId, string MilestoneTitle, MilestoneDateRevisionView Claim);

/// <summary>
/// A risk as known on a day: <see cref="Current"/> is the latest standing assessment known then, and
/// <see cref="History"/> every assessment known then (ledger order, corrected ones marked). A risk
/// whose first assessment was not yet known does not exist in that view.
/// </summary>
public sealed record RiskView(
    int Id,
    string Title,
    string? Description,
    RiskCategory Category,
    string? Owner,
    RiskAssessmentView Current,
    IReadOnlyList<RiskAssessmentView> History,
    IReadOnlyList<RiskThreatView> Threatens,
    IReadOnlyList<RiskConsequenceView> Consequences,
    DateOnly FirstKnownOn)
{
    /// <summary>Who may see the risk; admins' pages show it as a chip.</summary>
    public Visibility Visibility { get; init; }

    public RiskState State => Current.State;

    /// <summary>Open, being mitigated or materialised: anything not closed still needs attention.</summary>
    public bool IsActive => State != RiskState.Closed;

    public int Severity => Current.Severity;

    public bool ThreatensMilestone(int milestoneId) => Threatens.Any(t => t.MilestoneId == milestoneId);

    /// <summary>
    /// Whether the risk bears on a milestone: it threatens the milestone or its phase, or it caused
    /// one of the milestone's date claims. Milestone pages and timeline lanes show it then.
    /// </summary>
    public bool Concerns(int milestoneId, int? phaseId) =>
        Threatens.Any(t => t.MilestoneId == milestoneId || (phaseId is not null && t.PhaseId == phaseId))
        || Consequences.Any(c => c.MilestoneId == milestoneId);
}

/// <summary>A campus's register as known on <see cref="AsOf"/>, in <see cref="RiskRules.Order"/>.</summary>
public sealed record RiskRegisterView(string CampusSlug, string CampusName, DateOnly AsOf, bool IsToday, IReadOnlyList<RiskView> Risks);
