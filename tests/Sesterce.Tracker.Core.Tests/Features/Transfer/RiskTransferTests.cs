using System.Text.Json;
using System.Text.Json.Nodes;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Exports;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Core.Features.Transfer;
using static Sesterce.Tracker.Core.Tests.ClaimData;

namespace Sesterce.Tracker.Core.Tests.Features.Transfer;

/// <summary>The risk register through the campus file (format version 3) and the CSV/xlsx table.</summary>
public sealed class RiskTransferTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>, IAsyncLifetime
{
    private readonly List<TrackerDatabase> _fresh = [];

    private RiskAdminService Admin => db.Get<RiskAdminService>();

    public async Task InitializeAsync()
    {
        if ((await Admin.ListAsync("alixan"))!.Count > 0)
        {
            return;
        }

        var article = await db.ArticleIdAsync();
        var paper = await db.AddSourceAsync("RTE confirme un retard", "2026-06-02");
        var milestone = (await Admin.MilestonesAsync("alixan"))[0];
        var phase = (await Admin.PhasesAsync("alixan"))[^1];
        var claim = (await Admin.DateClaimsAsync("alixan"))[0];
        var created = await Admin.CreateAsync(
            "alixan",
            new RiskInput("Grid connection delayed", "The 400 kV line is not confirmed.", RiskCategory.GridConnection, "RTE", [milestone.Id], [phase.Id], [claim.Id]),
            new RiskAssessmentInput(RiskState.Open, RiskLevel.Medium, RiskLevel.High, Claim("2025-11-24", [Cite(article, "le raccordement reste à confirmer")], ClaimStatus.PressReport)));
        Assert.True(created.Succeeded, Errors(created));
        var id = created.Id!.Value;
        var first = (await Admin.GetForEditAsync(id))!;
        var corrected = await Admin.CorrectAssessmentAsync(
            id, first.Assessments[0].Id,
            new RiskAssessmentInput(RiskState.Open, RiskLevel.Low, RiskLevel.High, Claim("2025-11-24", [Cite(article, "le raccordement reste à confirmer")], ClaimStatus.PressReport)),
            "Likelihood misread.", first.Version);
        Assert.True(corrected.Succeeded, Errors(corrected));
        var materialised = await Admin.AddAssessmentAsync(
            id,
            new RiskAssessmentInput(RiskState.Materialised, RiskLevel.High, RiskLevel.High, Claim("2026-06-02", [Cite(paper, "retard de six mois"), Cite(article, null)], note: "RTE confirmed a six-month delay.")),
            corrected.Version!.Value);
        Assert.True(materialised.Succeeded, Errors(materialised));

        var archived = await Admin.CreateAsync(
            "alixan",
            new RiskInput("Entered twice", null, RiskCategory.Other, null, [], [], []),
            new RiskAssessmentInput(RiskState.Closed, RiskLevel.Low, RiskLevel.Low, Claim("2025-11-24", article)));
        Assert.True((await Admin.SetArchivedAsync(archived.Id!.Value, true, "Duplicate.", archived.Version!.Value)).Succeeded);
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

    /// <summary>A risk as the register shows it, with database ids left out: what must survive the move.</summary>
    private static object Shape(RiskView r) => new
    {
        r.Title,
        r.Description,
        r.Category,
        r.Owner,
        r.State,
        r.Severity,
        Threatens = string.Join(" | ", r.Threatens.Select(t => $"{(t.MilestoneId is null ? "phase" : "milestone")} {t.Name}")),
        Consequences = string.Join(" | ", r.Consequences.Select(c => $"{c.MilestoneTitle} {c.Claim.Kind} {c.Claim.Date} {c.Claim.AnnouncedOn}")),
        History = string.Join(" | ", r.History.Select(a =>
            $"{a.State} {a.Likelihood} {a.Impact} {a.AnnouncedOn} {a.Status} {a.Reason} corrected:{a.CorrectedByRevisionId is not null} corrects:{a.CorrectsRevisionId is not null} "
            + string.Join(", ", a.Sources.Select(s => $"{s.Source.Title}: {s.Quote}")))),
    };

    [Fact]
    public async Task TheRegisterRoundTripsWithItsThreatsConsequencesCorrectionsAndCitations()
    {
        var first = await ExportAsync(db);
        var fresh = await FreshAsync();
        var imported = await fresh.Get<CampusTransferService>().ImportAsync(first);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var second = await ExportAsync(fresh);

        Assert.Equal(first, second);
        Assert.Equal((2, 4), (imported.Summary!.Risks, imported.Summary.RiskAssessments));
        var document = JsonSerializer.Deserialize<CampusDocument>(first, CampusDocument.Json)!;
        Assert.Equal(CampusDocument.CurrentVersion, document.Version);
        var risk = document.Risks!.Single(r => r.Title == "Grid connection delayed");
        Assert.Equal(3, risk.Assessments!.Count);
        Assert.Equal(risk.Assessments[0].Id, risk.Assessments[1].Corrects);

        var before = (await db.Get<RiskService>().ListAsync("alixan"))!;
        var after = (await fresh.Get<RiskService>().ListAsync("alixan"))!;
        Assert.Equal(before.Select(Shape), after.Select(Shape));
        var moved = Assert.Single(after);
        Assert.Equal(2, moved.Threatens.Count);
        Assert.Single(moved.Consequences);
        Assert.Equal(RiskState.Materialised, moved.State);
        Assert.Equal(["RTE confirme un retard", "Sesterce double la mise"], moved.Current.Sources.Select(s => s.Source.Title));

        var archived = (await fresh.Get<RiskAdminService>().ListAsync("alixan"))!.Single(r => r.Title == "Entered twice");
        Assert.True(archived.IsArchived);
    }

    [Fact]
    public async Task AVersionTwoFileWithoutRisksOrMilestoneIdsStillImports()
    {
        var node = JsonNode.Parse(await ExportAsync(db))!.AsObject();
        node["version"] = 2;
        node.Remove("risks");
        foreach (var milestone in node["milestones"]!.AsArray())
        {
            milestone!.AsObject().Remove("id");
        }

        var fresh = await FreshAsync();
        var imported = await fresh.Get<CampusTransferService>().ImportAsync(node.ToJsonString());

        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        Assert.Equal(0, imported.Summary!.Risks);
        Assert.Empty((await fresh.Get<RiskService>().ListAsync("alixan"))!);
    }

    [Fact]
    public async Task ARiskNamingAMilestoneOrClaimTheFileDoesNotHoldIsRefusedWithItsPlace()
    {
        var node = JsonNode.Parse(await ExportAsync(db))!.AsObject();
        var risk = node["risks"]![0]!.AsObject();
        risk["threatenedMilestones"] = new JsonArray(999);
        risk["consequences"] = new JsonArray(998);
        risk["assessments"]![0]!["state"] = "Vanished";

        var fresh = await FreshAsync();
        var imported = await fresh.Get<CampusTransferService>().ImportAsync(node.ToJsonString());

        Assert.Equal(TransferOutcome.Invalid, imported.Outcome);
        Assert.Contains(imported.Errors, e => e.Path == "risks[0]" && e.Error.Code == "UnknownMilestone");
        Assert.Contains(imported.Errors, e => e.Path == "risks[0]" && e.Error.Code == "UnknownDateClaim");
        Assert.Contains(imported.Errors, e => e.Path == "risks[0].assessments[0]" && e.Error.Field == "State" && e.Error.Code == "UnknownChoice");
    }

    [Fact]
    public async Task TheExportTableHasOneRowPerAssessmentWithTheRisksFieldsSourcesAndQuotes()
    {
        var file = (await db.Get<ExportService>().RisksAsync("alixan", null))!;

        var rows = file.Table.Rows;
        Assert.Equal("alixan-risks-asof-2026-11-25", file.BaseName);
        Assert.Equal(3, rows.Count);
        object? Cell(int row, string column) => rows[row][file.Table.Columns.ToList().IndexOf(column)];
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal("Grid connection delayed", Cell(i, "Title")));
        Assert.Equal(["Open", "Open", "Materialised"], Enumerable.Range(0, 3).Select(i => Cell(i, "State")));
        Assert.Equal([false, false, true], Enumerable.Range(0, 3).Select(i => Cell(i, "IsCurrent")));
        Assert.Equal((object?)"Materialised", Cell(0, "CurrentState"));
        Assert.Equal(Cell(1, "AssessmentId"), Cell(0, "CorrectedBy"));
        Assert.Equal("RTE confirmed a six-month delay.", Cell(2, "Reason"));
        Assert.Equal("RTE confirme un retard\nSesterce double la mise", Cell(2, "SourceTitle"));
        Assert.Equal("retard de six mois\n", Cell(2, "Quote"));
        Assert.Equal(2, ((string)Cell(2, "Threatens")!).Split('\n').Length);
        Assert.Equal("2026-06-02", Cell(2, "AnnouncedOn"));
        Assert.Equal(9, Cell(2, "Severity"));
    }
}
