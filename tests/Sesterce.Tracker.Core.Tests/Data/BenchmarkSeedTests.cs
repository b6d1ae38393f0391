using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data.Seed;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Tests.Data;

public class BenchmarkSeedTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    [Fact]
    public async Task TheFourPublicBenchmarksAreSeededOnceAndEditsSurviveReseeding()
    {
        await using (var context = db.CreateContext())
        {
            var jll = await context.Benchmarks.SingleAsync(b => b.Key == "jll-global-2025");
            jll.Note = "Edited in the app.";
            context.AuditEntries.Add(TrackerDatabase.TestAudit("benchmark edit"));
            await context.SaveChangesAsync();
        }

        await db.Get<TrackerSeeder>().SeedAsync();

        await using var after = db.CreateContext();
        Assert.Equal(4, await after.Benchmarks.CountAsync());
        Assert.Equal("Edited in the app.", (await after.Benchmarks.SingleAsync(b => b.Key == "jll-global-2025")).Note);
    }

    [Fact]
    public async Task BenchmarksKeepTheirOwnCurrencyScopeAndPublisher()
    {
        await using var context = db.CreateContext();
        var byKey = await context.Benchmarks.ToDictionaryAsync(b => b.Key);

        Assert.Equal((10_700_000m, "USD", "JLL"), (byKey["jll-global-2025"].Low, byKey["jll-global-2025"].Currency, byKey["jll-global-2025"].Publisher));
        Assert.Equal((11_700_000m, "USD", "Cushman & Wakefield"), (byKey["cushman-wakefield-us-2025"].Low, byKey["cushman-wakefield-us-2025"].Currency, byKey["cushman-wakefield-us-2025"].Publisher));
        Assert.Equal((12_000_000m, "EUR", "CBRE"), (byKey["cbre-europe-colocation"].Low, byKey["cbre-europe-colocation"].Currency, byKey["cbre-europe-colocation"].Publisher));
        Assert.Equal((50_000_000m, InvestmentScope.IncludingItEquipment), (byKey["nvidia-ai-factory-2025-08"].Low, byKey["nvidia-ai-factory-2025-08"].Scope));
        Assert.Equal(PartialDate.InMonth(2025, 8), byKey["nvidia-ai-factory-2025-08"].Period);
        Assert.All(byKey.Values, b => Assert.Null(b.Url));
    }

    [Fact]
    public async Task BothAlixanInvestmentRevisionsHaveAnUnknownScope()
    {
        await using var context = db.CreateContext();
        var scopes = await context.FigureRevisions
            .Where(r => context.Figures.Any(f => f.Id == r.FigureId && f.Key == "investment"))
            .Select(r => r.Scope)
            .ToListAsync();

        Assert.Equal([InvestmentScope.Unknown, InvestmentScope.Unknown], scopes);
    }

    [Fact]
    public async Task TheBenchmarkFileHasUniqueKeysAndOrderedBounds()
    {
        var file = await TrackerSeeder.ReadBenchmarkFileAsync(CancellationToken.None);

        Assert.Equal(file.Benchmarks.Count, file.Benchmarks.Select(b => b.Key).Distinct().Count());
        Assert.All(file.Benchmarks, b => Assert.True(b.Low <= b.High, b.Key));
    }
}
