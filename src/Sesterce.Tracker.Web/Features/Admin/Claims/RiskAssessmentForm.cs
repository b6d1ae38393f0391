using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Risks;

namespace Sesterce.Tracker.Web.Features.Admin.Claims;

/// <summary>
/// A claim about a risk as the form edits it: state, likelihood and impact, the claim around them
/// (its note is the reason for a change of state), and for a correction the assessment it corrects
/// with the reason.
/// </summary>
public sealed class RiskAssessmentForm
{
    public RiskState State { get; set; } = RiskState.Open;

    public RiskLevel Likelihood { get; set; } = RiskLevel.Medium;

    public RiskLevel Impact { get; set; } = RiskLevel.Medium;

    public ClaimForm Claim { get; init; } = new();

    /// <summary>The assessment in force when the form opened: a different state needs a reason.</summary>
    public RiskAssessmentView? Current { get; init; }

    /// <summary>The assessment this one corrects, when it is a correction.</summary>
    public RiskAssessmentView? Corrects { get; init; }

    /// <summary>Why a correction was needed; recorded in the audit log.</summary>
    public string? Reason { get; set; }

    public bool ChangesState => Corrects is null && Current is not null && Current.State != State;

    /// <summary>A new assessment starts from the one in force (same state and levels) with a fresh claim at the risk's visibility level.</summary>
    public static RiskAssessmentForm Following(RiskAssessmentView? current, Visibility level = Visibility.Public) => new()
    {
        Claim = new ClaimForm { Visibility = level },
        Current = current,
        State = current?.State ?? RiskState.Open,
        Likelihood = current?.Likelihood ?? RiskLevel.Medium,
        Impact = current?.Impact ?? RiskLevel.Medium,
    };

    /// <summary>A correction starts from the assessment it corrects: its values, day, status, sources, note and visibility level.</summary>
    public static RiskAssessmentForm Correcting(RiskAssessmentView assessment, Visibility level = Visibility.Public)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new()
        {
            State = assessment.State,
            Likelihood = assessment.Likelihood,
            Impact = assessment.Impact,
            Claim = ClaimForm.Copy(assessment, assessment.Reason, level),
            Corrects = assessment,
        };
    }

    /// <summary>What the form refuses before asking the service: a change of state without a reason.</summary>
    public IEnumerable<ValidationError> Missing()
    {
        if (ChangesState && string.IsNullOrWhiteSpace(Claim.Note))
        {
            yield return new ValidationError("Note", "StateChangeNeedsReason");
        }
    }

    public RiskAssessmentInput ToInput(IReadOnlyList<SourceAdminRow> catalogue) => new(State, Likelihood, Impact, Claim.ToInput(catalogue));
}
