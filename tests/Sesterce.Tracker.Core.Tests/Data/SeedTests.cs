using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Data.Seed;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Campuses;

namespace Sesterce.Tracker.Core.Tests.Data;

public partial class SeedTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    [Fact]
    public async Task SeedingAgainChangesNothing()
    {
        await using var before = db.CreateContext();
        var counts = await CountsAsync(before);

        await db.Get<TrackerSeeder>().SeedAsync();
        await db.Get<DatabaseInitializer>().InitializeAsync();

        await using var after = db.CreateContext();
        Assert.Equal(counts, await CountsAsync(after));
        Assert.Equal((1, 1, 3, 6, 4, 4, 2, 1, 11), counts);
    }

    [Fact]
    public async Task TheSiteAndItsPeopleAreSeeded()
    {
        await using var context = db.CreateContext();
        var campus = await context.Campuses.Include(c => c.People).SingleAsync();

        Assert.Equal("alixan", campus.Slug);
        Assert.Equal("Sesterce", campus.Operator);
        Assert.Equal("Alixan", campus.Commune);
        Assert.Contains("Rovaltain", campus.BusinessPark, StringComparison.Ordinal);
        Assert.Equal("France", campus.Country);
        Assert.Equal(3, campus.Purposes.Count);
        Assert.Equal(["Anthony Tchakerian", "Youssef El Manssouri"], campus.People.OrderBy(p => p.Order).Select(p => p.Name));
    }

    [Fact]
    public async Task TheSeedsPhasesEndWithTheirCommissioningMilestonesAndTheFullCapacityPlanCitesTheArticle()
    {
        var campus = await db.Get<CampusService>().GetAsync("alixan");

        var (one, full) = (campus!.Phases.Single(p => p.Name == "Phase 1"), campus.Phases.Single(p => p.Name == "Full 80 MW"));
        Assert.Equal(("Phase 1 commissioning", PartialDate.InMonth(2026, 12)), (one.CommissioningMilestone!.Title, one.TargetDate));
        Assert.Null(one.Plan);
        Assert.Equal(("Full 80 MW in operation", PartialDate.InMonth(2027, 12), 80m), (full.CommissioningMilestone!.Title, full.TargetDate, full.TargetCapacityMw));
        var citation = Assert.Single(full.Plan!.Sources);
        Assert.Equal(("Sesterce double la mise", "La puissance du site, initialement prévue à 40 MW, passe ainsi à 80 MW"), (citation.Source.Title, citation.Quote));
        Assert.Equal(PartialDate.OnDay(2025, 11, 17), full.Plan.AnnouncedOn);
    }

    [Fact]
    public void TheModelHasNoChangesWithoutAMigration()
    {
        using var context = db.CreateContext();

        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add.");
    }

    /// <summary>Every quote in the seed file must be the article's own words ("[...]" marks a cut).</summary>
    [Fact]
    public async Task EveryQuoteIsVerbatimFromTheArticle()
    {
        var article = Normalize(await File.ReadAllTextAsync(ArticlePath()));
        var seed = await TrackerSeeder.ReadSeedFileAsync(CancellationToken.None);
        var quotes = seed.Campuses.SelectMany(c =>
            c.Figures.SelectMany(f => f.Revisions.Select(r => r.Quote))
                .Concat(c.Milestones.Select(m => m.ActualQuote))
                .Concat(c.Milestones.SelectMany(m => m.DateRevisions.Select(r => r.Quote)))
                .Concat(c.Phases.Select(p => p.Quote)))
            .OfType<string>()
            .ToList();

        Assert.Equal(11, quotes.Count);
        foreach (var part in quotes.SelectMany(q => q.Split("[...]", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            Assert.True(article.Contains(Normalize(part), StringComparison.Ordinal), $"Not in the article: {part}");
        }
    }

    private static string ArticlePath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sesterce.Tracker.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var path = Path.Combine(dir.Parent!.FullName, "shared", "sources", "2025-11-24-sesterce-alixan-article-fr.txt");
        Assert.True(File.Exists(path), $"The source article is expected at {path} (../shared beside the repository).");
        return path;
    }

    // Typographic apostrophes and runs of white space differ between the article and JSON.
    private static string Normalize(string text) => Spaces().Replace(text.Replace('’', '\''), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static async Task<(int, int, int, int, int, int, int, int, int)> CountsAsync(TrackerDbContext context) => (
        await context.Campuses.CountAsync(),
        await context.Sources.CountAsync(),
        await context.Figures.CountAsync(),
        await context.FigureRevisions.CountAsync(),
        await context.Milestones.CountAsync(),
        await context.MilestoneDateRevisions.CountAsync(),
        await context.Phases.CountAsync(),
        await context.PhasePlanRevisions.CountAsync(),
        await context.Citations.CountAsync());
}
