using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

[Collection(SharedBrowser.Name)]
public sealed class ViewerJourneyTests(Browser browser) : IClassFixture<Browser>
{
    public static TheoryData<string> RefusedPages { get; } =
    [
        "/admin", "/admin/campuses/alixan", "/admin/sources", "/admin/benchmarks", "/admin/audit", "/admin/users", "/admin/transfer",
        "/campuses/alixan/executive",
    ];

    [Theory]
    [MemberData(nameof(RefusedPages))]
    public async Task AViewerIsRefusedEveryAdminPage(string address)
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager);
        var page = await context.NewPageAsync();
        await page.OpenAsync(address);

        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(page.Locator("form, [data-testid=audit-table], [data-testid=users-table]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AViewerSeesNoAdminLinksInTheMenu()
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan");

        await Expect(page.Locator("nav a[href^='/admin']")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-figure=investment]")).ToHaveCountAsync(0);
    }
}
