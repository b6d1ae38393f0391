using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Features.Transfer;

namespace Sesterce.Tracker.Core.Tests.Features.Transfer;

/// <summary>French texts through the campus file (format version 5), and version 4 files, which have none, still import.</summary>
public sealed class TranslationTransferTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>, IAsyncLifetime
{
    private readonly List<TrackerDatabase> _fresh = [];

    public Task InitializeAsync() => Task.CompletedTask;

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

    private async Task<JsonObject> ExportAsync()
    {
        var export = await db.Get<CampusTransferService>().ExportAsync("alixan");
        Assert.Equal(TransferOutcome.Done, export.Outcome);
        return JsonNode.Parse(export.Json!)!.AsObject();
    }

    [Fact]
    public async Task TheFrenchTextsTravelWithTheCampus()
    {
        var root = await ExportAsync();
        var fresh = await FreshAsync();

        var imported = await fresh.Get<CampusTransferService>().ImportAsync(root.ToJsonString());

        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        Assert.Equal(CampusDocument.CurrentVersion, (int?)root["version"]);
        Assert.StartsWith("Un centre de données", (string?)root["campus"]!["descriptionFr"], StringComparison.Ordinal);
        await using var context = fresh.CreateContext();
        var campus = await context.Campuses.Include(c => c.People).SingleAsync();
        Assert.Equal(3, campus.PurposesFr.Count);
        Assert.All(campus.People, p => Assert.Equal("Cofondateur et codirigeant", p.RoleFr));
        Assert.Equal("Mise en service de la phase 1", await context.Milestones.Where(m => m.Title == "Phase 1 commissioning").Select(m => m.TitleFr).SingleAsync());
        Assert.Equal("80 MW au complet", await context.Phases.Where(p => p.Name == "Full 80 MW").Select(p => p.NameFr).SingleAsync());
        Assert.Equal("Investissement", await context.Figures.Where(f => f.Key == "investment").Select(f => f.NameFr).SingleAsync());
    }

    [Fact]
    public async Task AVersion4FileWithoutFrenchImportsWithTheOriginalsOnly()
    {
        var root = await ExportAsync();
        root["version"] = 4;
        var campusPart = root["campus"]!.AsObject();
        campusPart.Remove("descriptionFr");
        campusPart.Remove("purposesFr");
        campusPart.Remove("businessParkFr");
        foreach (var person in campusPart["people"]!.AsArray())
        {
            person!.AsObject().Remove("roleFr");
        }

        foreach (var (list, field) in new[] { ("phases", "nameFr"), ("milestones", "titleFr"), ("figures", "nameFr"), ("benchmarks", "nameFr") })
        {
            foreach (var item in root[list]!.AsArray())
            {
                item!.AsObject().Remove(field);
            }
        }

        Assert.DoesNotContain("Fr\"", root.ToJsonString(), StringComparison.Ordinal);
        var fresh = await FreshAsync();

        var imported = await fresh.Get<CampusTransferService>().ImportAsync(root.ToJsonString());

        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        await using var context = fresh.CreateContext();
        Assert.Null(await context.Campuses.Select(c => c.DescriptionFr).SingleAsync());
        Assert.All(await context.Milestones.Select(m => m.TitleFr).ToListAsync(), Assert.Null);
    }
}
