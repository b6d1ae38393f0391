using System.Text.Json;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Transfer;
using static Sesterce.Tracker.Core.Tests.ClaimData;

namespace Sesterce.Tracker.Core.Tests.Features.Transfer;

/// <summary>Claims through export and import: several sources in order (format version 2), and version 1 files converted.</summary>
public sealed class ClaimTransferTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>, IAsyncLifetime
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

    private static async Task ImportAsync(TrackerDatabase database, string json)
    {
        var result = await database.Get<CampusTransferService>().ImportAsync(json);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    private static List<(string? Title, string? Quote)> Cited(CampusDocument document, List<CitationPart>? citations) =>
        [.. (citations ?? []).Select(c => (document.Sources!.Single(s => s.Id == c.Source).Title, c.Quote))];

    [Fact]
    public async Task AClaimWithTwoSourcesRoundTripsWithBothSourcesAndQuotesInOrder()
    {
        var article = await db.ArticleIdAsync();
        var paper = await db.AddSourceAsync("Le supercalculateur d'Alixan", "2025-12-02");
        var both = Claim("2025-12-02", [Cite(paper, "80 mégawatts confirmés"), Cite(article, "passe ainsi à 80 MW")]);
        var revision = await db.Get<FigureAdminService>().AddRevisionAsync("alixan", "power", new RevisionInput(80, null, null, FigureQualifier.Exact, both));
        var milestone = (await db.Get<MilestoneAdminService>().ListAsync("alixan"))!.Single(m => m.Title == "Full 80 MW in operation").Id;
        var date = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, new DateClaimInput("2027-H2", both with { Status = ClaimStatus.PressReport }));
        var phase = (await db.Get<CampusAdminService>().PhasesAsync("alixan")).Single(p => p.Values.Name == "Full 80 MW").Id;
        var plan = await db.Get<CampusAdminService>().AddPlanAsync(phase, new PhasePlanInput("2027-12", 80, both));
        Assert.All(new[] { revision, date, plan }, r => Assert.True(r.Succeeded, Errors(r)));

        var first = await ExportAsync(db, "alixan");
        var fresh = await FreshAsync();
        await ImportAsync(fresh, first);
        var second = await ExportAsync(fresh, "alixan");

        Assert.Equal(first, second);
        var document = JsonSerializer.Deserialize<CampusDocument>(first, CampusDocument.Json)!;
        Assert.Equal(CampusDocument.CurrentVersion, document.Version);
        Assert.Equal(2, document.Sources!.Count);
        List<(string?, string?)> expected = [("Le supercalculateur d'Alixan", "80 mégawatts confirmés"), ("Sesterce double la mise", "passe ainsi à 80 MW")];
        Assert.Equal(expected, Cited(document, document.Figures!.Single(f => f.Key == "power").Revisions![^1].Sources));
        Assert.Equal(expected, Cited(document, document.Milestones!.Single(m => m.Title == "Full 80 MW in operation").DateRevisions![^1].Sources));
        Assert.Equal(expected, Cited(document, document.Phases!.Single(p => p.Name == "Full 80 MW").Plans![^1].Sources));

        var power = (await fresh.Get<FigureService>().GetFiguresAsync("alixan"))!.Single(f => f.Key == "power");
        Assert.Equal(expected, power.Latest.Sources.Select(c => ((string?)c.Source.Title, c.Quote)));
        var full = (await fresh.Get<MilestoneService>().GetMilestonesAsync("alixan"))!.Single(m => m.Title == "Full 80 MW in operation");
        Assert.Equal(expected, full.TargetChallenger!.Sources.Select(c => ((string?)c.Source.Title, c.Quote)));
    }

    /// <summary>A campus file as version 1 wrote it: one source per revision, an actual date with its source, a phase's plan as plain fields.</summary>
    private const string VersionOne = """
        {
          "format": "sesterce-tracker.campus",
          "version": 1,
          "campus": {
            "slug": "legacy", "name": "Legacy campus", "operator": "Legacy operator", "commune": "Valence", "businessPark": null,
            "region": "Drôme", "country": "France", "description": "Written by version 1.", "purposes": ["AI training"], "people": []
          },
          "sources": [
            { "id": 1, "title": "Communiqué de lancement", "publisher": "Legacy operator", "url": null, "publishedOn": "2025-03-10", "language": "fr", "excerpt": null },
            { "id": 2, "title": "Le terrain est acquis", "publisher": "Le Dauphiné", "url": "https://example.test/terrain", "publishedOn": "2025-09-20", "language": "fr", "excerpt": null }
          ],
          "phases": [
            { "id": 1, "name": "Phase 1", "order": 1, "targetCapacityMw": 40, "targetDate": "2026-Q4", "announcedOn": "2025-03-10" },
            { "id": 2, "name": "Phase 2", "order": 2, "targetCapacityMw": null, "targetDate": null, "announcedOn": "2025-03-10" }
          ],
          "milestones": [
            {
              "title": "Site acquired", "description": null, "kind": "Announcement", "status": "Achieved", "phase": null,
              "actualDate": "2025-06-02", "actualSource": 2, "actualQuote": "le terrain a été acquis le 2 juin", "archived": false, "dateRevisions": []
            },
            {
              "title": "Phase 1 commissioning", "description": null, "kind": "Commissioning", "status": "Planned", "phase": 1,
              "actualDate": null, "actualSource": null, "actualQuote": null, "archived": false,
              "dateRevisions": [
                { "announcedOn": "2025-03-10", "target": "2026-12", "source": 1, "quote": "mise en service en décembre 2026", "reason": null, "recordedAt": "2025-03-10T09:00:00+00:00" },
                { "announcedOn": "2025-09-20", "target": "2027-03", "source": 2, "quote": "repoussée à mars 2027", "reason": "Grid connection later.", "recordedAt": "2025-09-21T09:00:00+00:00" }
              ]
            }
          ],
          "figures": [
            {
              "key": "power", "name": "Power capacity", "unit": "MW", "reference": null,
              "revisions": [
                { "id": 1, "value": 40, "low": null, "high": null, "qualifier": "Exact", "announcedOn": "2025-03-10", "status": "OfficialAnnouncement", "scope": "Unknown",
                  "source": 1, "quote": "40 MW", "note": null, "corrects": null, "recordedAt": "2025-03-10T09:00:00+00:00" }
              ]
            }
          ],
          "benchmarks": []
        }
        """;

    [Fact]
    public async Task AVersionOneFileStillImportsConvertedAsDocumented()
    {
        var fresh = await FreshAsync();

        await ImportAsync(fresh, VersionOne);

        // One source per revision becomes that claim's only citation, with its quote.
        var power = Assert.Single((await fresh.Get<FigureService>().GetFiguresAsync("legacy"))!);
        Assert.Equal(("Communiqué de lancement", "40 MW"), (Assert.Single(power.Latest.Sources).Source.Title, power.Latest.Sources[0].Quote));
        var milestones = fresh.Get<MilestoneService>();
        var phaseOne = (await milestones.GetMilestonesAsync("legacy"))!.Single(m => m.Title == "Phase 1 commissioning");
        Assert.Equal([ClaimStatus.OfficialAnnouncement, ClaimStatus.OfficialAnnouncement], phaseOne.DateHistory.Select(r => r.Status));
        Assert.Equal((PartialDate.InMonth(2027, 3), PartialDate.InMonth(2026, 12)), (phaseOne.TargetDate, phaseOne.Baseline));
        Assert.Equal("repoussée à mars 2027", Assert.Single(phaseOne.Target!.Sources).Quote);
        Assert.Equal("Grid connection later.", phaseOne.Target.Reason);
        Assert.False(phaseOne.CommissionsPhase);

        // The actual date becomes a reached claim with its source, known from the source's publication, which came later.
        var before = (await milestones.GetMilestonesAsync("legacy", new DateOnly(2025, 9, 19)))!;
        var acquired = (await milestones.GetMilestonesAsync("legacy", new DateOnly(2025, 9, 20)))!.Single(m => m.Title == "Site acquired");
        Assert.DoesNotContain(before, m => m.Title == "Site acquired");
        Assert.Equal(MilestoneState.Achieved, acquired.State);
        Assert.Equal(PartialDate.OnDay(2025, 6, 2), acquired.ActualDate);
        Assert.Equal(PartialDate.OnDay(2025, 9, 20), acquired.Reached!.AnnouncedOn);
        Assert.Equal(("Le terrain est acquis", "le terrain a été acquis le 2 juin"), (Assert.Single(acquired.Reached.Sources).Source.Title, acquired.Reached.Sources[0].Quote));
        Assert.Equal(MilestoneStatus.Planned, (await fresh.Get<MilestoneAdminService>().GetForEditAsync(acquired.Id))!.Values.Status);

        // A phase's plan becomes its first plan claim, official, known from the phase's announcement.
        var campus = (await fresh.Get<CampusService>().GetAsync("legacy"))!;
        var planned = campus.Phases.Single(p => p.Name == "Phase 1");
        Assert.Equal((PartialDate.InQuarter(2026, 4), 40m), (planned.TargetDate, planned.TargetCapacityMw));
        Assert.Equal((ClaimStatus.OfficialAnnouncement, PartialDate.OnDay(2025, 3, 10)), (planned.Plan!.Status, planned.Plan.AnnouncedOn));
        Assert.Empty(planned.Plan.Sources);
        Assert.Null(campus.Phases.Single(p => p.Name == "Phase 2").Plan);
    }

    [Fact]
    public async Task AVersionOneFileExportsAsVersionTwoThatImportsAgainUnchanged()
    {
        var fresh = await FreshAsync();
        await ImportAsync(fresh, VersionOne);

        var first = await ExportAsync(fresh, "legacy");
        var again = await FreshAsync();
        await ImportAsync(again, first);
        var second = await ExportAsync(again, "legacy");

        Assert.Equal(first, second);
        var document = JsonSerializer.Deserialize<CampusDocument>(first, CampusDocument.Json)!;
        Assert.Equal(CampusDocument.CurrentVersion, document.Version);
        Assert.All(document.Phases!, p => Assert.Null(p.TargetDate));
        Assert.All(document.Milestones!, m => Assert.Null(m.ActualDate));
        var reached = document.Milestones!.Single(m => m.Title == "Site acquired").DateRevisions!.Single();
        Assert.Equal(("Reached", "2025-06-02", "2025-09-20"), (reached.Kind, reached.Target, reached.AnnouncedOn));
        Assert.Equal([("Le terrain est acquis", "le terrain a été acquis le 2 juin")], Cited(document, reached.Sources));
        Assert.DoesNotContain("\"actualDate\"", first, StringComparison.Ordinal);
        var power = document.Figures!.Single().Revisions!.Single();
        Assert.Null(power.Source);
        Assert.Equal([("Communiqué de lancement", "40 MW")], Cited(document, power.Sources));
    }

    [Fact]
    public async Task AVersionTwoFileCannotMixAPlanAndTheVersionOnePhaseFields()
    {
        var fresh = await FreshAsync();
        var json = VersionOne.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal)
            .Replace("\"targetDate\": \"2026-Q4\",", "\"targetDate\": \"2026-Q4\", \"plans\": [],", StringComparison.Ordinal);

        var result = await fresh.Get<CampusTransferService>().ImportAsync(json);

        Assert.Equal(TransferOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Path == "phases[0]" && e.Error.Code == "PlanTwice");
    }
}
