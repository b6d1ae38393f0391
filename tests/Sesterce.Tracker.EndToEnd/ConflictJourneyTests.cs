using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// A press report contradicts the official power a year after it: a project manager cannot miss it
/// on the dashboard card or the figure page; an admin rejects it with a reason on the figure page;
/// today's view shows it resolved while a view of the day before still shows it open.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ConflictJourneyTests(Browser browser) : IClassFixture<Browser>
{
    private const string Source = "Sesterce double la mise";
    private const string Reason = "The article counts a second site at Valence; the official figure stands.";

    [Fact]
    public async Task APressFigureThatContradictsTheOfficialOneIsShownUntilAnAdminRejectsIt()
    {
        await using var adminContext = await browser.NewContextAsync(TestAccount.Admin);
        var admin = await adminContext.NewPageAsync();
        await admin.OpenAsync("/admin/campuses/alixan");
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Figures" }).ClickAsync();
        await admin.Locator("[data-figure-key=power]").ClickAsync();
        await admin.Field("field-value").FillAsync("120");
        await admin.ChooseAsync("claim-status", "Press report");
        await admin.ChooseAsync("claim-source", Source);
        await admin.Field("claim-reported-on").FillAsync("2026-11-20");
        await admin.Field("claim-quote").FillAsync("La puissance du site passe ainsi à 80 MW");
        await admin.GetByTestId("save-revision").ClickAsync();
        await Expect(admin.GetByTestId("write-saved")).ToBeVisibleAsync();

        // The project manager's dashboard names the disagreement on the card and links to it.
        await using var pmContext = await browser.NewContextAsync(TestAccount.ProjectManager);
        var pm = await pmContext.NewPageAsync();
        await pm.OpenAsync("/campuses/alixan");
        var card = pm.Locator("[data-testid=card-conflict]");
        await Expect(card).ToContainTextAsync("Press report 120 MW disagrees · 20 Nov 2026");
        await Expect(pm.GetByTestId("figure-value").Nth(0)).Not.ToContainTextAsync("120");
        var folder = Pages.ArtifactsFolder("conflict-journey");
        await pm.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard.png"), FullPage = true });
        await pm.GetByTestId("card-conflict-link").ClickAsync();
        await Expect(pm).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/figures/power#conflicts$"));
        await Expect(pm.Locator("[data-testid=conflict][data-state=open]")).ToHaveCountAsync(1);
        // Only admins judge a conflict.
        await Expect(pm.GetByTestId("start-resolve")).ToHaveCountAsync(0);
        await pm.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "figure-open.png"), FullPage = true });

        // The admin rejects it, with a reason and a source, where it is read.
        await admin.OpenAsync("/campuses/alixan/figures/power");
        await admin.GetByTestId("start-resolve").ClickAsync();
        await Expect(admin.GetByTestId("resolve-form")).ToBeVisibleAsync();
        await admin.Field("field-resolution-reason").FillAsync(Reason);
        await admin.ChooseAsync("resolution-source", Source);
        await admin.Field("resolution-reported-on").FillAsync("2026-11-24");
        await admin.GetByTestId("save-resolution").ClickAsync();
        await Expect(admin.GetByTestId("write-saved")).ToBeVisibleAsync();

        await pm.OpenAsync("/campuses/alixan/figures/power");
        var resolved = pm.Locator("[data-testid=conflict][data-state=resolved]");
        await Expect(resolved).ToContainTextAsync(Reason);
        await Expect(resolved.GetByTestId("conflict-kind")).ToContainTextAsync("Rejected");
        // Resolved, so neither the headline nor the ledger flags it any more.
        await Expect(pm.GetByTestId("contested")).ToHaveCountAsync(0);
        await Expect(pm.GetByTestId("conflict-badge")).ToHaveCountAsync(0);
        await pm.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "figure-resolved.png"), FullPage = true });
        await pm.OpenAsync("/campuses/alixan");
        await Expect(pm.GetByTestId("figure-value").First).ToBeVisibleAsync();
        await Expect(pm.Locator("[data-testid=card-conflict]")).ToHaveCountAsync(0);

        // The day before the judgement, it was still open.
        await pm.OpenAsync("/campuses/alixan/figures/power?asOf=2026-11-23");
        await Expect(pm.Locator("[data-testid=conflict][data-state=open]")).ToHaveCountAsync(1);
    }
}
