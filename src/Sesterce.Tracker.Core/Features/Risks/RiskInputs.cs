using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Core.Features.Risks;

/// <summary>
/// A risk's own fields, edited in place under audit; its state is a claim (<see cref="RiskAssessmentInput"/>).
/// <see cref="Visibility"/> says who may see the risk; left null it is Public for a new risk and unchanged for an edit.
/// </summary>
public sealed record RiskInput(
    string? Title,
    string? Description,
    RiskCategory Category,
    string? Owner,
    IReadOnlyList<int> ThreatenedMilestoneIds,
    IReadOnlyList<int> ThreatenedPhaseIds,
    IReadOnlyList<int> ConsequenceDateClaimIds,
    Visibility? Visibility = null);

/// <summary>A claim about a risk's state, likelihood and impact; the claim's note is the reason for the change.</summary>
public sealed record RiskAssessmentInput(RiskState State, RiskLevel Likelihood, RiskLevel Impact, ClaimInput Claim);

/// <summary>A row of the admin's risk list.</summary>
public sealed record RiskAdminRow(int Id, string Title, RiskCategory Category, RiskState? State, int? Severity, bool IsArchived, int Version, Visibility Visibility = Visibility.Public);

/// <summary>A date claim a risk may name as its consequence, for the admin's picker.</summary>
public sealed record DateClaimOption(int Id, int MilestoneId, string MilestoneTitle, MilestoneDateKind Kind, PartialDate? Date, PartialDate ReportedOn);

/// <summary>A risk for its edit form: its fields, every assessment recorded, and the version it was read at.</summary>
public sealed record RiskEdit(int Id, string CampusSlug, RiskInput Values, IReadOnlyList<RiskAssessmentView> Assessments, bool IsArchived, int Version);
