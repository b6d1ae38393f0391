using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>Every chart says what it shows in words, and its data is also on the page as a table or list.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ChartAlternativeTests(Browser browser) : IClassFixture<Browser>
{
    private static readonly string[] ChartRoles = ["img", "group"];

    public static TheoryData<string, string> ChartsAndAlternatives { get; } = new()
    {
        { "dashboard", "[data-testid=revision-list], [data-testid=toggle-history]" },
        { "timeline", ".milestone-table, table" },
        { "milestone", "[data-testid=date-history]" },
        { "figure-investment", "[data-testid=ledger]" },
        { "figure-power", "[data-testid=ledger]" },
        { "executive", "table" },
    };

    [Theory]
    [MemberData(nameof(ChartsAndAlternatives))]
    public async Task EveryChartHasANameAndItsDataAsText(string name, string alternative)
    {
        await using var context = await browser.NewContextAsync(TrackerPage.Named(name).Account);
        var page = await context.NewPageAsync();
        await page.ShowAsync(TrackerPage.Named(name));

        var charts = page.Locator("svg:not(.mud-icon-root):not([aria-hidden=true])");
        var count = await charts.CountAsync();
        Assert.True(count > 0, $"{name} has no chart.");
        for (var i = 0; i < count; i++)
        {
            var chart = charts.Nth(i);
            var role = await chart.GetAttributeAsync("role");
            var label = await chart.GetAttributeAsync("aria-label");
            Assert.Contains(role, ChartRoles);
            Assert.False(string.IsNullOrWhiteSpace(label), $"Chart {i} on {name} has no name.");
        }

        await Expect(page.Locator(alternative).First).ToBeAttachedAsync();
    }

    [Fact]
    public async Task TrendChartPointsEachNameTheirDateAndSource()
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan/timeline");

        var labels = await page.GetByTestId("trend-point").EvaluateAllAsync<string[]>("points => points.map(p => p.getAttribute('aria-label'))");
        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.Matches("\\d{4}", label));
    }
}
