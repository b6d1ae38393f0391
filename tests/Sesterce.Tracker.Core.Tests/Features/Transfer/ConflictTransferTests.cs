using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Transfer;

namespace Sesterce.Tracker.Core.Tests.Features.Transfer;

/// <summary>Figure claim scopes and conflict resolutions through the campus file (format version 3).</summary>
public sealed class ConflictTransferTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>, IAsyncLifetime
{
    private static readonly DateTimeOffset Recorded = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    private readonly List<TrackerDatabase> _fresh = [];

    /// <summary>
    /// Stored as the admin services store them, written straight to the database: the campus file
    /// must carry whatever a tracker holds, whichever form wrote it.
    /// </summary>
    public async Task InitializeAsync()
    {
        await using var context = db.CreateContext();
        if (await context.ConflictResolutions.AnyAsync())
        {
            return;
        }

        var article = await db.ArticleIdAsync();
        var paper = await db.AddSourceAsync("RTE précise la puissance raccordée", "2026-04-02");
        var campus = await context.Campuses.Include(c => c.Phases).Include(c => c.Figures).SingleAsync(c => c.Slug == "alixan");
        var phase = campus.Phases.Single(p => p.Name == "Phase 1");
        var power = campus.Figures.Single(f => f.Key == "power");
        FigureRevision Revision(decimal value, string announced, ClaimScopeKind kind, int? phaseId, string? label) => new()
        {
            FigureId = power.Id,
            Value = value,
            Qualifier = FigureQualifier.Exact,
            AnnouncedOn = PartialDate.Parse(announced),
            Status = ClaimStatus.PressReport,
            ScopeKind = kind,
            ScopePhaseId = phaseId,
            ScopeLabel = label,
            Citations = [new Citation { SourceId = article, Quote = "passe ainsi à 80 MW" }],
            RecordedAt = Recorded,
        };
        var phaseClaim = Revision(40, "2026-03-10", ClaimScopeKind.Phase, phase.Id, null);
        var buildingClaim = Revision(12, "2026-03-11", ClaimScopeKind.Building, null, "Bâtiment B");
        var disputed = Revision(120, "2026-03-12", ClaimScopeKind.Campus, null, null);
        context.FigureRevisions.AddRange(phaseClaim, buildingClaim, disputed);
        context.AuditEntries.Add(TrackerDatabase.TestAudit("scoped claims"));
        await context.SaveChangesAsync();

        var rejected = new ConflictResolution
        {
            FigureRevisionId = disputed.Id,
            Kind = ConflictResolutionKind.Rejected,
            Reason = "The article adds the grid connection to the IT load.",
            AnnouncedOn = PartialDate.Parse("2026-04"),
            Status = ClaimStatus.InternalEstimate,
            Citations = [new Citation { SourceId = paper, Quote = "120 MW de raccordement, 80 MW informatiques", Order = 0 }, new Citation { SourceId = article, Order = 1 }],
            RecordedAt = Recorded,
        };
        context.ConflictResolutions.Add(rejected);
        context.AuditEntries.Add(TrackerDatabase.TestAudit("rejected"));
        await context.SaveChangesAsync();
        var correction = new ConflictResolution
        {
            FigureRevisionId = disputed.Id,
            Kind = ConflictResolutionKind.DifferentScope,
            Reason = "120 MW is the grid connection, not the campus's IT power.",
            AnnouncedOn = PartialDate.Parse("2026-04-03"),
            Status = ClaimStatus.InternalEstimate,
            Citations = [new Citation { SourceId = paper, Quote = "120 MW de raccordement" }],
            CorrectsRevisionId = rejected.Id,
            RecordedAt = Recorded.AddMinutes(5),
        };
        var dateClaim = await context.MilestoneDateRevisions.OrderBy(r => r.Id).FirstAsync();
        var corroborated = new ConflictResolution
        {
            MilestoneDateRevisionId = dateClaim.Id,
            Kind = ConflictResolutionKind.Corroborated,
            AnnouncedOn = PartialDate.Parse("2026-Q2"),
            Status = ClaimStatus.OfficialAnnouncement,
            Citations = [new Citation { SourceId = article, Quote = "fin 2026" }],
            RecordedAt = Recorded.AddMinutes(10),
        };
        context.ConflictResolutions.AddRange(correction, corroborated);
        context.AuditEntries.Add(TrackerDatabase.TestAudit("corrected and corroborated"));
        await context.SaveChangesAsync();
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

    /// <summary>Every scoped claim and resolution of a database, database ids left out: what must survive the move.</summary>
    private static async Task<List<string>> ShapeAsync(TrackerDatabase database)
    {
        await using var context = database.CreateContext();
        var phases = await context.Phases.ToDictionaryAsync(p => p.Id, p => p.Name);
        var revisions = await context.FigureRevisions.OrderBy(r => r.Id).ToListAsync();
        var dates = await context.MilestoneDateRevisions.OrderBy(r => r.Id).ToListAsync();
        var sources = await context.Sources.ToDictionaryAsync(s => s.Id, s => s.Title);
        var resolutions = await context.ConflictResolutions.Include(r => r.Citations).OrderBy(r => r.Id).ToListAsync();
        var shape = revisions
            .Where(r => r.ScopeKind != ClaimScopeKind.Campus)
            .Select(r => $"{r.Value} {r.ScopeKind} {(r.ScopePhaseId is { } p ? phases[p] : null)} {r.ScopeLabel}")
            .ToList();
        string Claim(ConflictResolution r)
        {
            if (r.FigureRevisionId is { } f)
            {
                var revision = revisions.Single(x => x.Id == f);
                return $"figure claim {revision.Value} {revision.AnnouncedOn}";
            }

            var date = dates.Single(x => x.Id == r.MilestoneDateRevisionId);
            return $"date claim {date.Kind} {date.Target} {date.AnnouncedOn}";
        }

        shape.AddRange(resolutions.Select(r =>
            $"{Claim(r)} {r.Kind} {r.Reason} {r.AnnouncedOn} {r.KnownFrom} {r.Status} {r.RecordedAt:O} corrects:{resolutions.FindIndex(x => x.Id == r.CorrectsRevisionId)} "
            + string.Join(", ", r.Citations.OrderBy(c => c.Order).Select(c => $"{sources[c.SourceId]}: {c.Quote}"))));
        return shape;
    }

    [Fact]
    public async Task ScopedClaimsAndResolutionsWithTheirCorrectionAndSourcesRoundTripByteForByte()
    {
        var first = await ExportAsync(db);
        var fresh = await FreshAsync();
        var imported = await fresh.Get<CampusTransferService>().ImportAsync(first);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var second = await ExportAsync(fresh);

        Assert.Equal(first, second);
        Assert.Equal(3, imported.Summary!.Resolutions);
        Assert.Equal(await ShapeAsync(db), await ShapeAsync(fresh));

        var document = JsonSerializer.Deserialize<CampusDocument>(first, CampusDocument.Json)!;
        Assert.Equal(CampusDocument.CurrentVersion, document.Version);
        var revisions = document.Figures!.Single(f => f.Key == "power").Revisions!;
        var phase = document.Phases!.Single(p => p.Name == "Phase 1").Id;
        var scoped = revisions.Single(r => r.ClaimScope == "Phase");
        Assert.Equal((40m, phase, (string?)null), (scoped.Value!.Value, scoped.ClaimScopePhase, scoped.ClaimScopeLabel));
        var building = revisions.Single(r => r.ClaimScope == "Building");
        Assert.Equal((12m, (int?)null, "Bâtiment B"), (building.Value!.Value, building.ClaimScopePhase, building.ClaimScopeLabel));
        Assert.All(revisions.Where(r => r != scoped && r != building), r => Assert.Equal("Campus", r.ClaimScope));

        var disputed = revisions.Single(r => r.Value == 120).Id;
        Assert.Equal(3, document.Resolutions!.Count);
        var (rejected, correction, corroborated) = (document.Resolutions[0], document.Resolutions[1], document.Resolutions[2]);
        Assert.Equal((disputed, (int?)null, "Rejected", "2026-04"), (rejected.FigureRevision, rejected.DateClaim, rejected.Kind, rejected.AnnouncedOn));
        Assert.Equal("The article adds the grid connection to the IT load.", rejected.Reason);
        List<(string?, string?)> cited = [("RTE précise la puissance raccordée", "120 MW de raccordement, 80 MW informatiques"), ("Sesterce double la mise", null)];
        Assert.Equal(cited, rejected.Sources!.Select(c => (document.Sources!.Single(s => s.Id == c.Source).Title, c.Quote)));
        Assert.Equal((disputed, "DifferentScope", rejected.Id), (correction.FigureRevision, correction.Kind, correction.Corrects));
        var firstDate = document.Milestones!.SelectMany(m => m.DateRevisions!).Min(r => r.Id);
        Assert.Equal(((int?)null, firstDate, "Corroborated", (string?)null), (corroborated.FigureRevision, corroborated.DateClaim, corroborated.Kind, corroborated.Reason));
    }

    [Fact]
    public async Task AVersionTwoFileSpeaksOfTheWholeCampusAndResolvedNoConflict()
    {
        var node = JsonNode.Parse(await ExportAsync(db))!.AsObject();
        node["version"] = 2;
        node.Remove("risks");
        node.Remove("resolutions");
        foreach (var milestone in node["milestones"]!.AsArray())
        {
            milestone!.AsObject().Remove("id");
        }

        foreach (var revision in node["figures"]!.AsArray().SelectMany(f => f!["revisions"]!.AsArray()))
        {
            revision!.AsObject().Remove("claimScope");
            revision.AsObject().Remove("claimScopePhase");
            revision.AsObject().Remove("claimScopeLabel");
        }

        var fresh = await FreshAsync();
        var imported = await fresh.Get<CampusTransferService>().ImportAsync(node.ToJsonString());

        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        await using var context = fresh.CreateContext();
        Assert.All(await context.FigureRevisions.ToListAsync(), r => Assert.Equal((ClaimScopeKind.Campus, (int?)null, (string?)null), (r.ScopeKind, r.ScopePhaseId, r.ScopeLabel)));
        Assert.Equal(0, await context.ConflictResolutions.CountAsync());
    }

    [Fact]
    public async Task AScopeNamingAnUnknownPhaseAndAResolutionNamingAnUnknownClaimAreRefusedWithTheirPlaceAndNothingIsStored()
    {
        var node = JsonNode.Parse(await ExportAsync(db))!.AsObject();
        var figures = node["figures"]!.AsArray();
        var figure = figures.Select((f, i) => (f, i)).Single(x => (string?)x.f!["key"] == "power");
        var revisions = figure.f!["revisions"]!.AsArray();
        var phaseIndex = revisions.Select((r, i) => (r, i)).Single(x => (string?)x.r!["claimScope"] == "Phase").i;
        revisions[phaseIndex]!["claimScopePhase"] = 99;
        var buildingIndex = revisions.Select((r, i) => (r, i)).Single(x => (string?)x.r!["claimScope"] == "Building").i;
        revisions[buildingIndex]!["claimScopeLabel"] = null;
        revisions[0]!["claimScopeLabel"] = "Whole site";
        var resolutions = node["resolutions"]!.AsArray();
        resolutions[0]!["figureRevision"] = 999;
        resolutions[0]!["reason"] = null;
        resolutions[2]!["dateClaim"] = 998;
        resolutions[1]!["dateClaim"] = 1;

        var fresh = await FreshAsync();
        var imported = await fresh.Get<CampusTransferService>().ImportAsync(node.ToJsonString());

        Assert.Equal(TransferOutcome.Invalid, imported.Outcome);
        var at = $"figures[{figure.i}].revisions";
        (string Path, string Field, string Code)[] expected =
        [
            ($"{at}[0]", "ClaimScopeLabel", "NotForThisScope"),
            ($"{at}[{phaseIndex}]", "ClaimScopePhase", "UnknownPhase"),
            ($"{at}[{buildingIndex}]", "ClaimScopeLabel", "Required"),
            ("resolutions[0]", "Reason", "Required"),
            ("resolutions[0]", "FigureRevision", "NoSuchRevision"),
            ("resolutions[1]", "DateClaim", "ResolvesOneClaim"),
            ("resolutions[2]", "DateClaim", "UnknownDateClaim"),
        ];
        Assert.Equal(expected.Order(), imported.Errors.Select(e => (e.Path, e.Error.Field, e.Error.Code)).Order());
        await using var context = fresh.CreateContext();
        Assert.False(await context.Campuses.AnyAsync());
        Assert.False(await context.FigureRevisions.AnyAsync());
        Assert.False(await context.ConflictResolutions.AnyAsync());
    }

    [Fact]
    public async Task ACorrectionMustNameAnEarlierResolutionOfTheSameClaimNotYetCorrected()
    {
        var node = JsonNode.Parse(await ExportAsync(db))!.AsObject();
        var resolutions = node["resolutions"]!.AsArray();
        var first = resolutions[0]!.AsObject();
        resolutions[2]!["corrects"] = (int)first["id"]!;
        var again = JsonNode.Parse(resolutions[1]!.ToJsonString())!.AsObject();
        again["id"] = 50;
        resolutions.Add(again);

        var fresh = await FreshAsync();
        var imported = await fresh.Get<CampusTransferService>().ImportAsync(node.ToJsonString());

        Assert.Equal(TransferOutcome.Invalid, imported.Outcome);
        (string, string, string)[] expected = [("resolutions[2]", "Corrects", "UnknownClaim"), ("resolutions[3]", "Corrects", "AlreadyCorrected")];
        Assert.Equal(expected, imported.Errors.Select(e => (e.Path, e.Error.Field, e.Error.Code)));
    }
}
