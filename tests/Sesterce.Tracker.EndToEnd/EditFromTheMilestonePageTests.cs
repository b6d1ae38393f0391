using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// Issue 16's "edit where you read": an admin reading a milestone moves its date from that page,
/// citing a source created on the spot, sees the new target and what was saved without leaving the
/// page, and the audit log has recorded it.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class EditFromTheMilestonePageTests(Browser browser) : IClassFixture<Browser>
{
    private const string Milestone = "Phase 1 commissioning";
    private const string NewSource = "Sesterce repousse la phase 1";

    [Fact]
    public async Task EditFromTheMilestonePage()
    {
        await using var context = await browser.NewContextAsync(TestAccount.Admin);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan/timeline");
        await page.Locator("[data-testid=timeline-marker]", new() { HasText = Milestone }).ClickAsync();
        await Expect(page).ToHaveURLAsync(MilestoneAddress());
        await Expect(page.Locator("h1")).ToContainTextAsync(Milestone);
        await Expect(page.GetByTestId("current-target")).ToHaveTextAsync("Dec 2026");
        var address = page.Url;

        await page.GetByTestId("move-date").ClickAsync();
        var dialog = page.Locator(".mud-dialog", new() { Has = page.GetByTestId("dialog-save") });
        await Expect(dialog).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync("the move-date dialog");

        await dialog.GetByTestId("claim-new-source").ClickAsync();
        var sourceDialog = page.Locator(".mud-dialog", new() { Has = page.GetByTestId("new-source-save") });
        await Expect(sourceDialog).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync("the new-source dialog");
        await page.Field("new-source-title").FillAsync(NewSource);
        await page.Field("new-source-publisher").FillAsync("Le Dauphiné libéré");
        await page.Field("new-source-url").FillAsync("https://example.test/phase-1");
        await page.Field("new-source-published").FillAsync("2026-11-20");
        await page.GetByTestId("new-source-save").ClickAsync();
        await Expect(sourceDialog).ToHaveCountAsync(0);

        await Expect(page.Field("claim-source")).ToHaveValueAsync(new Regex(NewSource));
        await Expect(page.Field("claim-reported-on")).ToHaveValueAsync("2026-11-20");
        await page.Field("claim-date").FillAsync("2027-03");
        await page.Field("claim-quote").FillAsync("la mise en service est repoussée à mars 2027");
        await page.GetByTestId("dialog-save").ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("saved-message")).ToContainTextAsync($"Saved: {Milestone} — target Mar 2027");
        await Expect(page.GetByTestId("current-target")).ToHaveTextAsync("Mar 2027");
        await Expect(page.GetByTestId("date-history")).ToContainTextAsync(NewSource);
        Assert.Equal(address, page.Url);

        await page.OpenAsync("/admin/audit");
        var latest = page.GetByTestId("audit-row").First;
        await Expect(latest).ToContainTextAsync(Milestone);
        await Expect(page.GetByTestId("audit-table")).ToContainTextAsync(NewSource);
    }

    [GeneratedRegex("/campuses/alixan/milestones/\\d+$")]
    private static partial Regex MilestoneAddress();
}
