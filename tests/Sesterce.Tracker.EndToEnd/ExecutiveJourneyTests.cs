using System.Globalization;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>An executive follows the money: the investment ledger, the executive view, the downloads.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ExecutiveJourneyTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task ExecutiveReadsTheInvestmentLedgerAndTheExecutiveView()
    {
        await using var context = await browser.NewContextAsync(TestAccount.Executive);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan/figures/investment");

        await Expect(page.GetByTestId("headline")).ToContainTextAsync("€1.5B");
        var ledger = page.GetByTestId("ledger");
        await Expect(ledger).ToContainTextAsync("€450M");
        await Expect(ledger).ToContainTextAsync("€1.5B");
        await Expect(page.GetByTestId("waterfall")).ToBeVisibleAsync();

        await page.OpenAsync("/campuses/alixan/executive");
        await Expect(page.Locator("h1")).ToContainTextAsync("Alixan");
        await Expect(page.GetByTestId("tile-change").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ExecutiveDownloadsTheLedgerAsCsvAndExcelWithExactAmounts()
    {
        await using var context = await browser.NewContextAsync(TestAccount.Executive);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan/figures/investment");

        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-format=csv]").First.ClickAsync());
        Assert.Matches("^alixan-investment-.*2026-11-25.*\\.csv$", csv.SuggestedFilename);
        var csvText = await File.ReadAllTextAsync(await csv.PathAsync());
        Assert.Contains("450000000", csvText, StringComparison.Ordinal);
        Assert.Contains("1500000000", csvText, StringComparison.Ordinal);

        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-format=xlsx]").First.ClickAsync());
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename, StringComparison.Ordinal);
        var cells = MiniExcel.Query(await xlsx.PathAsync(), excelType: ExcelType.XLSX)
            .SelectMany(row => ((IDictionary<string, object?>)row).Values)
            .Select(value => Convert.ToString(value, CultureInfo.InvariantCulture))
            .ToList();
        Assert.Contains("1500000000", cells);
    }
}
