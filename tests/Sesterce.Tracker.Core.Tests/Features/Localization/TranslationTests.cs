using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data.Seed;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Benchmarks;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Localization;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Tests.Features.Localization;

public class TranslationTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Runs <paramref name="read"/> with <paramref name="culture"/> as the UI culture, as a request or circuit would.</summary>
    private static async Task<T> InAsync<T>(CultureInfo culture, Func<Task<T>> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return await read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void FrenchReadersGetTheTranslationAndOthersTheOriginal()
    {
        Assert.Equal("Jalon", Translated.Pick("Milestone", "Jalon", French));
        Assert.Equal("Milestone", Translated.Pick("Milestone", "Jalon", English));
        Assert.Equal("Milestone", Translated.Pick("Milestone", null, French));
        Assert.Equal("Milestone", Translated.Pick("Milestone", "  ", French));
        Assert.Equal("Jalon", Translated.Pick("Milestone", "Jalon", CultureInfo.GetCultureInfo("fr-CA")));
    }

    [Fact]
    public async Task TheSeedCampusReadsInFrenchForFrenchReaders()
    {
        var campus = await InAsync(French, () => db.Get<CampusService>().GetAsync("alixan"));
        var milestones = await InAsync(French, () => db.Get<MilestoneService>().GetMilestonesAsync("alixan"));

        Assert.StartsWith("Un centre de données", campus!.Description, StringComparison.Ordinal);
        Assert.Contains("Traitement intensif de données", campus.Purposes);
        Assert.All(campus.People, p => Assert.Equal("Cofondateur et codirigeant", p.Role));
        Assert.Contains(milestones!, m => m.Title == "Mise en service de la phase 1");
    }

    [Fact]
    public async Task TheSeedCampusKeepsItsEnglishForEnglishReaders()
    {
        var campus = await InAsync(English, () => db.Get<CampusService>().GetAsync("alixan"));
        var benchmarks = await InAsync(English, () => db.Get<BenchmarkService>().ListAsync());

        Assert.StartsWith("A next-generation data centre", campus!.Description, StringComparison.Ordinal);
        Assert.Contains(benchmarks, b => b.Name == "European colocation build cost");
    }

    [Fact]
    public async Task AMilestoneWithoutATranslationFallsBackToItsTitle()
    {
        var admin = db.Get<MilestoneAdminService>();
        var list = (await admin.ListAsync("alixan"))!;
        var first = list.First(m => m.Title == "First announcement of the campus");
        var edit = (await admin.GetForEditAsync(first.Id))!;
        Assert.True((await admin.UpdateAsync(first.Id, edit.Values with { TitleFr = "" }, edit.Version)).Succeeded);

        var milestones = await InAsync(French, () => db.Get<MilestoneService>().GetMilestonesAsync("alixan"));

        Assert.Contains(milestones!, m => m.Title == "First announcement of the campus");
    }

    [Fact]
    public async Task AnExistingDatabaseGetsTheSeedsFrenchOnlyWhereItStillHoldsTheSeedText()
    {
        await using (var context = db.CreateContext())
        {
            var untouched = await context.Milestones.SingleAsync(m => m.Title == "Full 80 MW in operation");
            var edited = await context.Milestones.SingleAsync(m => m.Title == "Choose France summit: the project is scaled up");
            untouched.TitleFr = null;
            edited.TitleFr = null;
            edited.Title = "Choose France summit";
            context.AuditEntries.Add(TrackerDatabase.TestAudit("translations removed, as before the migration"));
            await context.SaveChangesAsync();
        }

        await db.Get<TrackerSeeder>().SeedAsync();
        await db.Get<TrackerSeeder>().SeedAsync();

        await using var after = db.CreateContext();
        Assert.Equal("80 MW en service", (await after.Milestones.SingleAsync(m => m.Title == "Full 80 MW in operation")).TitleFr);
        Assert.Null((await after.Milestones.SingleAsync(m => m.Title == "Choose France summit")).TitleFr);
        Assert.Equal(1, await after.AuditEntries.CountAsync(e => e.Action == "Translated"));
    }
}
