using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Web.Features.Dashboard;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Dashboard;

public class NextMilestonesTests : TrackerComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static MilestoneSummary Planned(int id, string title, PartialDate target, DateOnly asOf) =>
        ClaimFixtures.Milestone(id, title, asOf, [ClaimFixtures.Target(id * 10, target, PartialDate.OnDay(2025, 11, 17), sources: ClaimFixtures.Cite(ClaimFixtures.Article, "annoncée pour décembre 2026"))]);

    [Fact]
    public void EachMilestoneShowsItsTargetAndACountdown()
    {
        var cut = Render<NextMilestones>(p => p
            .Add(c => c.Milestones, [Planned(1, "Phase 1 commissioning", PartialDate.InMonth(2026, 12), Today), Planned(2, "Full 80 MW in operation", PartialDate.InMonth(2027, 12), Today)])
            .Add(c => c.CampusSlug, "alixan").Add(c => c.AsOf, Today));

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
            .Add(c => c.Milestones, [Planned(1, "Phase 1 commissioning", PartialDate.InMonth(2026, 12), new DateOnly(2027, 3, 2))])
            .Add(c => c.CampusSlug, "alixan").Add(c => c.AsOf, new DateOnly(2027, 3, 2)));

        Assert.Equal("3 months overdue", cut.Find("[data-testid=countdown]").TextContent.Trim());
    }
}
