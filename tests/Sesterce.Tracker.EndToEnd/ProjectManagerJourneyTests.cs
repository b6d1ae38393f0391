using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>A project manager (viewer) reads the plan: the timeline, a milestone's history, a shared past view.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class ProjectManagerJourneyTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task ProjectManagerBrowsesTheTimelineAndOpensAMilestoneHistory()
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(TimelineAddress());
        await Expect(page.GetByTestId("timeline-chart")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("timeline-marker")).ToHaveCountAsync(4);
        await Expect(page.GetByTestId("trend-chart")).ToBeVisibleAsync();

        await page.Locator("[data-testid=timeline-marker]", new() { HasText = "Full 80 MW in operation" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(MilestoneAddress());
        await Expect(page.Locator("h1")).ToContainTextAsync("Full 80 MW in operation");
        var history = page.GetByTestId("date-history");
        await Expect(history).ToContainTextAsync("Dec 2027");
        await Expect(history).ToContainTextAsync("Sesterce double la mise");
    }

    [Fact]
    public async Task ASharedAsOfLinkShowsWhatWasKnownThenAndOneClickReturnsToToday()
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager);
        var page = await context.NewPageAsync();

        // A colleague's link to the campus as it was known in June 2025, before the scale-up.
        await page.OpenAsync("/campuses/alixan?asOf=2025-06-01");
        await Expect(page.GetByTestId("as-of-banner")).ToContainTextAsync("1 Jun 2025");
        await Expect(FigureCard(page, "power")).ToContainTextAsync("40 MW");

        // The as-of date follows the reader to the timeline.
        await page.GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/campuses/alixan/timeline\\?asOf=2025-06-01$"));
        await Expect(page.GetByTestId("as-of-banner")).ToBeVisibleAsync();

        // The banner is the page's own: until the timeline has rendered it, it still links to the dashboard's today.
        var backToToday = page.GetByTestId("banner-back-to-today");
        await Expect(backToToday).ToHaveAttributeAsync("href", TimelineAddress());
        await backToToday.ClickAsync();
        await Expect(page).ToHaveURLAsync(TimelineAddress());
        await Expect(page.GetByTestId("as-of-banner")).ToHaveCountAsync(0);
        await page.OpenAsync("/campuses/alixan");
        await Expect(FigureCard(page, "power")).ToContainTextAsync("80 MW");
    }

    private static ILocator FigureCard(IPage page, string key) => page.Locator($"[data-figure={key}]");

    [GeneratedRegex("/campuses/alixan/timeline$")]
    private static partial Regex TimelineAddress();

    [GeneratedRegex("/campuses/alixan/milestones/\\d+$")]
    private static partial Regex MilestoneAddress();
}
