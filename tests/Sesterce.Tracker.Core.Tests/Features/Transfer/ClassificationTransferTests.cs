using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Transfer;

namespace Sesterce.Tracker.Core.Tests.Features.Transfer;

/// <summary>Visibility levels through the campus file (format version 4), and version 3 files read with the defaults.</summary>
public sealed class ClassificationTransferTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>, IAsyncLifetime
{
    private readonly List<TrackerDatabase> _fresh = [];

    /// <summary>One record of every kind at a level it would not get by default, written straight to the store.</summary>
    public async Task InitializeAsync()
    {
        await using var context = db.CreateContext();
        if (await context.Sources.AnyAsync(s => s.Visibility == Visibility.Confidential))
        {
            return;
        }

        var secret = await db.AddSourceAsync("Term sheet", "2026-09-01", "Le conseil retient 1,6 milliard");
        await context.Sources.Where(s => s.Id == secret).ExecuteUpdateAsync(s => s.SetProperty(x => x.Visibility, Visibility.Confidential));
        var power = await context.Figures.SingleAsync(f => f.Key == "power");
        power.DefaultVisibility = Visibility.Confidential;
        var classified = await context.FigureRevisions.Where(r => r.FigureId == power.Id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        await context.FigureRevisions.Where(r => r.Id == classified).ExecuteUpdateAsync(r => r.SetProperty(x => x.Visibility, Visibility.Confidential));

        // The file carries the sources its claims cite: the confidential one is cited by the confidential claim.
        context.Citations.Add(new Citation { SourceId = secret, FigureRevisionId = classified, Quote = "1,6 milliard", Order = 5 });
        await context.MilestoneDateRevisions.OrderBy(r => r.Id).Take(1).ExecuteUpdateAsync(r => r.SetProperty(x => x.Visibility, Visibility.Internal));
        await context.PhasePlanRevisions.OrderBy(r => r.Id).Take(1).ExecuteUpdateAsync(r => r.SetProperty(x => x.Visibility, Visibility.Confidential));
        context.AuditEntries.Add(TrackerDatabase.TestAudit("classified"));
        await context.SaveChangesAsync();
        var (risk, _) = await db.AddRiskAsync("Financing not closed", [RiskData.Claim(RiskState.Open, RiskLevel.High, RiskLevel.High, PartialDate.OnDay(2026, 11, 2))]);
        await context.Risks.Where(r => r.Id == risk).ExecuteUpdateAsync(r => r.SetProperty(x => x.Visibility, Visibility.Internal));
        await context.RiskAssessments.Where(a => a.RiskId == risk).ExecuteUpdateAsync(a => a.SetProperty(x => x.Visibility, Visibility.Confidential));
    }

    public async Task DisposeAsync()
    {
        foreach (var fresh in _fresh)
        {
            await fresh.DisposeAsync();
        }
    }

    private async Task<TrackerDatabase> FreshAsync()
    {
        var fresh = await TrackerDatabase.CreateEmptyAsync();
        _fresh.Add(fresh);
        return fresh;
    }

    private static async Task<string> ExportAsync(TrackerDatabase database)
    {
        var export = await database.Get<CampusTransferService>().ExportAsync("alixan");
        Assert.Equal(TransferOutcome.Done, export.Outcome);
        return export.Json!;
    }

    /// <summary>The level of every record of the campus, database ids left out.</summary>
    private static async Task<List<string>> LevelsAsync(TrackerDatabase database)
    {
        await using var context = database.CreateContext();
        var levels = new List<string>();
        levels.AddRange(await context.Sources.OrderBy(s => s.Title).Select(s => $"source {s.Title} {s.Visibility}").ToListAsync());
        levels.AddRange(await context.Figures.OrderBy(f => f.Key).Select(f => $"figure {f.Key} {f.DefaultVisibility}").ToListAsync());
        levels.AddRange(await context.FigureRevisions.OrderBy(r => r.Id).Select(r => $"figure claim {r.Value} {r.Visibility}").ToListAsync());
        levels.AddRange(await context.MilestoneDateRevisions.OrderBy(r => r.Id).Select(r => $"date claim {r.TargetStart} {r.Visibility}").ToListAsync());
        levels.AddRange(await context.PhasePlanRevisions.OrderBy(r => r.Id).Select(r => $"plan {r.CapacityMw} {r.Visibility}").ToListAsync());
        levels.AddRange(await context.Risks.OrderBy(r => r.Id).Select(r => $"risk {r.Title} {r.Visibility}").ToListAsync());
        levels.AddRange(await context.RiskAssessments.OrderBy(a => a.Id).Select(a => $"assessment {a.State} {a.Visibility}").ToListAsync());
        return levels;
    }

    [Fact]
    public async Task EveryLevelRoundTripsByteForByte()
    {
        var first = await ExportAsync(db);
        var fresh = await FreshAsync();

        var imported = await fresh.Get<CampusTransferService>().ImportAsync(first);

        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        Assert.Equal(first, await ExportAsync(fresh));
        Assert.Equal(await LevelsAsync(db), await LevelsAsync(fresh));
        var root = JsonNode.Parse(first)!;
        Assert.Equal(5, (int?)root["version"]);
        Assert.Contains(root["sources"]!.AsArray(), s => (string?)s!["visibility"] == "Confidential");
        Assert.Contains(root["figures"]!.AsArray(), f => (string?)f!["key"] == "power" && (string?)f["defaultVisibility"] == "Confidential");
    }

    [Fact]
    public async Task AVersion3FileImportsWithTheDefaultsPublicAndTheInvestmentInternal()
    {
        var root = JsonNode.Parse(await ExportAsync(db))!.AsObject();
        root["version"] = 3;
        Strip(root);
        var fresh = await FreshAsync();

        var imported = await fresh.Get<CampusTransferService>().ImportAsync(root.ToJsonString());

        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        await using var context = fresh.CreateContext();
        Assert.All(await context.Sources.Select(s => s.Visibility).ToListAsync(), v => Assert.Equal(Visibility.Public, v));
        Assert.Equal(Visibility.Internal, await context.Figures.Where(f => f.Key == "investment").Select(f => f.DefaultVisibility).SingleAsync());
        Assert.Equal(Visibility.Public, await context.Figures.Where(f => f.Key == "power").Select(f => f.DefaultVisibility).SingleAsync());
        var investmentClaims = await context.FigureRevisions.Where(r => context.Figures.Any(f => f.Id == r.FigureId && f.Key == "investment")).Select(r => r.Visibility).ToListAsync();
        Assert.NotEmpty(investmentClaims);
        Assert.All(investmentClaims, v => Assert.Equal(Visibility.Internal, v));
        var otherClaims = await context.FigureRevisions.Where(r => context.Figures.Any(f => f.Id == r.FigureId && f.Key != "investment")).Select(r => r.Visibility).ToListAsync();
        Assert.All(otherClaims, v => Assert.Equal(Visibility.Public, v));
        Assert.All(await context.MilestoneDateRevisions.Select(r => r.Visibility).ToListAsync(), v => Assert.Equal(Visibility.Public, v));
        Assert.All(await context.PhasePlanRevisions.Select(r => r.Visibility).ToListAsync(), v => Assert.Equal(Visibility.Public, v));
        Assert.All(await context.Risks.Select(r => r.Visibility).ToListAsync(), v => Assert.Equal(Visibility.Public, v));
        Assert.All(await context.RiskAssessments.Select(r => r.Visibility).ToListAsync(), v => Assert.Equal(Visibility.Public, v));
    }

    [Fact]
    public async Task AnUnknownLevelIsRefusedWithItsPlaceInTheFileAndNothingIsStored()
    {
        var root = JsonNode.Parse(await ExportAsync(db))!.AsObject();
        root["sources"]![0]!["visibility"] = "Secret";
        var fresh = await FreshAsync();

        var imported = await fresh.Get<CampusTransferService>().ImportAsync(root.ToJsonString());

        Assert.False(imported.Succeeded);
        Assert.Contains(imported.Errors, e => e.Path == "sources[0]" && e.Error.Field == "Visibility" && e.Error.Code == "UnknownChoice");
        await using var context = fresh.CreateContext();
        Assert.False(await context.Campuses.AnyAsync());
    }

    // What a version 3 file holds: no level anywhere.
    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("visibility");
                obj.Remove("defaultVisibility");
                foreach (var (_, child) in obj.ToList())
                {
                    Strip(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Strip(child);
                }

                break;
        }
    }
}
