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
        await page.GotoAsync("/campuses/alixan/timeline", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var chart = page.GetByTestId("trend-chart");
        await chart.WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // The server's first HTML already shows the phone layout: CSS picks it, no script asked.
        var first = await LayoutAsync(chart);
        Assert.StartsWith("compact ", first, StringComparison.Ordinal);
        await page.WaitForInteractiveAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        var later = await LayoutAsync(chart);
        Assert.Equal(first, later);
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

    /// <summary>The layouts shown and the size of the first, as "compact 340×380".</summary>
    private static Task<string> LayoutAsync(ILocator chart) => chart.EvaluateAsync<string>(
        """
        figure => {
            const shown = [...figure.querySelectorAll('svg.trend-svg')].filter(s => s.checkVisibility());
            const box = shown.length > 0 ? shown[0].getBoundingClientRect() : { width: 0, height: 0 };
            return `${shown.map(s => s.dataset.layout).join(',')} ${Math.round(box.width)}×${Math.round(box.height)}`;
        }
        """);
}
