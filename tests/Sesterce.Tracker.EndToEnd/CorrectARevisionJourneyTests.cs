using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// Issue 16's "correct a revision": an admin reading the power figure corrects its headline claim
/// from the ledger, with a reason; the replaced row stays, struck through, beside the new one and
/// the headline follows. Viewed as known on a day before the correction's own day, the old value
/// still stands.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class CorrectARevisionJourneyTests(Browser browser) : IClassFixture<Browser>
{
    private const string Figure = "/campuses/alixan/figures/power";

    [Fact]
    public async Task CorrectARevision()
    {
        await using var context = await browser.NewContextAsync(TestAccount.Admin);
        var page = await context.NewPageAsync();
        await page.OpenAsync(Figure);
        await Expect(page.GetByTestId("headline-value")).ToHaveTextAsync("80 MW");

        var headlineRow = page.Locator("[data-testid=ledger] tbody tr", new() { Has = page.GetByTestId("headline-badge") });
        await headlineRow.GetByTestId("correct-revision").ClickAsync();
        var dialog = page.Locator(".mud-dialog", new() { Has = page.GetByTestId("dialog-save") });
        await Expect(dialog).ToBeVisibleAsync();
        // The correction starts from every field of the claim it corrects.
        await Expect(page.Field("field-value-input")).ToHaveValueAsync("80");
        await Expect(page.Field("claim-quote")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("80 MW"));

        await page.Field("field-value-input").FillAsync("90");
        await page.Field("claim-reported-on").FillAsync("2026-11-20");
        await page.Field("field-reason").FillAsync("The summit's press kit gives 90 MW; the article rounded it.");
        await page.GetByTestId("dialog-save").ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("saved-message")).ToContainTextAsync("90 MW");
        await Expect(page.GetByTestId("headline-value")).ToHaveTextAsync("90 MW");
        var replaced = page.Locator("[data-testid=ledger] tbody tr.is-corrected");
        await Expect(replaced).ToHaveCountAsync(1);
        await Expect(replaced.Locator("[data-col=value]")).ToContainTextAsync("80 MW");
        var decoration = await replaced.Locator("[data-col=value] strong").EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine");
        Assert.Contains("line-through", decoration, StringComparison.Ordinal);
        await Expect(page.Locator("[data-testid=ledger] tbody tr", new() { Has = page.GetByTestId("corrects") })).ToContainTextAsync("90 MW");

        // The day before the correction's own day, the corrected claim still stands.
        await page.OpenAsync($"{Figure}?asOf=2026-11-19");
        await Expect(page.GetByTestId("headline-value")).ToHaveTextAsync("80 MW");
        await Expect(page.GetByTestId("ledger")).Not.ToContainTextAsync("90 MW");
        await Expect(page.Locator("[data-testid=ledger] tbody tr.is-corrected")).ToHaveCountAsync(0);
    }
}
