using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;

namespace Sesterce.Tracker.Core.Features.Milestones;

/// <summary>What a milestone's date claims known on a day say: headline target, challenger, baseline, reached date.</summary>
public sealed record MilestoneDates(
    IReadOnlyList<MilestoneDateRevisionView> Ledger,
    MilestoneDateRevisionView? Target,
    MilestoneDateRevisionView? TargetChallenger,
    PartialDate? Baseline,
    MilestoneDateRevisionView? Reached)
{
    /// <summary>Applies the claim rules to the date claims of one milestone known on the view's date.</summary>
    public static MilestoneDates From(IEnumerable<MilestoneDateRevisionView> known, IReadOnlyList<ResolutionView>? resolutions = null)
    {
        var ledger = ClaimRules.Ledger(known, (r, by) => r with { CorrectedByRevisionId = by });
        var effective = ClaimRules.Effective(ledger);
        var targets = effective.Where(r => r.Kind == MilestoneDateKind.Target).ToList();
        var reached = effective.Where(r => r.Kind == MilestoneDateKind.Reached).ToList();

        var target = ClaimRules.Choose(targets, SameDate)?.Claim;
        var challenger = target is null ? null : ClaimRules.Challenger(targets, target, SameDate);

        // The baseline is the first date officially promised; without any official date, the first date said at all.
        var dated = targets.Where(r => r.Date is not null).ToList();
        var baseline = (dated.FirstOrDefault(r => ClaimRules.IsAuthoritative(r.Status)) ?? dated.FirstOrDefault())?.Date;

        // A retraction (a reached claim without a date) standing as headline means: not reached.
        var reachedHeadline = ClaimRules.Choose(reached, SameDate)?.Claim;
        var conflicts = ClaimConflicts.Find(targets, k => ClaimRules.Choose(k, SameDate)?.Claim, DatesDisagree, resolutions ?? [])
            .Concat(ClaimConflicts.Find(reached, k => ClaimRules.Choose(k, SameDate)?.Claim, DatesDisagree, resolutions ?? []))
            .ToList();
        return new MilestoneDates(ledger, target, challenger, baseline, reachedHeadline?.Date is null ? null : reachedHeadline) { Conflicts = conflicts };
    }

    /// <summary>Date claims (targets with targets, reached with reached) in conflict with the headline in force on their day.</summary>
    public IReadOnlyList<ClaimConflict<MilestoneDateRevisionView>> Conflicts { get; init; } = [];

    /// <summary>Two dated claims disagree when their periods do not overlap ("Dec 2026" and "H2 2026" agree); "not known yet" disagrees with nothing.</summary>
    public static bool DatesDisagree(MilestoneDateRevisionView a, MilestoneDateRevisionView b) =>
        a.Date is { } x && b.Date is { } y && (x.End < y.Start || y.End < x.Start);

    private static bool SameDate(MilestoneDateRevisionView a, MilestoneDateRevisionView b) => a.Date == b.Date;
}
