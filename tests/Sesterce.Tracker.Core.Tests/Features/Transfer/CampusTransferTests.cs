using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Features.Transfer;

namespace Sesterce.Tracker.Core.Tests.Features.Transfer;

public sealed class CampusTransferTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>, IAsyncLifetime
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

    private static async Task<string> ExportAsync(TrackerDatabase database, string slug)
    {
        var export = await database.Get<CampusTransferService>().ExportAsync(slug);
        Assert.Equal(TransferOutcome.Done, export.Outcome);
        return export.Json!;
    }

    private static string Serialize(CampusDocument document) => JsonSerializer.Serialize(document, CampusDocument.Json);

    [Fact]
    public async Task ExportingAlixanImportingItIntoAFreshTrackerAndExportingAgainGivesTheSameFile()
    {
        var first = await ExportAsync(db, "alixan");

        var fresh = await FreshAsync();
        var imported = await fresh.Get<CampusTransferService>().ImportAsync(first);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var second = await ExportAsync(fresh, "alixan");

        Assert.Equal(first, second);
        var root = JsonNode.Parse(first)!;
        Assert.Equal("sesterce-tracker.campus", (string?)root["format"]);
        Assert.Equal(CampusDocument.CurrentVersion, (int?)root["version"]);
        Assert.Equal(3, root["figures"]!.AsArray().Count);
        Assert.Contains("\"Drôme, Auvergne-Rhône-Alpes\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostileCampusArrivesUnchangedAndSurvivesTheRoundTrip()
    {
        var source = await db.Get<CampusTransferService>().ImportAsync(Serialize(HostileCampus.Document()));
        Assert.True(source.Succeeded, string.Join("; ", source.Errors));
        var first = await ExportAsync(db, HostileCampus.Slug);

        var fresh = await FreshAsync();
        var imported = await fresh.Get<CampusTransferService>().ImportAsync(first);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var second = await ExportAsync(fresh, HostileCampus.Slug);

        Assert.Equal(first, second);
        var back = JsonSerializer.Deserialize<CampusDocument>(first, CampusDocument.Json)!;
        var sent = HostileCampus.Document();
        Assert.Equal(sent.Campus!.Name, back.Campus!.Name);
        Assert.Equal(sent.Campus.Description, back.Campus.Description);
        Assert.Equal(sent.Campus.Commune, back.Campus.Commune);
        Assert.Equal(sent.Campus.Purposes, back.Campus.Purposes);
        var gpus = back.Figures!.Single(f => f.Key == "gpus");
        Assert.Equal([1_000_000_000_000_000m, null, 0m], gpus.Revisions!.Select(r => r.Value));
        Assert.Equal(0.0000000000000000000000000001m, gpus.Revisions![1].Low);
        Assert.Equal(1234567890.123456789012345678m, gpus.Revisions![1].High);
        Assert.Equal([null, 1, 2], gpus.Revisions!.Select(r => r.Corrects));
        Assert.Equal(3, gpus.Reference!.Revision);
        Assert.Equal(HostileCampus.ImageTag, gpus.Reference.Note);
        Assert.Equal([(HostileCampus.Long(2000), "Script"), (HostileCampus.Emoji, "Long"), (null, "Emoji")], Cited(back, gpus.Revisions![0].Sources!));
        Assert.Equal("2025-H1", back.Figures!.Single(f => f.Key == "investment").Revisions![0].AnnouncedOn);

        var milestone = back.Milestones![0];
        Assert.True(milestone.CommissionsPhase);
        Assert.Equal(["Target", "Target", "Reached", "Reached", "Target"], milestone.DateRevisions!.Select(r => r.Kind));
        Assert.Equal(["2100", "2000-01-01", "2026-Q3", null, null], milestone.DateRevisions!.Select(r => r.Target));
        Assert.Equal([null, null, null, null, 1], milestone.DateRevisions!.Select(r => r.Corrects));
        Assert.Equal(["PressReport", "OfficialAnnouncement", "OfficialAnnouncement", "InternalEstimate", "Approved"], milestone.DateRevisions!.Select(r => r.Status));
        Assert.Equal([(null, "Long"), (HostileCampus.Script, "Script")], Cited(back, milestone.DateRevisions![1].Sources!));
        Assert.Equal(new DateTimeOffset(2100, 12, 31, 23, 59, 59, 999, TimeSpan.Zero), milestone.DateRevisions![1].RecordedAt);
        Assert.True(back.Milestones[1].Archived);

        var plans = back.Phases!.SelectMany(p => p.Plans!).ToList();
        Assert.Equal(["2100-12", "2100-H2", null], plans.Select(p => p.Target));
        Assert.Equal([null, 1, null], plans.Select(p => p.Corrects));
        Assert.Equal("2026-H2", plans[2].AnnouncedOn);
        Assert.Equal([(HostileCampus.Emoji, "Script"), (null, "Long")], Cited(back, plans[0].Sources!));
        Assert.All(back.Phases!, p => Assert.Null(p.TargetDate));
        Assert.Equal("2025-07", back.Sources!.Single(s => s.Title == HostileCampus.Emoji).PublishedOn);
        Assert.Equal("2100-Q4", back.Benchmarks!.Single(b => b.Key == "hostile-bench").Period);
    }

    /// <summary>Each citation as (quote, which source): the source named by its title's kind, since document ids are renumbered.</summary>
    private static List<(string? Quote, string Source)> Cited(CampusDocument document, List<CitationPart> citations) =>
        [.. citations.Select(c =>
        {
            var title = document.Sources!.Single(s => s.Id == c.Source).Title;
            return (c.Quote, title == HostileCampus.Script ? "Script" : title == HostileCampus.Emoji ? "Emoji" : "Long");
        })];

    [Fact]
    public async Task AnImportAddsOneAuditEntryAndReusesSourcesEqualInEveryField()
    {
        var file = await ExportAsync(db, "alixan");
        int sourcesBefore, auditBefore;
        await using (var context = db.CreateContext())
        {
            sourcesBefore = await context.Sources.CountAsync();
            auditBefore = await context.AuditEntries.CountAsync();
        }

        var result = await db.Get<CampusTransferService>().ImportAsync(file, asSlug: "alixan-copy", fileName: "alixan.json");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("alixan-copy", result.Slug);
        Assert.Equal(0, result.Summary!.SourcesCreated);
        Assert.Equal(1, result.Summary.SourcesReused);
        Assert.Equal(0, result.Summary.BenchmarksCreated);
        await using var after = db.CreateContext();
        Assert.Equal(sourcesBefore, await after.Sources.CountAsync());
        var entry = Assert.Single(await after.AuditEntries.Skip(auditBefore).ToListAsync());
        Assert.Equal(("Campus", "alixan-copy", "Imported", "alixan-copy"), (entry.EntityType, entry.EntityId, entry.Action, entry.CampusSlug));
        Assert.Equal("Imported from the file alixan.json.", entry.Reason);
        Assert.Contains("\"field\":\"Revisions\"", entry.Changes, StringComparison.Ordinal);
        var copy = await ExportAsync(db, "alixan-copy");
        Assert.Equal(file.Replace("\"slug\": \"alixan\"", "\"slug\": \"alixan-copy\"", StringComparison.Ordinal), copy);
    }

    [Fact]
    public async Task AnImportUnderATakenSlugIsRefusedAndSaysHowToImportUnderAnother()
    {
        var file = await ExportAsync(db, "alixan");
        var before = await RowCountsAsync(db);

        var result = await db.Get<CampusTransferService>().ImportAsync(file);

        Assert.Equal(TransferOutcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("campus.slug", "Slug", "SlugTaken"), (error.Path, error.Error.Field, error.Error.Code));
        Assert.Equal(before, await RowCountsAsync(db));
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "not json at all", "", "NotJson" },
        { "[1, 2]", "", "NotACampusDocument" },
        { """{"format":"something-else","version":1}""", "", "UnknownFormat" },
        { """{"format":"sesterce-tracker.campus","version":6}""", "", "UnknownVersion" },
        { """{"format":"sesterce-tracker.campus","version":0}""", "", "UnknownVersion" },
        { """{"format":"sesterce-tracker.campus"}""", "", "UnknownVersion" },
        { """{"format":"sesterce-tracker.campus","version":1,"campus":null}""", "campus", "Required" },
        { """{"format":"sesterce-tracker.campus","version":1,"surprise":true}""", "", "NotJson" },
        { """{"format":"sesterce-tracker.campus","version":1,"version":1}""", "", "NotJson" },
        { """{"format":"sesterce-tracker.campus","version":1,"phases":[{"id":1,"order":1e400}]}""", "", "NotJson" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task AFileThatIsNotACampusDocumentOfAKnownVersionIsRefusedWithTheReason(string json, string path, string code)
    {
        var before = await RowCountsAsync(db);

        var result = await db.Get<CampusTransferService>().ImportAsync(json);

        Assert.Equal(TransferOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Error.Code == code && e.Path.StartsWith(path, StringComparison.Ordinal));
        Assert.Equal(before, await RowCountsAsync(db));
    }

    [Fact]
    public async Task EveryProblemOfAFileIsReportedWithItsPlaceAndNothingIsWritten()
    {
        var document = HostileCampus.Document();
        document.Campus!.Slug = "broken-campus";
        document.Campus.Name = "  ";
        document.Sources!.Add(new SourcePart { Id = 7, Title = "A second source 7", Language = "en" });
        document.Sources[0].Url = "javascript:alert(1)";
        document.Phases![0].Id = null;
        document.Phases[1].Plans![0].CapacityMw = -1;
        document.Phases[0].Plans![1].Sources = [document.Phases[0].Plans![0].Sources![1], document.Phases[0].Plans![0].Sources![1]];
        document.Phases[0].TargetDate = "2026-12";
        document.Milestones![0].Phase = 99;
        document.Milestones[0].DateRevisions![0].Sources![0].Source = 42;
        document.Milestones[0].DateRevisions![1].Target = "0000-13";
        document.Milestones[0].DateRevisions![3].Corrects = 2;
        document.Milestones[0].DateRevisions![4].Kind = "Achieved";
        document.Milestones[1].Kind = "1";
        document.Milestones[1].DateRevisions = [new DateRevisionPart { Id = 9, Kind = "Reached", AnnouncedOn = "2026-11-25", Target = "2026-12", Sources = [], RecordedAt = DateTimeOffset.UnixEpoch }];
        document.Figures![0].Revisions![1].Corrects = 1;
        document.Figures[0].Revisions![2].AnnouncedOn = "2027-01-01";
        document.Figures[0].Reference!.Revision = 1;
        document.Figures[1].Revisions![0].Value = 1_000_000_000_001m;
        document.Figures[2].Key = "gpus";
        document.Benchmarks![0].Currency = "euro";
        var before = await RowCountsAsync(db);

        var result = await db.Get<CampusTransferService>().ImportAsync(Serialize(document));

        Assert.Equal(TransferOutcome.Invalid, result.Outcome);
        var found = result.Errors.Select(e => $"{e.Path} {e.Error.Field} {e.Error.Code}").ToList();
        Assert.Equal(
            [
                "campus Name Required",
                "sources[0] Url NotAWebAddress",
                "sources[3] Id DuplicateId",
                "phases[0] Id Required",
                "phases[0] TargetDate PlanTwice",
                "phases[0].plans[1] Sources[1].SourceId SourceTwice",
                "phases[1].plans[0] TargetCapacityMw Negative",
                "milestones[0] PhaseId UnknownPhase",
                "milestones[0].dateRevisions[0] Sources[0].SourceId UnknownSource",
                "milestones[0].dateRevisions[1] Target NotADate",
                "milestones[0].dateRevisions[3] Corrects UnknownRevision",
                "milestones[0].dateRevisions[4] Kind UnknownChoice",
                "milestones[0].dateRevisions[4] Corrects UnknownRevision",
                "milestones[1] Kind UnknownChoice",
                "milestones[1].dateRevisions[0] RecordedAt DateOutOfRange",
                "milestones[1].dateRevisions[0] ReachedDate DateInFuture",
                "figures[0].revisions[1] Corrects UnknownRevision",
                "figures[0].revisions[2] ReportedOn DateInFuture",
                "figures[0].reference Revision UnknownRevision",
                "figures[1].revisions[0] Value NumberAboveMax",
                "figures[2] Key KeyTaken",
                "benchmarks[0] Currency TooLong",
                "benchmarks[0] Currency NotACurrency",
            ],
            found);
        Assert.Equal(before, await RowCountsAsync(db));
    }

    [Fact]
    public async Task AViewerCannotExportBecauseTheFileHoldsTheInvestmentLedgerAndOnlyAnAdminMayImport()
    {
        var file = await ExportAsync(db, "alixan");
        var service = db.Get<CampusTransferService>();
        try
        {
            db.Callers.Current = TestCallers.Viewer;
            var viewerExport = await service.ExportAsync("alixan");
            var viewerImport = await service.ImportAsync(file, "viewer-copy");
            db.Callers.Current = new Core.Identity.Caller("user-erin", "erin@example.test", Core.Identity.TrackerRoles.Executive);
            var executiveExport = await service.ExportAsync("alixan");
            var executiveImport = await service.ImportAsync(file, "executive-copy");

            Assert.Equal((TransferOutcome.Forbidden, null), (viewerExport.Outcome, viewerExport.Json));
            Assert.Equal(TransferOutcome.Forbidden, viewerImport.Outcome);
            Assert.Equal(TransferOutcome.Done, executiveExport.Outcome);
            Assert.Contains("\"key\": \"investment\"", executiveExport.Json, StringComparison.Ordinal);
            Assert.Equal(TransferOutcome.Forbidden, executiveImport.Outcome);
        }
        finally
        {
            db.Callers.Current = TestCallers.Admin;
        }

        await using var context = db.CreateContext();
        Assert.False(await context.Campuses.AnyAsync(c => c.Slug == "viewer-copy" || c.Slug == "executive-copy"));
    }

    [Fact]
    public async Task AnUnknownCampusIsNotFoundAndAnOddSlugNeverReachesTheFileName()
    {
        var service = db.Get<CampusTransferService>();

        var export = await service.ExportAsync("../../etc/passwd");

        Assert.Equal(TransferOutcome.NotFound, export.Outcome);
        Assert.Equal("campus-campus-2026-11-25.json", export.FileName);
        Assert.Equal("alixan-campus-2026-11-25.json", service.FileName("alixan"));
    }

    /// <summary>Rows of every table: an import that is refused must leave all of them as they were.</summary>
    internal static async Task<Dictionary<string, int>> RowCountsAsync(TrackerDatabase database)
    {
        await using var context = database.CreateContext();
        return new Dictionary<string, int>
        {
            ["Campuses"] = await context.Campuses.CountAsync(),
            ["People"] = await context.CampusPeople.CountAsync(),
            ["Phases"] = await context.Phases.CountAsync(),
            ["Milestones"] = await context.Milestones.CountAsync(),
            ["DateRevisions"] = await context.MilestoneDateRevisions.CountAsync(),
            ["Figures"] = await context.Figures.CountAsync(),
            ["FigureRevisions"] = await context.FigureRevisions.CountAsync(),
            ["Sources"] = await context.Sources.CountAsync(),
            ["Benchmarks"] = await context.Benchmarks.CountAsync(),
            ["AuditEntries"] = await context.AuditEntries.CountAsync(),
        };
    }
}
