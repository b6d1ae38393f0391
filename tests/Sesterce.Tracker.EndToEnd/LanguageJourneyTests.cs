using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

[Collection(SharedBrowser.Name)]
public sealed class LanguageJourneyTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task SwitchingToFrenchTranslatesThePageAndFormatsNumbersAndDatesTheFrenchWay()
    {
        await using var context = await browser.NewContextAsync(TestAccount.Executive);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan");
        await Expect(page.Locator("[data-figure=investment]")).ToContainTextAsync("€1.5B");

        await page.GetByRole(AriaRole.Button, new() { Name = "Language" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Français" }).ClickAsync();
        await page.WaitForInteractiveAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Locator("[data-figure=investment]")).ToContainTextAsync("1,5 Md€");
        await Expect(page.GetByTestId("next-milestones")).ToContainTextAsync("déc. 2026");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Chronologie", Exact = true }).First).ToBeVisibleAsync();

        // The choice is remembered for the next page.
        await page.OpenAsync("/campuses/alixan/timeline");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
    }
}
