using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// Charts as a person first sees them: the desktop timeline shows today's line without scrolling,
/// the phone gets the trend chart's phone layout from the first paint (no jump once the circuit
/// starts), and each changed chart is saved at 1440 and 390 px, light and dark, to look at.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ChartLayoutTests(Browser browser) : IClassFixture<Browser>
{
    private static readonly Appearance[] Screens =
    [
        new("1440-light", 1440, 900, false), new("1440-dark", 1440, 900, true),
        new("390-light", 390, 844, false), new("390-dark", 390, 844, true),
    ];

    [Theory]
    [InlineData(1440)]
    [InlineData(390)]
    public async Task TheTimelineOpensWithTodaysLineInView(int width)
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager, new ViewportSize { Width = width, Height = 900 });
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan/timeline");

        if (width < 600)
        {
            await Expect(page.Locator("svg.timeline-chart.compact")).ToBeAttachedAsync();
        }

        var today = page.GetByTestId("today-line");
        await Expect(today).ToBeAttachedAsync();
        await today.ScrollIntoViewIfNeededAsync();
        // Across: inside both the chart's scrolling box and the screen, with no sideways scroll asked of the reader.
        var inView = await today.EvaluateAsync<string>(
            """
            line => {
                const box = line.getBoundingClientRect();
                const frame = line.closest('.timeline-scroll').getBoundingClientRect();
                const x = box.left + box.width / 2;
                return x >= frame.left && x <= frame.right && x >= 0 && x <= window.innerWidth ? '' : `today at ${Math.round(x)}px, the chart shows ${Math.round(frame.left)}-${Math.round(frame.right)}px`;
            }
            """);
        Assert.Equal("", inView);
    }

    [Fact]
    public async Task OnAPhoneTheTrendChartHasItsPhoneLayoutFromTheFirstPaint()
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager, Appearance.PhoneLight);
        var page = await context.NewPageAsync();
        // Loaded (stylesheets applied) but not waiting for the circuit: what the server's HTML shows.
        await page.GotoAsync("/campuses/alixan/timeline", new() { WaitUntil = WaitUntilState.Load });
        var chart = page.GetByTestId("trend-chart");
        await chart.WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // The server's first HTML already shows the phone layout: CSS picks it, no script asked. On a
        // loaded machine the streamed chart may arrive a moment after load: wait for a drawing, not a layout.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=trend-chart] svg.trend-svg').length > 0");
        Assert.Equal("compact", await LayoutAsync(chart));
        await page.WaitForInteractiveAsync();
        await Expect(chart.Locator("svg.trend-svg.compact")).ToBeVisibleAsync();
        var size = await chart.Locator("svg.trend-svg.compact").BoundingBoxAsync();
        Assert.Equal("compact", await LayoutAsync(chart));
        // The circuit running changes nothing: the same layout at the same size.
        Assert.Equal(size?.Height, (await chart.Locator("svg.trend-svg.compact").BoundingBoxAsync())?.Height);
    }

    [Fact]
    public async Task EachChangedChartIsSavedAtDesktopAndPhoneSizesInLightAndDark()
    {
        var folder = Pages.ArtifactsFolder("screenshots");
        (string Name, string Address, string Selector)[] charts =
        [
            ("chart-step", "/campuses/alixan/figures/investment", ".figure-step-chart"),
            ("chart-waterfall", "/campuses/alixan/figures/investment", "[data-testid=waterfall]"),
            ("chart-executive-waterfall", "/campuses/alixan/executive", "[data-testid=waterfall]"),
            ("chart-trend", "/campuses/alixan/timeline", "[data-testid=trend-chart] .trend-scroll"),
            ("chart-timeline", "/campuses/alixan/timeline", ".timeline-scroll"),
        ];
        foreach (var screen in Screens)
        {
            await using var context = await browser.NewContextAsync(TestAccount.Executive, screen);
            var page = await context.NewPageAsync();
            foreach (var (name, address, selector) in charts)
            {
                if (page.Url.EndsWith(address, StringComparison.Ordinal) is false)
                {
                    await page.OpenAsync(address);
                    await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
                }

                var chart = page.Locator(selector).First;
                await Expect(chart).ToBeVisibleAsync();
                await chart.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{screen.Name}.png") });
                // No chart makes the page itself wider than the screen.
                Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, $"{name} at {screen.Name} widens the page");
            }
        }
    }

    /// <summary>The layouts the stylesheet displays, as the server's HTML has them, whether or not the page around them is shown yet.</summary>
    private static Task<string> LayoutAsync(ILocator chart) => chart.EvaluateAsync<string>(
        "figure => [...figure.querySelectorAll('svg.trend-svg')].filter(s => getComputedStyle(s).display !== 'none').map(s => s.dataset.layout).join(',')");
}
