using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Timeline;

namespace Sesterce.Tracker.Core.Tests.Features.Timeline;

public class TrendAnalysisTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 25);

    private static MilestoneDateRevisionView Revision(int id, PartialDate announced, PartialDate target) =>
        new(id, announced, announced.End, target, null, null, $"revision {id}");

    private static MilestoneSummary Milestone(MilestoneDateRevisionView[] history, PartialDate? actual = null) =>
        new(1, "Phase 1", MilestoneKind.Commissioning, actual is null ? MilestoneState.Upcoming : MilestoneState.Achieved, null,
            history.Length > 0 ? history[0].Target : null, history.Length > 0 ? history[^1].Target : null, actual, null, null, history, history.Length > 0 ? history[0].KnownFrom : actual!.Value.End);

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
}
