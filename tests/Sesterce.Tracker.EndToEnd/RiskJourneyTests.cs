using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// An admin records a legal challenge against the building permit as a risk threatening phase-1
/// commissioning, the commissioning date then slips, the admin names that slip as the risk's
/// consequence, and an executive finds both on the dashboard, the register and the executive view,
/// never as an achievement.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class RiskJourneyTests(Browser browser) : IClassFixture<Browser>
{
    private const string Milestone = "Phase 1 commissioning";
    private const string Risk = "Legal challenge against the building permit";
    private const string Source = "Sesterce double la mise";

    [Fact]
    public async Task AnAdminRecordsARiskLinksTheSlipItCausedAndTheExecutiveFindsBoth()
    {
        await using var adminContext = await browser.NewContextAsync(TestAccount.Admin);
        var admin = await adminContext.NewPageAsync();
        await admin.OpenAsync("/admin/campuses/alixan");

        // The risk, threatening the commissioning milestone, judged likely and grave.
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Risks" }).ClickAsync();
        await admin.GetByTestId("new-risk").ClickAsync();
        await Expect(admin.GetByTestId("risk-form")).ToBeVisibleAsync();
        await admin.Field("field-title").FillAsync(Risk);
        await admin.ChooseAsync("field-category", "Legal");
        await PickAsync(admin, "field-milestones", Milestone);
        await admin.ChooseAsync("assessment-likelihood", "High");
        await admin.ChooseAsync("assessment-impact", "High");
        await admin.ChooseAsync("assessment-source", Source);
        await admin.Field("assessment-reported-on").FillAsync("2026-11-10");
        await admin.Field("assessment-note").FillAsync("A neighbours' association appealed the building permit.");
        await admin.GetByTestId("save").ClickAsync();
        await Expect(admin.GetByTestId("write-saved")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("risk-admin-table")).ToContainTextAsync(Risk);

        // The slip it causes, recorded as a new target for the milestone.
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Milestones" }).ClickAsync();
        var milestoneRow = admin.Locator("[data-milestone-row]", new() { HasText = Milestone });
        await milestoneRow.GetByTestId("new-target").ClickAsync();
        await Expect(admin.GetByTestId("milestone-form")).ToBeVisibleAsync();
        await admin.Field("claim-date").FillAsync("2027-03");
        await admin.ChooseAsync("claim-source", Source);
        await admin.Field("claim-reported-on").FillAsync("2026-11-20");
        await admin.Field("claim-note").FillAsync("The permit appeal holds up commissioning by a quarter.");
        await admin.GetByTestId("save").ClickAsync();
        await Expect(admin.GetByTestId("write-saved")).ToBeVisibleAsync();
        await Expect(milestoneRow).ToContainTextAsync("Mar 2027");

        // The risk names that date claim as its consequence.
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Risks" }).ClickAsync();
        var riskRow = admin.Locator("[data-risk-row]", new() { HasText = Risk });
        await riskRow.GetByTestId("edit-risk").ClickAsync();
        await Expect(admin.GetByTestId("risk-form")).ToBeVisibleAsync();
        await PickAsync(admin, "field-consequences", "Mar 2027");
        await admin.GetByTestId("save").ClickAsync();
        await Expect(admin.GetByTestId("write-saved")).ToBeVisibleAsync();

        await using var executiveContext = await browser.NewContextAsync(TestAccount.Executive);
        var executive = await executiveContext.NewPageAsync();

        await executive.OpenAsync("/campuses/alixan");
        var openRisks = executive.GetByTestId("open-risks");
        await Expect(openRisks).ToContainTextAsync(Risk);
        await Expect(executive.GetByTestId("next-milestones")).ToContainTextAsync("Mar 2027");
        // A risk is never a success: it is not among the milestones reached.
        await Expect(executive.GetByTestId("reached-milestones")).Not.ToContainTextAsync(Risk);

        await openRisks.GetByTestId("open-register").ClickAsync();
        var entry = executive.GetByTestId("risk-entry").Filter(new() { HasText = Risk });
        await Expect(entry.GetByTestId("risk-threatens")).ToContainTextAsync(Milestone);
        await Expect(entry.GetByTestId("risk-consequences")).ToContainTextAsync("Mar 2027");
        await Expect(entry.GetByTestId("risk-history")).ToContainTextAsync("A neighbours' association appealed the building permit.");

        await executive.OpenAsync("/campuses/alixan/executive");
        await Expect(executive.GetByTestId("top-risks")).ToContainTextAsync(Risk);
        await Expect(executive.GetByTestId("next-milestones")).ToContainTextAsync("Mar 2027");

        // Before the risk was reported nothing of it shows.
        await executive.OpenAsync("/campuses/alixan?asOf=2026-11-01");
        await Expect(executive.GetByTestId("no-open-risks")).ToBeVisibleAsync();

        var folder = Pages.ArtifactsFolder("risk-journey");
        await executive.OpenAsync("/campuses/alixan/risks");
        await executive.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "risks.png"), FullPage = true });
        await executive.OpenAsync("/campuses/alixan");
        await executive.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard.png"), FullPage = true });
        await executive.OpenAsync("/campuses/alixan/executive");
        await executive.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "executive.png"), FullPage = true });
    }

    /// <summary>Ticks one option of a multiple-choice select, then closes its list.</summary>
    private static async Task PickAsync(IPage page, string testId, string option)
    {
        var select = page.Locator($".mud-select:has([data-testid={testId}]), .mud-select[data-testid={testId}]").First;
        await select.Locator(".mud-input-control, .mud-select-input").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First.ClickAsync();
        // On a busy machine the first Escape can reach the list before it has taken focus: ask again until it closes.
        var open = page.Locator(".mud-popover-open .mud-list-item");
        for (var attempt = 1; ; attempt++)
        {
            await page.Keyboard.PressAsync("Escape");
            try
            {
                await Expect(open).ToHaveCountAsync(0, new() { Timeout = 5_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 4)
            {
                // Still open: the next Escape closes it.
            }
        }
        await Expect(select.Locator("input").First).ToHaveValueAsync(new Regex(Regex.Escape(option)));
    }
}
