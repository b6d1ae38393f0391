using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Tests.Features.Milestones;

public class MilestoneRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 25);

    [Fact]
    public void AKnownActualDateMeansAchieved() =>
        Assert.Equal(MilestoneState.Achieved, MilestoneRules.StateOn(Day, false, MilestoneStatus.Planned, PartialDate.InMonth(2026, 12), PartialDate.OnDay(2026, 11, 20)));

    [Fact]
    public void ARecordedCancellationOnlyShowsInTodaysView()
    {
        var target = PartialDate.InMonth(2027, 3);

        Assert.Equal(MilestoneState.Cancelled, MilestoneRules.StateOn(Day, true, MilestoneStatus.Cancelled, target, null));
        Assert.Equal(MilestoneState.Upcoming, MilestoneRules.StateOn(Day, false, MilestoneStatus.Cancelled, target, null));
    }

    [Fact]
    public void AQuarterTargetIsDueThroughoutTheQuarterAndOverdueAfterIt()
    {
        var target = PartialDate.InQuarter(2026, 4);

        Assert.Equal(MilestoneState.Due, MilestoneRules.StateOn(new DateOnly(2026, 12, 31), true, MilestoneStatus.Planned, target, null));
        Assert.Equal(MilestoneState.Overdue, MilestoneRules.StateOn(new DateOnly(2027, 1, 1), true, MilestoneStatus.Planned, target, null));
        Assert.Equal(MilestoneState.Upcoming, MilestoneRules.StateOn(new DateOnly(2026, 9, 30), true, MilestoneStatus.Planned, target, null));
    }

    [Fact]
    public void InProgressIsTakenFromTheRecordedStatusToday() =>
        Assert.Equal(MilestoneState.InProgress, MilestoneRules.StateOn(Day, true, MilestoneStatus.InProgress, PartialDate.InYear(2027), null));
}
