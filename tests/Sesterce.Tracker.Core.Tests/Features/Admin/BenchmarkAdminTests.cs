using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Benchmarks;

namespace Sesterce.Tracker.Core.Tests.Features.Admin;

public class BenchmarkAdminTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private BenchmarkAdminService Admin => db.Get<BenchmarkAdminService>();

    [Fact]
    public async Task ABenchmarkIsEditedLikeAnyRecordAndTheChangeShowsBesideTheRatio()
    {
        var jll = (await Admin.ListAsync()).Single(b => b.Values.Key == "jll-global-2025");

        var result = await Admin.UpdateAsync(jll.Id, jll.Values with { Low = 10.9m, High = 10.9m, Note = "Updated study." }, jll.Version);
        var stale = await Admin.UpdateAsync(jll.Id, jll.Values with { Note = "stale" }, jll.Version);

        Assert.True(result.Succeeded);
        Assert.Equal(WriteOutcome.Conflict, stale.Outcome);
        Assert.Contains(stale.ConflictingChanges[0].Changes, c => c.Field == "Low" && c.New == "10.9");
        var shown = await db.Get<BenchmarkService>().ListAsync("investment-per-mw");
        Assert.Contains(shown, b => b.Key == "jll-global-2025" && b.Value.Low == 10.9m);
    }

    [Fact]
    public async Task ARangeWhoseBoundsHaveDifferentDigitCountsIsStored()
    {
        var jll = (await Admin.ListAsync()).Single(b => b.Values.Key == "jll-global-2025");

        // As text "9500000" sorts after "12000000"; the store must compare numbers.
        var result = await Admin.UpdateAsync(jll.Id, jll.Values with { Low = 9_500_000m, High = 12_000_000m }, jll.Version);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        var shown = await db.Get<BenchmarkService>().ListAsync("investment-per-mw");
        Assert.Contains(shown, b => b.Key == "jll-global-2025" && b.Value.Low == 9_500_000m && b.Value.High == 12_000_000m);
    }

    [Fact]
    public async Task BadBenchmarksAreRefused()
    {
        var result = await Admin.CreateAsync(new BenchmarkInput("jll-global-2025", "per-rack", "", 12, 10, FigureQualifier.Exact, "dollars", InvestmentScope.Unknown, null, "someday", "", null, "ftp://x", null, null));

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        foreach (var (field, code) in new[] { ("Key", "KeyTaken"), ("RatioKey", "UnknownChoice"), ("Name", "Required"), ("Low", "LowAboveHigh"), ("Currency", "TooLong"), ("Period", "NotADate"), ("SourceTitle", "Required"), ("Url", "NotAWebAddress") })
        {
            Assert.Contains(result.Errors, e => e.Field == field && e.Code == code);
        }
    }
}
