using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Timeline;

namespace Sesterce.Tracker.Core.Tests.Features.Timeline;

public class TrendAnalysisTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 25);

    private static MilestoneDateRevisionView Revision(int id, PartialDate announced, PartialDate? target, ClaimStatus status = ClaimStatus.OfficialAnnouncement) =>
        new(id, MilestoneDateKind.Target, target, announced, announced.End, status, [], $"revision {id}");

    /// <summary>A milestone as the service builds it: the claim rules applied to its claims, a reached date reported the day it happened.</summary>
    private static MilestoneSummary Milestone(MilestoneDateRevisionView[] history, PartialDate? actual = null)
    {
        MilestoneDateRevisionView[] claims = actual is { } day
            ? [.. history, new MilestoneDateRevisionView(99, MilestoneDateKind.Reached, day, new PartialDate(day.End, DatePrecision.Day), day.End, ClaimStatus.OfficialAnnouncement, [], null)]
            : history;
        var dates = MilestoneDates.From(claims);
        return new(1, "Phase 1", MilestoneKind.Commissioning, actual is null ? MilestoneState.Upcoming : MilestoneState.Achieved, null,
            dates.Baseline, dates.Target, dates.TargetChallenger, dates.Reached, dates.Ledger, claims.Min(c => c.KnownFrom));
    }

    [Fact]
    public void EachRevisionIsAPointAndTheLastTargetRunsToTheAsOfDate()
    {
        var history = new[]
        {
            Revision(1, PartialDate.OnDay(2025, 11, 17), PartialDate.InMonth(2026, 12)),
            Revision(2, PartialDate.InMonth(2026, 3), PartialDate.InMonth(2027, 3)),
        };

        var series = Assert.Single(TrendAnalysis.Build([Milestone(history)], AsOf));

        Assert.Equal(3, series.Points.Count);
        Assert.Equal([true, true, false], series.Points.Select(p => p.IsRevision));
        Assert.Equal(new DateOnly(2026, 3, 31), series.Points[1].ReportedOn);
        Assert.Equal(AsOf, series.Points[2].ReportedOn);
        Assert.Equal(PartialDate.InMonth(2027, 3), series.Points[2].Target);
        Assert.False(series.Reached);
    }

    [Fact]
    public void AReachedMilestoneEndsOnTheDiagonalAtItsActualDate()
    {
        var history = new[] { Revision(1, PartialDate.OnDay(2025, 11, 17), PartialDate.InMonth(2026, 12)) };

        var series = Assert.Single(TrendAnalysis.Build([Milestone(history, PartialDate.OnDay(2026, 12, 8))], AsOf));

        var last = series.Points[^1];
        Assert.True(series.Reached);
        Assert.Equal(new DateOnly(2026, 12, 8), last.ReportedOn);
        Assert.Equal(last.ReportedOn, last.Target.Start);
    }

    [Fact]
    public void MilestonesWithoutTargetsHaveNoTrend() =>
        Assert.Empty(TrendAnalysis.Build([Milestone([], PartialDate.InMonth(2025, 2))], AsOf));

    [Fact]
    public void AnUndatedTargetDrawsNoPointUntilADateIsAnnounced()
    {
        var history = new[]
        {
            Revision(1, PartialDate.OnDay(2025, 11, 17), null),
            Revision(2, PartialDate.OnDay(2026, 3, 2), PartialDate.InHalf(2027, 2)),
        };

        var series = Assert.Single(TrendAnalysis.Build([Milestone(history)], AsOf));

        Assert.Equal([new DateOnly(2026, 3, 2), AsOf], series.Points.Select(p => p.ReportedOn));
        Assert.All(series.Points, p => Assert.Equal(PartialDate.InHalf(2027, 2), p.Target));
    }

    [Fact]
    public void AnInternalEstimateThatDoesNotReplaceTheOfficialDateDoesNotBendTheLine()
    {
        var history = new[]
        {
            Revision(1, PartialDate.OnDay(2025, 11, 17), PartialDate.InMonth(2026, 12)),
            Revision(2, PartialDate.OnDay(2026, 5, 4), PartialDate.InQuarter(2027, 1), ClaimStatus.InternalEstimate),
        };

        var series = Assert.Single(TrendAnalysis.Build([Milestone(history)], AsOf));

        Assert.Equal([PartialDate.InMonth(2026, 12), PartialDate.InMonth(2026, 12)], series.Points.Select(p => p.Target));
        Assert.Equal(ClaimStatus.OfficialAnnouncement, series.Points[0].Status);
    }
}
