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

    [Fact]
    public void UndatedMilestonesHaveTheirOwnSectionLinkedToTheirPages()
    {
        var undated = ClaimFixtures.Milestone(7, "Grid connection agreement", Today,
            [ClaimFixtures.Target(70, null, PartialDate.OnDay(2026, 9, 15), ClaimStatus.PressReport, ClaimFixtures.Cite(ClaimFixtures.Newspaper, "la convention est attendue"))]);

        var cut = Render<NextMilestones>(p => p
            .Add(c => c.Milestones, []).Add(c => c.Undated, [undated])
            .Add(c => c.CampusSlug, "alixan").Add(c => c.AsOf, Today));

        var item = Assert.Single(cut.FindAll("[data-testid=undated-milestones] li"));
        Assert.Equal("/campuses/alixan/milestones/7", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("date to be announced", item.QuerySelector("[data-testid=date-tba]")!.TextContent.Trim());
        Assert.Contains("la convention est attendue", item.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=countdown]"));
    }

    [Fact]
    public void AReachedMilestoneQuotesItsSource()
    {
        var reached = ClaimFixtures.Milestone(8, "Building permit granted", Today,
            [ClaimFixtures.Reached(80, PartialDate.OnDay(2026, 5, 12), PartialDate.OnDay(2026, 5, 20), ClaimFixtures.Cite(ClaimFixtures.Newspaper, "Le permis a été accordé"))]);

        var cut = Render<NextMilestones>(p => p
            .Add(c => c.Milestones, []).Add(c => c.Reached, [reached])
            .Add(c => c.CampusSlug, "alixan").Add(c => c.AsOf, Today));

        var item = Assert.Single(cut.FindAll("[data-testid=reached-milestones] li"));
        Assert.Equal("12 May 2026", item.QuerySelector(".date")!.TextContent.Trim());
        Assert.Contains("Le permis a été accordé", item.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("· reported on 20 May 2026", item.QuerySelector("[data-testid=reached-reported]")!.TextContent.Trim());
    }
}
