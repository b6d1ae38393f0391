using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// The one input style (outlined, dense) and the styled file picker at 1440 and 390 px, light and
/// dark: nothing wider than the screen; each saved to artifacts/input-style for a person to look at.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class InputStyleScreenshotTests(Browser browser) : IClassFixture<Browser>
{
    private static readonly Appearance[] Appearances =
    [
        new("wide-light", 1440, 900, false),
        new("wide-dark", 1440, 900, true),
        Appearance.PhoneLight,
        Appearance.PhoneDark,
    ];

    [Fact]
    public async Task TheCampusImportFormAndItsFilePickerFitEveryScreen()
    {
        var folder = Pages.ArtifactsFolder("input-style");
        foreach (var appearance in Appearances)
        {
            await using var context = await browser.NewContextAsync(TestAccount.Admin, appearance);
            var page = await context.NewPageAsync();
            await page.OpenAsync("/admin/transfer");
            await Expect(page.GetByTestId("import-file-picker")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("import-file-name")).ToHaveTextAsync("No file chosen");

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"transfer-{appearance.Name}.png"), FullPage = true });
            Assert.True(overflow <= 0, $"transfer ({appearance.Name}) is {overflow}px wider than the screen.");
        }
    }
}
