using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Tests.Data;

/// <summary>
/// A store written before claims (one source per revision, a milestone's actual date with its source,
/// a phase's plan as plain fields) migrated to the claim model: every source and quote becomes a
/// citation, an actual date a reached claim known no earlier than its source, a phase's plan its
/// first plan claim, and nothing is lost.
/// </summary>
public sealed class ClaimsMigrationTests : IAsyncLifetime
{
    private const string BeforeClaims = "20261125132044_BenchmarkRangeNumericCheck";

    private static readonly DateTimeOffset Created = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MilestoneEdited = new(2025, 12, 1, 14, 30, 0, TimeSpan.Zero);

    private TrackerDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TrackerDatabase.CreateUnmigratedAsync();
        await using var context = _database.CreateContext();
        await context.GetService<IMigrator>().MigrateAsync(BeforeClaims);
        await context.Database.ExecuteSqlRawAsync(OldRows, Moment(Created), Moment(MilestoneEdited));
        await context.Database.MigrateAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private static long Moment(DateTimeOffset at) => (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!;

    /// <summary>
    /// Rows in the shape the store had before the claims: source 1 published on 24 Nov 2025 (after
    /// the February date it recalls), source 2 on 1 Mar 2025. Values are stored as EF stored them
    /// (enums by name, dates and decimals as text, moments as binary ticks).
    /// </summary>
    private const string OldRows = """
        INSERT INTO "Campuses" ("Id", "Slug", "Name", "Operator", "Commune", "BusinessPark", "Region", "Country", "Purposes", "Description", "Version")
        VALUES (1, 'old', 'Old campus', 'Old operator', 'Alixan', NULL, 'Drôme', 'France', '["AI"]', 'Before claims.', 3);
        INSERT INTO "AuditEntries" ("Id", "At", "UserId", "UserName", "EntityType", "EntityId", "CampusSlug", "Action", "Summary", "Changes", "Reason", "Version")
        VALUES (1, {0}, NULL, 'system', 'Campus', 'old', 'old', 'Seeded', 'Old campus', '[]', NULL, 0),
               (2, {1}, NULL, 'alice', 'Milestone', '1', 'old', 'Updated', 'First announcement', '[]', NULL, 1);
        INSERT INTO "Sources" ("Id", "Title", "Publisher", "Url", "PublishedOn", "Language", "Excerpt", "Version")
        VALUES (1, 'Sesterce double la mise', NULL, NULL, '2025-11-24', 'fr', NULL, 0),
               (2, 'Communiqué de mars', 'Old operator', 'https://example.test/mars', '2025-03-01', 'fr', 'Le site est choisi.', 0);
        INSERT INTO "Phases" ("Id", "CampusId", "Name", "Order", "TargetCapacityMw", "TargetDateStart", "TargetDatePrecision", "AnnouncedOnStart", "AnnouncedOnPrecision", "KnownFrom", "Version")
        VALUES (1, 1, 'Phase 1', 1, '40.0', '2026-10-01', 'Quarter', '2025-03-01', 'Day', '2025-03-01', 0),
               (2, 1, 'Phase 2', 2, NULL, NULL, NULL, '2025-03-01', 'Day', '2025-03-01', 0);
        INSERT INTO "Figures" ("Id", "CampusId", "Key", "Name", "Unit", "Order", "ReferenceRevisionId", "ReferenceNote", "Version")
        VALUES (1, 1, 'power', 'Power capacity', 'MW', 1, NULL, NULL, 0);
        INSERT INTO "FigureRevisions" ("Id", "FigureId", "Value", "Low", "High", "Qualifier", "AnnouncedOnStart", "AnnouncedOnPrecision", "KnownFrom", "Status", "SourceId", "Quote", "Note", "CorrectsRevisionId", "Scope", "RecordedAt")
        VALUES (1, 1, '40.0', NULL, NULL, 'Exact', '2025-02-01', 'Month', '2025-02-28', 'OfficialAnnouncement', 1, 'initialement prévue à 40 MW', 'Recalled in November.', NULL, 'Unknown', {0}),
               (2, 1, NULL, '70.0', '90.0', 'Approximately', '2025-06-01', 'Day', '2025-06-01', 'PressReport', NULL, NULL, NULL, NULL, 'Unknown', {0});
        INSERT INTO "Milestones" ("Id", "CampusId", "PhaseId", "Title", "Description", "Kind", "Status", "ActualDateStart", "ActualDatePrecision", "ActualSourceId", "ActualQuote", "IsArchived", "Version")
        VALUES (1, 1, NULL, 'First announcement', NULL, 'Announcement', 'Achieved', '2025-02-01', 'Month', 1, 'en février dernier', 0, 1),
               (2, 1, 1, 'Phase 1 commissioning', NULL, 'Commissioning', 'Planned', NULL, NULL, NULL, NULL, 0, 0),
               (3, 1, NULL, 'Site chosen', NULL, 'Announcement', 'Achieved', '2025-05-20', 'Day', 2, 'Le site est choisi.', 0, 0),
               (4, 1, NULL, 'Land bought', NULL, 'Other', 'Achieved', '2025-04-01', 'Month', NULL, NULL, 0, 0);
        INSERT INTO "MilestoneDateRevisions" ("Id", "MilestoneId", "AnnouncedOnStart", "AnnouncedOnPrecision", "KnownFrom", "TargetStart", "TargetPrecision", "SourceId", "Quote", "Reason", "RecordedAt")
        VALUES (1, 2, '2025-03-01', 'Day', '2025-03-01', '2026-12-01', 'Month', 2, 'mise en service en décembre 2026', NULL, {0}),
               (2, 2, '2025-06-01', 'Day', '2025-06-01', '2027-03-01', 'Month', NULL, NULL, 'Grid delay.', {0});
        """;

    [Fact]
    public async Task EverySourceAndQuoteBecomesTheFirstCitationOfItsClaim()
    {
        await using var context = _database.CreateContext();

        var figure = await context.FigureRevisions.Include(r => r.Citations).OrderBy(r => r.Id).ToListAsync();
        var dates = await context.MilestoneDateRevisions.Include(r => r.Citations).Where(r => r.Kind == MilestoneDateKind.Target).OrderBy(r => r.Id).ToListAsync();

        var cited = Assert.Single(figure[0].Citations);
        Assert.Equal((1, "initialement prévue à 40 MW", 0), (cited.SourceId, cited.Quote, cited.Order));
        Assert.Empty(figure[1].Citations);
        Assert.Equal((2, "mise en service en décembre 2026"), (Assert.Single(dates[0].Citations).SourceId, dates[0].Citations[0].Quote));
        Assert.Empty(dates[1].Citations);
        Assert.All(dates, d => Assert.Equal(ClaimStatus.OfficialAnnouncement, d.Status));
        Assert.Equal("Grid delay.", dates[1].Reason);
    }

    [Fact]
    public async Task AnActualDateBecomesAReachedClaimKnownFromTheLaterOfTheDateAndItsSourcesPublication()
    {
        await using var context = _database.CreateContext();

        var reached = await context.MilestoneDateRevisions.Include(r => r.Citations).Where(r => r.Kind == MilestoneDateKind.Reached).ToDictionaryAsync(r => r.MilestoneId);

        Assert.Equal([1, 3, 4], reached.Keys.Order());
        var february = reached[1];
        Assert.Equal((PartialDate.InMonth(2025, 2), PartialDate.OnDay(2025, 11, 24), new DateOnly(2025, 11, 24)), (february.Target, february.AnnouncedOn, february.KnownFrom));
        Assert.Equal((1, "en février dernier"), (Assert.Single(february.Citations).SourceId, february.Citations[0].Quote));
        Assert.Equal(MilestoneEdited, february.RecordedAt);
        var chosen = reached[3];
        Assert.Equal((PartialDate.OnDay(2025, 5, 20), PartialDate.OnDay(2025, 5, 20)), (chosen.Target, chosen.AnnouncedOn));
        Assert.Equal("Le site est choisi.", Assert.Single(chosen.Citations).Quote);
        Assert.Equal(Created, chosen.RecordedAt);
        var land = reached[4];
        Assert.Equal((PartialDate.InMonth(2025, 4), PartialDate.InMonth(2025, 4), new DateOnly(2025, 4, 30)), (land.Target, land.AnnouncedOn, land.KnownFrom));
        Assert.Empty(land.Citations);
        Assert.All(reached.Values, r => Assert.Equal(ClaimStatus.OfficialAnnouncement, r.Status));
        Assert.All(await context.Milestones.ToListAsync(), m => Assert.Equal(MilestoneStatus.Planned, m.Status));
    }

    [Fact]
    public async Task AsOfViewsKnowAMigratedReachedDateOnlyFromItsSourcesPublication()
    {
        var milestones = _database.Get<MilestoneService>();

        var before = await milestones.GetMilestonesAsync("old", new DateOnly(2025, 11, 23));
        var after = await milestones.GetMilestonesAsync("old", new DateOnly(2025, 11, 24));

        Assert.DoesNotContain(before!, m => m.Title == "First announcement");
        Assert.Equal(MilestoneState.Achieved, before!.Single(m => m.Title == "Site chosen").State);
        var announcement = after!.Single(m => m.Title == "First announcement");
        Assert.Equal((MilestoneState.Achieved, PartialDate.InMonth(2025, 2)), (announcement.State, announcement.ActualDate));
        Assert.Equal("Sesterce double la mise", Assert.Single(announcement.Reached!.Sources).Source.Title);
    }

    [Fact]
    public async Task APhasesPlanBecomesItsFirstPlanClaimKnownFromItsAnnouncement()
    {
        await using var context = _database.CreateContext();

        var plans = await context.PhasePlanRevisions.Include(p => p.Citations).ToListAsync();
        var campus = await _database.Get<CampusService>().GetAsync("old", new DateOnly(2025, 3, 1));

        var plan = Assert.Single(plans);
        Assert.Equal((1, PartialDate.InQuarter(2026, 4), 40m), (plan.PhaseId, plan.Target, plan.CapacityMw));
        Assert.Equal((PartialDate.OnDay(2025, 3, 1), ClaimStatus.OfficialAnnouncement, Created), (plan.AnnouncedOn, plan.Status, plan.RecordedAt));
        Assert.Empty(plan.Citations);
        var phase = campus!.Phases.Single(p => p.Name == "Phase 1");
        Assert.Equal((PartialDate.InQuarter(2026, 4), 40m), (phase.TargetDate, phase.TargetCapacityMw));
        Assert.Null(campus.Phases.Single(p => p.Name == "Phase 2").Plan);
    }

    [Fact]
    public async Task NothingIsLostAndTheMigratedStoreReadsLikeANewOne()
    {
        await using var context = _database.CreateContext();

        Assert.Equal(
            (1, 2, 2, 1, 2, 4, 5, 4, 1),
            (await context.Campuses.CountAsync(), await context.Sources.CountAsync(), await context.Phases.CountAsync(), await context.Figures.CountAsync(),
             await context.FigureRevisions.CountAsync(), await context.Milestones.CountAsync(), await context.MilestoneDateRevisions.CountAsync(),
             await context.Citations.CountAsync(), await context.PhasePlanRevisions.CountAsync()));
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(DatePrecision.Day, (await context.Sources.SingleAsync(s => s.Id == 2)).PublishedOnPrecision);
        var revision = await context.FigureRevisions.SingleAsync(r => r.Id == 2);
        Assert.Equal((70m, 90m, FigureQualifier.Approximately), (revision.Low, revision.High, revision.Qualifier));
        var power = Assert.Single((await _database.Get<FigureService>().GetFiguresAsync("old"))!);
        Assert.Equal(new DateOnly(2025, 2, 28), power.First.KnownFrom);
        Assert.Equal("Sesterce double la mise", Assert.Single(power.First.Sources).Source.Title);
        var phaseOne = (await _database.Get<MilestoneService>().GetMilestonesAsync("old"))!.Single(m => m.Title == "Phase 1 commissioning");
        Assert.Equal((PartialDate.InMonth(2027, 3), PartialDate.InMonth(2026, 12)), (phaseOne.TargetDate, phaseOne.Baseline));
    }
}
