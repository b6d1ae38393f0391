using Sesterce.Tracker.Core.Features.Claims;

namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>Pure rules that turn the revisions known on a date into a figure's history.</summary>
public static class FigureHistory
{
    /// <summary>
    /// Marks each revision with the one that corrects it (when that correction is itself known)
    /// and orders them by when they became known, then by recording order.
    /// </summary>
    public static IReadOnlyList<FigureRevisionView> Ledger(IEnumerable<FigureRevisionView> known) =>
        ClaimRules.Ledger(known, (r, by) => r with { CorrectedByRevisionId = by });

    /// <summary>The revisions that stand: those not replaced by a known correction.</summary>
    public static IReadOnlyList<FigureRevisionView> Effective(IEnumerable<FigureRevisionView> known) =>
        ClaimRules.Effective(Ledger(known));

    /// <summary>
    /// The figure as known: its headline by <see cref="FigureHeadlines.Choose"/>, its first value and
    /// the change between, and its conflicts with the admins' <paramref name="resolutions"/> of them
    /// known on the view's day considered.
    /// </summary>
    public static FigureSnapshot? Snapshot(string key, string name, string unit, IEnumerable<FigureRevisionView> known, int? referenceRevisionId = null, IReadOnlyList<ResolutionView>? resolutions = null)
    {
        var effective = Effective(known);
        if (FigureHeadlines.Choose(effective, referenceRevisionId) is not { } headline)
        {
            return null;
        }

        var first = effective[0];
        var change = effective.Count > 1 ? FigureChange.Between(first.Value, headline.Revision.Value) : null;
        return new FigureSnapshot(key, name, unit, headline.Revision, first, change, effective, headline.Reason, referenceRevisionId, FigureConflicts.Find(effective, referenceRevisionId, resolutions));
    }

    /// <summary>The headline as it stood on <paramref name="date"/>, from the revisions of <paramref name="snapshot"/> known by then.</summary>
    public static FigureRevisionView? HeadlineOn(FigureSnapshot snapshot, DateOnly date) =>
        FigureHeadlines.Choose([.. snapshot.History.Where(r => r.KnownFrom <= date)], snapshot.ReferenceRevisionId)?.Revision;

    /// <summary>
    /// The headline series: one step each day the headline in force changed to another revision.
    /// What a chart draws as its line; every other claim is a mark beside it, never a step.
    /// </summary>
    public static IReadOnlyList<HeadlineStep> HeadlineSteps(FigureSnapshot snapshot)
    {
        var steps = new List<HeadlineStep>();
        foreach (var day in snapshot.History.Select(r => r.KnownFrom).Distinct().Order())
        {
            if (HeadlineOn(snapshot, day) is { } headline && (steps.Count == 0 || steps[^1].Revision.Id != headline.Id))
            {
                steps.Add(new HeadlineStep(day, headline));
            }
        }

        return steps;
    }

    /// <summary>The standing claims that were never the headline in force: drawn as marks, not steps.</summary>
    public static IReadOnlyList<FigureRevisionView> BesideHeadline(FigureSnapshot snapshot)
    {
        var headlines = HeadlineSteps(snapshot).Select(s => s.Revision.Id).ToHashSet();
        return [.. snapshot.History.Where(r => !headlines.Contains(r.Id))];
    }

    /// <summary>
    /// The ratio of the two headlines at every date either figure changed, from the first date both
    /// were known. Ranges carry through: the low bound divides by the high bound and the reverse.
    /// </summary>
    public static DerivedRatio? Ratio(string key, string unit, FigureSnapshot? numerator, FigureSnapshot? denominator)
    {
        if (numerator is null || denominator is null)
        {
            return null;
        }

        var dates = numerator.History.Select(r => r.KnownFrom)
            .Concat(denominator.History.Select(r => r.KnownFrom))
            .Distinct()
            .Order();
        var steps = new List<RatioStep>();
        foreach (var date in dates)
        {
            var top = HeadlineOn(numerator, date);
            var bottom = HeadlineOn(denominator, date);
            if (top is null || bottom is null || top.Value.DividedBy(bottom.Value) is not { } ratio)
            {
                continue;
            }

            if (steps.Count == 0 || steps[^1].Value != ratio || steps[^1].Numerator.Scope != top.Scope)
            {
                var announced = top.KnownFrom >= bottom.KnownFrom ? top.AnnouncedOn : bottom.AnnouncedOn;
                steps.Add(new RatioStep(date, announced, ratio, top, bottom));
            }
        }

        if (steps.Count == 0)
        {
            return null;
        }

        var change = steps.Count > 1 ? FigureChange.Between(steps[0].Value, steps[^1].Value) : null;
        var points = steps.Select(s => new SeriesPoint(s.From, s.AnnouncedOn, s.Value)).ToList();
        return new DerivedRatio(key, numerator.Key, denominator.Key, unit, steps[0].Value, steps[^1].Value, change, points, steps);
    }
}
