using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Web.Features.Milestones;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Milestones;

/// <summary>One milestone's page against the real services on the seeded store, through its CampusView shell.</summary>
public class MilestonePageTests : SeededComponentTest
{
    private async Task<int> IdOfAsync(string title) =>
        (await Services.GetRequiredService<MilestoneService>().GetMilestonesAsync("alixan"))!.Single(m => m.Title == title).Id;

    private IRenderedComponent<MilestonePage> RenderAt(string slug, int id, string? query = null)
    {
        NavigateTo($"/campuses/{slug}/milestones/{id}{query}");
        return Render<MilestonePage>(p => p.Add(c => c.Slug, slug).Add(c => c.Id, id));
    }

    [Fact]
    public async Task APhaseMilestoneShowsItsTargetStateHistoryAndTrend()
    {
        var cut = RenderAt("alixan", await IdOfAsync("Full 80 MW in operation"));

        cut.WaitForAssertion(() => Assert.Equal("Full 80 MW in operation", cut.Find("h1").TextContent.Trim()));
        Assert.Equal("Dec 2027", cut.Find("[data-testid=current-target]").TextContent.Trim());
        Assert.Equal("on plan", cut.Find("[data-testid=milestone-slip]").TextContent.Trim());
        Assert.Contains("80 MW", cut.Find("[data-testid=related-figures]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("table tbody tr"));
    }

    [Fact]
    public async Task TheBreadcrumbLinksKeepTheAsOfDay()
    {
        var cut = RenderAt("alixan", await IdOfAsync("Full 80 MW in operation"), "?asOf=2025-12-01");

        cut.WaitForAssertion(() => Assert.Equal("Full 80 MW in operation", cut.Find("h1").TextContent.Trim()));
        var links = cut.FindAll(".mud-breadcrumbs a").Select(a => a.GetAttribute("href")).Where(h => h != "#").ToList();
        Assert.Equal(["/campuses/alixan?asOf=2025-12-01", "/campuses/alixan/timeline?asOf=2025-12-01"], links);
    }

    [Fact]
    public async Task AMilestoneNotYetKnownOnTheAsOfDayIsNotFoundAndLeadsBackToTheTimelineOfThatDay()
    {
        var cut = RenderAt("alixan", await IdOfAsync("Full 80 MW in operation"), "?asOf=2025-06-01");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=milestone-not-found]")));
        Assert.Contains("not known yet", cut.Find("[data-testid=milestone-not-found]").TextContent, StringComparison.Ordinal);
        Assert.Equal("/campuses/alixan/timeline?asOf=2025-06-01", cut.Find("[data-testid=milestone-not-found] a").GetAttribute("href"));
    }

    [Fact]
    public async Task AnUnknownCampusSaysTheCampusIsUnknownAndLeadsHome()
    {
        var cut = RenderAt("atlantis", await IdOfAsync("Full 80 MW in operation"));

        cut.WaitForAssertion(() => Assert.Contains("atlantis", cut.Find("[data-testid=campus-not-found]").TextContent, StringComparison.Ordinal));
        Assert.Equal("/", cut.Find("[data-testid=campus-not-found] a").GetAttribute("href"));
    }

    [Fact]
    public async Task AMalformedAsOfIsReportedAndTodayIsShown()
    {
        var cut = RenderAt("alixan", await IdOfAsync("Full 80 MW in operation"), "?asOf=2025-13-01");

        cut.WaitForAssertion(() => Assert.Contains("'2025-13-01' is not a date", cut.Find("[data-testid=invalid-as-of]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Dec 2027", cut.Find("[data-testid=current-target]").TextContent.Trim());
    }

    [Fact]
    public async Task AFailingStoreShowsAnErrorWithRetry()
    {
        var id = await IdOfAsync("Full 80 MW in operation");
        await Connection.CloseAsync();

        var cut = RenderAt("alixan", id);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=milestone-error]")));
        Assert.Contains("Try again", cut.Find("[data-testid=milestone-error] button").TextContent, StringComparison.Ordinal);
    }
}
