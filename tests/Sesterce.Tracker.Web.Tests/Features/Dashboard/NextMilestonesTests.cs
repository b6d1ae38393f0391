using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Web.Features.Dashboard;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Dashboard;

public class NextMilestonesTests : TrackerComponentTest
{
    private static MilestoneSummary Planned(int id, string title, PartialDate target, MilestoneState state = MilestoneState.Upcoming) =>
        new(id, title, MilestoneKind.Commissioning, state, "Phase 1", target, target, null, null, null,
            [new MilestoneDateRevisionView(id, PartialDate.OnDay(2025, 11, 17), new DateOnly(2025, 11, 17), target, null, "annoncée pour décembre 2026", null)],
            new DateOnly(2025, 11, 17));

    [Fact]
    public void EachMilestoneShowsItsTargetAndACountdown()
    {
        var cut = Render<NextMilestones>(p => p
            .Add(c => c.Milestones, [Planned(1, "Phase 1 commissioning", PartialDate.InMonth(2026, 12)), Planned(2, "Full 80 MW in operation", PartialDate.InMonth(2027, 12))])
            .Add(c => c.CampusSlug, "alixan").Add(c => c.AsOf, new DateOnly(2026, 11, 25)));

        var countdowns = cut.FindAll("[data-testid=countdown]").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["next month", "in 13 months"], countdowns);
        Assert.Contains("Dec 2026", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Phase 1 commissioning", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutUpcomingMilestonesTheEmptyStateExplainsWhy()
    {
        var cut = Render<NextMilestones>(p => p.Add(c => c.Milestones, []).Add(c => c.CampusSlug, "alixan").Add(c => c.AsOf, new DateOnly(2025, 6, 1)));

        Assert.Contains("No upcoming milestone", cut.Find("[data-testid=no-next-milestones]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverdueMilestoneCountsTheDelay()
    {
        var cut = Render<NextMilestones>(p => p
            .Add(c => c.Milestones, [Planned(1, "Phase 1 commissioning", PartialDate.InMonth(2026, 12), MilestoneState.Overdue)])
            .Add(c => c.CampusSlug, "alixan").Add(c => c.AsOf, new DateOnly(2027, 3, 2)));

        Assert.Equal("3 months overdue", cut.Find("[data-testid=countdown]").TextContent.Trim());
    }
}
