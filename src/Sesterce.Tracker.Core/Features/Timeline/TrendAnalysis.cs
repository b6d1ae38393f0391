using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Features.Timeline;

/// <summary>One report of a milestone trend: on <see cref="ReportedOn"/>, the target was <see cref="Target"/>.</summary>
public sealed record TrendPoint(
    DateOnly ReportedOn,
    PartialDate Target,
    bool IsRevision,
    PartialDate? AnnouncedOn,
    IReadOnlyList<CitationView> Sources,
    string? Reason,
    ClaimStatus Status = ClaimStatus.OfficialAnnouncement);

public sealed record TrendSeries(int MilestoneId, string Title, IReadOnlyList<TrendPoint> Points, bool Reached);

/// <summary>
/// Milestone trend analysis: x is the report date, y the target date. Each known date revision is a
/// point; the line then runs flat to the as-of date (or to the actual date, on the diagonal, once
/// reached). A rising line is a slip.
/// </summary>
public static class TrendAnalysis
{
    public static IReadOnlyList<TrendSeries> Build(IEnumerable<MilestoneSummary> milestones, DateOnly asOf)
    {
        var result = new List<TrendSeries>();
        foreach (var milestone in milestones)
        {
            var points = HeadlineSteps(milestone);
            if (points.Count == 0)
            {
                continue;
            }

            var reached = milestone.Reached is { Date: not null };
            if (milestone.Reached is { Date: { } day } claim)
            {
                points.Add(new TrendPoint(day.End, day, false, claim.AnnouncedOn, claim.Sources, claim.Reason, claim.Status));
            }
            else if (points[^1].ReportedOn < asOf)
            {
                var last = points[^1];
                points.Add(last with { ReportedOn = asOf, IsRevision = false });
            }

            result.Add(new TrendSeries(milestone.Id, milestone.Title, points, reached));
        }

        return result;
    }

    /// <summary>
    /// The headline target after each day a target claim became known, by the claim rule, so an
    /// internal estimate that does not replace the official date does not bend the line either.
    /// </summary>
    private static List<TrendPoint> HeadlineSteps(MilestoneSummary milestone)
    {
        var targets = milestone.TargetHistory.ToList();
        var points = new List<TrendPoint>();
        MilestoneDateRevisionView? previous = null;
        foreach (var day in targets.Select(r => r.KnownFrom).Distinct().Order())
        {
            var headline = MilestoneDates.From(targets.Where(r => r.KnownFrom <= day)).Target;
            if (headline?.Date is not { } date || headline.Id == previous?.Id)
            {
                continue;
            }

            points.Add(new TrendPoint(day, date, true, headline.AnnouncedOn, headline.Sources, headline.Reason, headline.Status));
            previous = headline;
        }

        return points;
    }
}
