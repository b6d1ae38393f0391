using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Core.Features.Timeline;

/// <summary>One report of a milestone trend: on <see cref="ReportedOn"/>, the target was <see cref="Target"/>.</summary>
public sealed record TrendPoint(DateOnly ReportedOn, PartialDate Target, bool IsRevision, PartialDate? AnnouncedOn, SourceRef? Source, string? Quote, string? Reason);

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
        foreach (var milestone in milestones.Where(m => m.DateHistory.Count > 0))
        {
            var points = milestone.DateHistory
                .Select(r => new TrendPoint(r.KnownFrom, r.Target, true, r.AnnouncedOn, r.Source, r.Quote, r.Reason))
                .ToList();
            var reached = milestone.ActualDate is not null;
            if (reached)
            {
                var day = milestone.ActualDate!.Value;
                points.Add(new TrendPoint(day.End, day, false, null, milestone.ActualSource, milestone.ActualQuote, null));
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
}
