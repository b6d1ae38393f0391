using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// Issue 13's promise in one journey: an admin records, through the forms alone, a milestone that
/// was reached, with the source and its words; the campus dashboard then lists it as reached with
/// the quote, and a view of a day before it was reported does not know it yet.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ReachedMilestoneJourneyTests(Browser browser) : IClassFixture<Browser>
{
    private const string Title = "Building permit granted";
    private const string Quote = "le permis de construire a été délivré";

    [Fact]
    public async Task AReachedMilestoneEnteredWithItsSourceShowsOnTheDashboardWithItsQuote()
    {
        await using var adminContext = await browser.NewContextAsync(TestAccount.Admin);
        var admin = await adminContext.NewPageAsync();
        await admin.OpenAsync("/admin/campuses/alixan");
        await admin.GetByTestId("new-milestone").ClickAsync();
        await Expect(admin.GetByTestId("milestone-form")).ToBeVisibleAsync();

        await admin.Field("field-title").FillAsync(Title);
        await admin.TickAsync("with-target", false);
        await admin.TickAsync("with-reached");
        await admin.Field("reached-date").FillAsync("2026-03-03");
        await admin.Field("reached-reported-on").FillAsync("2026-03-17");
        await admin.ChooseAsync("reached-source", "Sesterce double la mise");
        await Expect(admin.GetByTestId("reached-source-count")).ToHaveTextAsync("1 source");
        await admin.Field("reached-quote").FillAsync(Quote);
        await admin.GetByTestId("save").ClickAsync();

        await Expect(admin.GetByTestId("write-saved")).ToBeVisibleAsync();
        await Expect(admin.Locator("[data-milestone-row]", new() { HasText = Title })).ToContainTextAsync("3 Mar 2026");

        await using var readerContext = await browser.NewContextAsync(TestAccount.Executive);
        var reader = await readerContext.NewPageAsync();
        await reader.OpenAsync("/campuses/alixan");
        var reached = reader.GetByTestId("reached-milestones").Locator("li", new() { HasText = Title });
        await Expect(reached).ToContainTextAsync("3 Mar 2026");
        await Expect(reached).ToContainTextAsync(Quote);
        await Expect(reached).ToContainTextAsync("Sesterce double la mise");

        // Reported on the 17th: a view of the 10th does not know it was reached on the 3rd.
        await reader.OpenAsync("/campuses/alixan?asOf=2026-03-10");
        await Expect(reader.GetByTestId("as-of-banner")).ToBeVisibleAsync();
        await Expect(reader.GetByTestId("reached-milestones")).Not.ToContainTextAsync(Title);
    }
}
