using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

public class BenchmarksAdminPageTests : SeededComponentTest
{
    private IRenderedComponent<BenchmarksAdminPage> RenderPage()
    {
        Render<MudBlazor.MudPopoverProvider>();
        var cut = Render<BenchmarksAdminPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=edit-benchmark]")));
        return cut;
    }

    private Task<int> BenchmarkCountAsync() => QueryAsync(db => db.Benchmarks.CountAsync());

    [Fact]
    public void RendersTheBenchmarksAndAnEmptyForm()
    {
        var cut = RenderPage();

        Assert.NotNull(cut.Find("[data-testid=benchmark-table]"));
        Assert.Contains("New benchmark", cut.Find("[data-testid=benchmark-form]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValidBenchmarkIsSavedAndListed()
    {
        var cut = RenderPage();

        Type(cut, "field-key", "test-build-cost");
        Type(cut, "field-name", "Test build cost");
        Type(cut, "field-low", "8000000");
        Type(cut, "field-high", "12000000");
        Type(cut, "field-source-title", "A cost survey");
        cut.Find("[data-testid=save-benchmark]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        Assert.Contains("Test build cost", cut.Find("[data-testid=benchmark-table]").TextContent, StringComparison.Ordinal);
        var stored = (await Services.GetRequiredService<BenchmarkAdminService>().ListAsync()).Single(b => b.Values.Key == "test-build-cost").Values;
        Assert.Equal((8_000_000m, 12_000_000m, "EUR", "investment-per-mw", "A cost survey"), (stored.Low!.Value, stored.High!.Value, stored.Currency, stored.RatioKey, stored.SourceTitle));
    }

    [Fact]
    public async Task ALowAboveTheHighIsExplainedAndNothingIsSaved()
    {
        var cut = RenderPage();
        var before = await BenchmarkCountAsync();

        Type(cut, "field-key", "upside-down");
        Type(cut, "field-name", "Upside down");
        Type(cut, "field-low", "12");
        Type(cut, "field-high", "8");
        Type(cut, "field-source-title", "A cost survey");
        cut.Find("[data-testid=save-benchmark]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-errors]")));
        Assert.Contains("Low: the low end is above the high end.", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await BenchmarkCountAsync());
    }

    [Fact]
    public async Task AnEditOfABenchmarkSomeoneElseChangedShowsTheirChange()
    {
        var cut = RenderPage();
        cut.FindAll("[data-testid=edit-benchmark]")[0].Click();

        var service = Services.GetRequiredService<BenchmarkAdminService>();
        var row = (await service.ListAsync())[0];
        Caller.Current = new("user-bob", "bob@example.test", "Admin");
        Assert.True((await service.UpdateAsync(row.Id, row.Values with { Name = "Renamed by Bob" }, row.Version)).Succeeded);
        Caller.Current = new("user-alice", "alice@example.test", "Admin");

        Type(cut, "field-name", "Renamed by Alice");
        cut.Find("[data-testid=save-benchmark]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-conflict]")));
        var conflict = cut.Find("[data-testid=write-conflict]").TextContent;
        Assert.Contains("bob@example.test", conflict, StringComparison.Ordinal);
        Assert.Contains($"{row.Values.Name} → Renamed by Bob", conflict, StringComparison.Ordinal);
        Assert.Equal("Renamed by Bob", (await service.ListAsync()).Single(b => b.Id == row.Id).Values.Name);
    }
}
