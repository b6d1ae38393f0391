using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// An admin records a new target date with its source and reason: another person's open dashboard
/// shows it without a reload, a second admin claiming over the same milestone is refused with what
/// changed, and the audit log has the entry.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class AdminJourneyTests(Browser browser) : IClassFixture<Browser>
{
    private const string Milestone = "Phase 1 commissioning";

    [Fact]
    public async Task AdminMovesAMilestoneOthersSeeItLiveAConcurrentClaimIsRefusedAndTheAuditHasIt()
    {
        // Someone keeps the dashboard open all day.
        await using var watcherContext = await browser.NewContextAsync(TestAccount.Executive);
        var watcher = await watcherContext.NewPageAsync();
        await watcher.OpenAsync("/campuses/alixan");
        var nextMilestones = watcher.GetByTestId("next-milestones");
        await Expect(nextMilestones).ToContainTextAsync("Dec 2026");

        // Two admins open the same milestone's new-target form.
        await using var firstContext = await browser.NewContextAsync(TestAccount.Admin);
        await using var secondContext = await browser.NewContextAsync(TestAccount.Admin);
        var first = await OpenNewTargetFormAsync(firstContext);
        var second = await OpenNewTargetFormAsync(secondContext);

        await first.Field("claim-date").FillAsync("2027-03");
        await first.ChooseAsync("claim-source", "Sesterce double la mise");
        await Expect(first.Field("claim-reported-on")).ToHaveValueAsync("2025-11-24");
        await first.Field("claim-reported-on").FillAsync("2026-11-20");
        await first.Field("claim-note").FillAsync("Grid connection slipped by a quarter.");
        await first.GetByTestId("save").ClickAsync();
        await Expect(first.GetByTestId("write-saved")).ToBeVisibleAsync();
        await Expect(Row(first)).ToContainTextAsync("Mar 2027");

        // The open dashboard updates in place: no reload, no navigation.
        await Expect(nextMilestones).ToContainTextAsync("Mar 2027");

        await second.Field("claim-date").FillAsync("2027-06");
        await second.ChooseAsync("claim-source", "Sesterce double la mise");
        await second.Field("claim-note").FillAsync("My own estimate.");
        await second.GetByTestId("save").ClickAsync();
        var conflict = second.GetByTestId("write-conflict");
        await Expect(conflict).ToContainTextAsync("Someone else changed this record since you opened it.");
        await Expect(conflict).ToContainTextAsync(TestAccount.Admin.Name);
        await Expect(Row(second)).ToContainTextAsync("Mar 2027");

        await first.OpenAsync("/admin/audit");
        var entry = first.GetByTestId("audit-row").Filter(new() { HasText = "Grid connection slipped by a quarter." });
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry).ToContainTextAsync(TestAccount.Admin.Name);
    }

    private static async Task<IPage> OpenNewTargetFormAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.OpenAsync("/admin/campuses/alixan");
        await Row(page).GetByTestId("new-target").ClickAsync();
        await Expect(page.GetByTestId("milestone-form")).ToBeVisibleAsync();
        return page;
    }

    private static ILocator Row(IPage page) => page.Locator("[data-milestone-row]", new() { HasText = Milestone });
}
