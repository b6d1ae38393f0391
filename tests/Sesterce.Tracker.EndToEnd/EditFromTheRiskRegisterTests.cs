using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// An admin reading the risk register edits a risk's own fields in a dialog whose address is in the
/// URL: reloading that address opens the dialog again, saving says what was saved, and the dialog
/// is laid out on a desktop and on a phone (screenshots in artifacts/risk-edit-dialog).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class EditFromTheRiskRegisterTests(Browser browser) : IClassFixture<Browser>
{
    private const string Risk = "Grid connection delayed";
    private const string Source = "Sesterce double la mise";

    [Fact]
    public async Task EditFromTheRiskRegister()
    {
        await using var context = await browser.NewContextAsync(TestAccount.Admin);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 900);
        await page.OpenAsync("/admin/campuses/alixan");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Risks" }).ClickAsync();
        await page.GetByTestId("new-risk").ClickAsync();
        await page.Field("field-title").FillAsync(Risk);
        await page.Field("field-owner").FillAsync("RTE");
        await page.ChooseAsync("assessment-source", Source);
        await page.Field("assessment-reported-on").FillAsync("2026-11-10");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("write-saved")).ToContainTextAsync($"Saved: {Risk}");

        await page.OpenAsync("/campuses/alixan/risks");
        var entry = page.GetByTestId("risk-entry").Filter(new() { HasText = Risk });
        await entry.GetByTestId("edit-risk").ClickAsync();
        var dialog = page.Locator(".mud-dialog", new() { Has = page.GetByTestId("dialog-save") });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(EditAddress());

        // The address opens the dialog again.
        await page.OpenAsync(page.Url);
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(page.Field("field-title")).ToHaveValueAsync(Risk);
        await page.AssertNoSeriousViolationsAsync("the risk edit dialog");
        var folder = Pages.ArtifactsFolder("risk-edit-dialog");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "risk-edit-1440.png") });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "risk-edit-390.png") });
        await page.SetViewportSizeAsync(1440, 900);

        await page.Field("field-owner").FillAsync("Réseau de transport d'électricité");
        await dialog.GetByTestId("dialog-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByTestId("saved-message")).ToContainTextAsync($"Saved: {Risk}");
        await Expect(entry.GetByTestId("risk-owner")).ToHaveTextAsync("Réseau de transport d'électricité");
        await Expect(page).Not.ToHaveURLAsync(new Regex("dialog="));
    }

    [GeneratedRegex(@"/campuses/alixan/risks\?dialog=edit&risk=\d+")]
    private static partial Regex EditAddress();
}
