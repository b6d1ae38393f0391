namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// axe-core on every page in the light theme (LayoutTests runs it again on every page in the dark
/// theme, where it loads each page anyway): nothing serious or critical.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(Browser browser) : IClassFixture<Browser>
{
    public static TheoryData<string> PageNames => TrackerPage.Names();

    [Theory]
    [MemberData(nameof(PageNames))]
    public Task PageHasNoSeriousAccessibilityViolationsInLightMode(string name) => CheckAsync(TrackerPage.Named(name), Appearance.DesktopLight);

    [Fact]
    public Task PhoneLayoutOfTheDashboardHasNoSeriousAccessibilityViolations() => CheckAsync(TrackerPage.Named("dashboard"), Appearance.PhoneLight);

    [Fact]
    public async Task AnOpenAppBarMenuHasNoSeriousAccessibilityViolations()
    {
        await using var context = await browser.NewContextAsync(TestAccount.Admin, Appearance.DesktopLight);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan");
        await page.GetByTestId("theme-switcher").ClickAsync();
        await page.GetByTestId("theme-dark").WaitForAsync();

        await page.AssertNoSeriousViolationsAsync("dashboard with the theme menu open");
    }

    private async Task CheckAsync(TrackerPage target, Appearance appearance)
    {
        await using var context = await browser.NewContextAsync(target.Account, appearance);
        var page = await context.NewPageAsync();
        await page.ShowAsync(target);

        await page.AssertNoSeriousViolationsAsync($"{target.Name} ({appearance.Name})");
    }
}
