namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>Pure rules that turn the revisions known on a date into a figure's history.</summary>
public static class FigureHistory
{
    /// <summary>
    /// Marks each revision with the one that corrects it (when that correction is itself known)
    /// and orders them by when they became known, then by recording order.
    /// </summary>
    public static IReadOnlyList<FigureRevisionView> Ledger(IEnumerable<FigureRevisionView> known)
    {
        var list = known.OrderBy(r => r.KnownFrom).ThenBy(r => r.Id).ToList();
        var correctedBy = list
            .Where(r => r.CorrectsRevisionId is not null)
            .GroupBy(r => r.CorrectsRevisionId!.Value)
            .ToDictionary(g => g.Key, g => g.Max(r => r.Id));
        return [.. list.Select(r => correctedBy.TryGetValue(r.Id, out var by) ? r with { CorrectedByRevisionId = by } : r with { CorrectedByRevisionId = null })];
    }

    /// <summary>The revisions that stand: those not replaced by a known correction.</summary>
    public static IReadOnlyList<FigureRevisionView> Effective(IEnumerable<FigureRevisionView> known) =>
        [.. Ledger(known).Where(r => r.CorrectedByRevisionId is null)];

    public static FigureSnapshot? Snapshot(string key, string name, string unit, IEnumerable<FigureRevisionView> known)
    {
        var effective = Effective(known);
        if (effective.Count == 0)
        {
            return null;
        }

        var first = effective[0];
        var latest = effective[^1];
        var change = effective.Count > 1 ? FigureChange.Between(first.Value, latest.Value) : null;
        return new FigureSnapshot(key, name, unit, latest, first, change, effective);
    }

    /// <summary>
    /// The ratio of two figures at every date either changed, from the first date both were known.
    /// Ranges carry through: the low bound divides by the high bound and the reverse.
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
        var points = new List<SeriesPoint>();
        foreach (var date in dates)
        {
            var top = RevisionOn(numerator.History, date);
            var bottom = RevisionOn(denominator.History, date);
            if (top is null || bottom is null || top.Value.DividedBy(bottom.Value) is not { } ratio)
            {
                continue;
            }

            if (points.Count == 0 || points[^1].Value != ratio)
            {
                var announced = top.KnownFrom >= bottom.KnownFrom ? top.AnnouncedOn : bottom.AnnouncedOn;
                points.Add(new SeriesPoint(date, announced, ratio));
            }
        }

        if (points.Count == 0)
        {
            return null;
        }

        var change = points.Count > 1 ? FigureChange.Between(points[0].Value, points[^1].Value) : null;
        return new DerivedRatio(key, numerator.Key, denominator.Key, unit, points[0].Value, points[^1].Value, change, points);
    }

    private static FigureRevisionView? RevisionOn(IReadOnlyList<FigureRevisionView> history, DateOnly date) =>
        history.LastOrDefault(r => r.KnownFrom <= date);
}
