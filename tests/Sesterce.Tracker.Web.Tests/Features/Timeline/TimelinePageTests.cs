using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Web.Features.Timeline;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Timeline;

/// <summary>The timeline page against the real services on the seeded database.</summary>
public class TimelinePageTests : SeededComponentTest
{

    private IRenderedComponent<TimelinePage> RenderAt(string uri, string? slug = "alixan")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<TimelinePage>(p => p.Add(c => c.Slug, slug));
    }

    [Fact]
    public void PhaseOneAndFullCapacityAreDueInDecemberOfEachYear()
    {
        var cut = RenderAt("/campuses/alixan/timeline");

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=timeline-marker]").Count));
        var table = cut.Find("[data-testid=milestone-table]").TextContent;
        Assert.Contains("Phase 1 commissioning", table, StringComparison.Ordinal);
        Assert.Contains("Dec 2026", table, StringComparison.Ordinal);
        Assert.Contains("Dec 2027", table, StringComparison.Ordinal);
        Assert.Equal("/api/campuses/alixan/milestones.ics", cut.Find("[data-testid=subscribe-calendar]").GetAttribute("href"));
    }

    [Fact]
    public void AKindFilterKeepsOnlyMatchingMilestones()
    {
        var cut = RenderAt("/campuses/alixan/timeline");
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=timeline-marker]").Count));

        cut.Find("[data-filter-value=Commissioning]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=timeline-marker]")));
        Assert.Equal("true", cut.Find("[data-filter-value=Commissioning]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void ZoomingToOneYearNarrowsTheRangeAndPanningMovesIt()
    {
        var cut = RenderAt("/campuses/alixan/timeline");
        cut.WaitForAssertion(() => Assert.Contains("Showing 1 Jan 2025", cut.Find("[data-testid=timeline-range]").TextContent, StringComparison.Ordinal));

        cut.FindAll("button").First(b => b.TextContent.Trim() == "1 year").Click();
        cut.WaitForAssertion(() => Assert.Contains("Showing 1 Jul 2026 to 30 Jun 2027", cut.Find("[data-testid=timeline-range]").TextContent, StringComparison.Ordinal));

        cut.Find("button[aria-label=Later]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Showing 1 Jan 2027 to 31 Dec 2027", cut.Find("[data-testid=timeline-range]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void BeforeTheFirstAnnouncementTheTimelineSaysNothingWasKnown()
    {
        var cut = RenderAt("/campuses/alixan/timeline?asOf=2024-12-01");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=nothing-known-yet]")));
        Assert.Empty(cut.FindAll("[data-testid=timeline-chart]"));
    }

    [Fact]
    public void InMidTwentyTwentyFiveOnlyTheFirstAnnouncementIsOnTheTimeline()
    {
        var cut = RenderAt("/campuses/alixan/timeline?asOf=2025-06-01");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=timeline-marker]")));
        Assert.Equal("/api/campuses/alixan/milestones.ics?asOf=2025-06-01", cut.Find("[data-testid=subscribe-calendar]").GetAttribute("href"));
    }

    [Fact]
    public void ThePortfolioShowsEveryCampus()
    {
        var cut = RenderAt("/timeline", slug: null);

        cut.WaitForAssertion(() => Assert.Contains("Sesterce AI compute campus, Alixan", cut.Find("[data-testid=timeline-chart]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Portfolio timeline", cut.Find("h1").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/campuses/alixan/timeline?asOf=0001-01-01", "alixan")]
    [InlineData("/campuses/alixan/timeline?asOf=9999-12-31", "alixan")]
    [InlineData("/timeline?asOf=0001-01-01", null)]
    [InlineData("/timeline?asOf=9999-12-31", null)]
    public void TheFirstAndLastRepresentableDaysDrawAPageNotAnError(string uri, string? slug)
    {
        var cut = RenderAt(uri, slug);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("h1")));
        Assert.Empty(cut.FindAll("[data-testid=timeline-error]"));
    }

    [Fact]
    public void ZoomingAndPanningFarFromTodayStaysWithinTheCalendar()
    {
        var cut = RenderAt("/campuses/alixan/timeline?asOf=9999-12-31");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=timeline-range]")));

        cut.FindAll(".mud-button-group-root button")[3].Click();
        for (var i = 0; i < 3; i++)
        {
            cut.Find("[aria-label='Later']").Click();
        }

        Assert.NotNull(cut.Find("[data-testid=timeline-range]"));
    }
}
