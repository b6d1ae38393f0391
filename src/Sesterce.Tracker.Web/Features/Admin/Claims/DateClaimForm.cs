using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Web.Features.Admin.Claims;

/// <summary>
/// A claim about a milestone's date as the form edits it: the date, the claim around it, and for a
/// correction the claim it corrects with the reason. A target without a date must be said explicitly
/// (<see cref="DateNotKnown"/>): an empty box alone is a forgotten date, not a statement.
/// </summary>
public sealed class DateClaimForm
{
    public MilestoneDateKind Kind { get; init; }

    public string? Date { get; set; }

    /// <summary>"Date not yet known" ticked: the target claim states that no date is known.</summary>
    public bool DateNotKnown { get; set; }

    /// <summary>Records that the milestone was not reached after all: no date is asked for.</summary>
    public bool Retracts { get; init; }

    public ClaimForm Claim { get; init; } = new();

    /// <summary>The claim this one corrects, when it is a correction.</summary>
    public MilestoneDateRevisionView? Corrects { get; init; }

    /// <summary>Why a correction was needed; recorded in the audit log.</summary>
    public string? Reason { get; set; }

    /// <summary>The field name the service gives this claim's date.</summary>
    public string DateField => Kind == MilestoneDateKind.Reached ? "ReachedDate" : "Target";

    public static DateClaimForm Target() => new() { Kind = MilestoneDateKind.Target };

    public static DateClaimForm Reached() => new() { Kind = MilestoneDateKind.Reached };

    public static DateClaimForm Retraction() => new() { Kind = MilestoneDateKind.Reached, Retracts = true };

    /// <summary>A correction starts from the claim it corrects: its date, day, status, sources, note and visibility level.</summary>
    public static DateClaimForm Correcting(MilestoneDateRevisionView claim, Visibility level = Visibility.Public)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new()
        {
            Kind = claim.Kind,
            Date = claim.Date?.ToString(),
            DateNotKnown = claim.Kind == MilestoneDateKind.Target && claim.Date is null,
            Retracts = claim.Kind == MilestoneDateKind.Reached && claim.Date is null,
            Claim = ClaimForm.Copy(claim, claim.Reason, level),
            Corrects = claim,
        };
    }

    /// <summary>
    /// What the form refuses before asking the service: a target with neither a date nor "not yet
    /// known", and a reached date left empty (a retraction has its own form).
    /// </summary>
    public IEnumerable<ValidationError> Missing()
    {
        if (Retracts || !string.IsNullOrWhiteSpace(Date))
        {
            yield break;
        }

        if (Kind == MilestoneDateKind.Target && !DateNotKnown)
        {
            yield return new ValidationError(DateField, "DateOrNotKnown");
        }
        else if (Kind == MilestoneDateKind.Reached)
        {
            yield return new ValidationError(DateField, "Required");
        }
    }

    public DateClaimInput ToInput(IReadOnlyList<SourceAdminRow> catalogue) =>
        new(Retracts || DateNotKnown ? null : Date, Claim.ToInput(catalogue));
}
