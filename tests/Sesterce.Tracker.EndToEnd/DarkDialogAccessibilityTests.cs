using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// axe-core on each dialog a reading page opens (move date, mark reached, add revision, correct,
/// assess risk) in the dark theme, where their fields, helper texts and buttons sit on the dark
/// surface: nothing serious or critical. The light theme's dialogs are checked by the journeys.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DarkDialogAccessibilityTests(Browser browser) : IClassFixture<Browser>
{
    public static TheoryData<string, string> Dialogs => new()
    {
        { "/campuses/alixan/milestones/4", "move-date" },
        { "/campuses/alixan/milestones/4", "mark-reached" },
        { "/campuses/alixan/figures/investment", "add-revision" },
        { "/campuses/alixan/figures/power", "correct-revision" },
        { "/campuses/alixan/risks", "assess-risk" },
    };

    [Theory]
    [MemberData(nameof(Dialogs))]
    public async Task AReadPageDialogInTheDarkThemeHasNoSeriousAccessibilityViolations(string address, string action)
    {
        await using var context = await browser.NewContextAsync(TestAccount.Admin, Appearance.DesktopDark);
        var page = await context.NewPageAsync();
        await page.OpenAsync(address);
        await Expect(page.Locator(".tracker-dark").First).ToBeAttachedAsync();

        await page.GetByTestId(action).First.ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        // The dialog loads its form (sources, the claim it corrects) before its fields show.
        await Expect(dialog.Locator(".mud-progress-linear")).ToHaveCountAsync(0);
        await Expect(dialog.GetByTestId("dialog-save")).ToBeVisibleAsync();

        await page.AssertNoSeriousViolationsAsync($"the {action} dialog on {address} (dark)");
    }
}
