using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>Two revisions of one figure that disagree; <paramref name="Earlier"/> became known first.</summary>
public sealed record FigureConflict(FigureRevisionView Earlier, FigureRevisionView Later, int DaysApart)
{
    public bool Involves(int revisionId) => Earlier.Id == revisionId || Later.Id == revisionId;
}

/// <summary>
/// The conflict rule (docs/figures.md). Two effective revisions conflict when all of these hold:
/// their values cannot both be true (qualifiers widen a value: "at least" and "expected to rise"
/// have no upper bound, "at most" no lower one); they cite different sources; their announcement
/// periods lie at most <see cref="WindowDays"/> days apart; and the later one does not supersede
/// the earlier, which an official announcement or approved revision does when it became known
/// strictly later. A source changing its own number is a change, not a disagreement.
/// </summary>
public static class FigureConflicts
{
    /// <summary>About a quarter: long enough for a press report to trail an announcement, short enough that a change of plan is not taken for a disagreement.</summary>
    public const int WindowDays = 90;

    public static IReadOnlyList<FigureConflict> Find(IReadOnlyList<FigureRevisionView> effective)
    {
        var ordered = effective.OrderBy(r => r.KnownFrom).ThenBy(r => r.Id).ToList();
        var conflicts = new List<FigureConflict>();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                if (Conflict(ordered[i], ordered[j]) is { } conflict)
                {
                    conflicts.Add(conflict);
                }
            }
        }

        return conflicts;
    }

    /// <summary>The conflict between two revisions, <paramref name="earlier"/> known no later than <paramref name="later"/>; null when they do not conflict.</summary>
    public static FigureConflict? Conflict(FigureRevisionView earlier, FigureRevisionView later)
    {
        // Two claims disagree only when they rest on different documents: one source stating two values is a revision, not a conflict.
        if (earlier.Sources.Count == 0 || later.Sources.Count == 0
            || earlier.Sources.Any(e => later.Sources.Any(l => l.Source.Id == e.Source.Id)))
        {
            return null;
        }

        if (!Disagree(earlier, later))
        {
            return null;
        }

        var days = DaysApart(earlier.AnnouncedOn, later.AnnouncedOn);
        if (days > WindowDays)
        {
            return null;
        }

        var supersedes = later.KnownFrom > earlier.KnownFrom && FigureHeadlines.IsAuthoritative(later.Status);
        return supersedes ? null : new FigureConflict(earlier, later, days);
    }

    /// <summary>True when no single number satisfies both revisions, their qualifiers considered.</summary>
    public static bool Disagree(FigureRevisionView a, FigureRevisionView b)
    {
        var (aLow, aHigh) = Bounds(a);
        var (bLow, bHigh) = Bounds(b);
        return aHigh < bLow || bHigh < aLow;
    }

    /// <summary>Days between two announcement periods: zero when they overlap, else from the end of the first to the start of the second.</summary>
    public static int DaysApart(PartialDate a, PartialDate b)
    {
        var (first, second) = a.Start <= b.Start ? (a, b) : (b, a);
        return Math.Max(0, second.Start.DayNumber - first.End.DayNumber);
    }

    private static (decimal Low, decimal High) Bounds(FigureRevisionView r) => r.Qualifier switch
    {
        FigureQualifier.AtLeast or FigureQualifier.ExpectedToRise => (r.Value.Low, decimal.MaxValue),
        FigureQualifier.AtMost => (decimal.MinValue, r.Value.High),
        _ => (r.Value.Low, r.Value.High),
    };
}
