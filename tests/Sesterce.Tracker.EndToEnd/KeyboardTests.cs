using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>The main flows with the keyboard alone: Tab, Enter, typing. No mouse.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class KeyboardTests(Browser browser) : IClassFixture<Browser>
{
    private const int MaxTabs = 60;

    [Fact]
    public async Task SigningInWorksByKeyboardAlone()
    {
        await using var context = await browser.NewContextAsync(null);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        await TabToAsync(page, "#email");
        await page.Keyboard.TypeAsync(TestAccount.ProjectManager.Email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(TrackerApp.Password);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Alixan");
    }

    [Fact]
    public async Task TheTimelineAndAMilestoneOpenByKeyboardAlone()
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan");

        await TabToAsync(page, "nav a[href^='/campuses/alixan/timeline']");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(TimelineAddress());
        await page.Locator("[data-testid=timeline-marker]").First.WaitForAsync();

        await TabToAsync(page, "[data-testid=timeline-marker][aria-label*='Full 80 MW']");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(MilestoneAddress());
        await Expect(page.GetByTestId("date-history")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TrendChartPointsTellTheirRevisionWhenFocused()
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan/timeline");

        await TabToAsync(page, "[data-testid=trend-point]");

        var label = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')");
        await Expect(page.GetByTestId("trend-detail")).ToContainTextAsync(label);
    }

    [Fact]
    public async Task TheAsOfDateIsTypedAndTheLanguageMenuOpensByKeyboard()
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan");

        await TabToAsync(page, "[data-testid=as-of-control] input");
        // A complete date applies as soon as it is typed.
        await page.Keyboard.TypeAsync("2025-06-01");
        await Expect(page).ToHaveURLAsync(AsOfAddress());
        await Expect(page.GetByTestId("as-of-banner")).ToBeVisibleAsync();
        await Expect(page.Locator("nav a[href^='/campuses/alixan/timeline']")).ToHaveAttributeAsync("href", AsOfAddress());

        // The page moved focus to its heading; the menus are above it.
        await TabToAsync(page, ".culture-switcher .mud-menu-activator", backwards: true);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "Français" })).ToBeVisibleAsync();
    }

    /// <summary>Presses Tab until the focused element matches the selector, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string selector, bool backwards = false)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            var matches = await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector);

            if (matches)
            {
                return;
            }
        }

        Assert.Fail($"{selector} was not reached in {MaxTabs} presses of Tab.");
    }

    [GeneratedRegex("/campuses/alixan/timeline$")]
    private static partial Regex TimelineAddress();

    [GeneratedRegex("/campuses/alixan/milestones/\\d+$")]
    private static partial Regex MilestoneAddress();

    [GeneratedRegex("asOf=2025-06-01")]
    private static partial Regex AsOfAddress();
}
