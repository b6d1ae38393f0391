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
        if (action == "assess-risk")
        {
            await RecordARiskAsync(page);
        }

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

    /// <summary>The seed holds no risk: one is recorded through the admin form, as RiskJourneyTests does.</summary>
    private static async Task RecordARiskAsync(IPage page)
    {
        await page.OpenAsync("/admin/campuses/alixan");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Risks" }).ClickAsync();
        if (await page.Locator("[data-risk-row]").CountAsync() > 0)
        {
            return;
        }

        await page.GetByTestId("new-risk").ClickAsync();
        await Expect(page.GetByTestId("risk-form")).ToBeVisibleAsync();
        await page.Field("field-title").FillAsync("Grid connection delayed");
        await page.ChooseAsync("field-category", "Legal");
        await page.ChooseAsync("assessment-likelihood", "High");
        await page.ChooseAsync("assessment-impact", "High");
        await page.ChooseAsync("assessment-source", "Sesterce double la mise");
        await page.Field("assessment-reported-on").FillAsync("2026-11-10");
        await page.Field("assessment-note").FillAsync("The grid operator has not yet confirmed the connection date.");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("write-saved")).ToBeVisibleAsync();
    }
}
