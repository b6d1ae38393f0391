using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Transfer;

namespace Sesterce.Tracker.Core.Tests.Features.Transfer;

/// <summary>Issue 15: what the pages cannot show sensibly is refused, by the import and by the admin forms alike.</summary>
public sealed class CampusLimitTests : IAsyncLifetime
{
    private TrackerDatabase _db = default!;

    public async Task InitializeAsync() => _db = await TrackerDatabase.CreateEmptyAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static string Serialize(CampusDocument document) => JsonSerializer.Serialize(document, CampusDocument.Json);

    private async Task<bool> CampusExistsAsync()
    {
        await using var context = _db.CreateContext();
        return await context.Campuses.AnyAsync(c => c.Slug == BigCampus.Slug);
    }

    [Fact]
    public async Task AFileWithOneMilestoneTooManyIsRefusedWithOneMessageAndNothingWritten()
    {
        var result = await _db.Get<CampusTransferService>().ImportAsync(Serialize(BigCampus.Document(milestones: CampusLimits.MilestonesPerCampus + 1, revisions: 10, risks: 0, longHistory: 1)));

        Assert.Equal(TransferOutcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal("milestones", error.Path);
        Assert.Equal("TooManyMilestones", error.Error.Code);
        Assert.Equal<object>([CampusLimits.MilestonesPerCampus + 1, CampusLimits.MilestonesPerCampus], error.Error.Arguments);
        Assert.False(await CampusExistsAsync());
    }

    [Fact]
    public async Task AFigureWithMoreRevisionsThanTheLimitIsRefusedWhereItStands()
    {
        var result = await _db.Get<CampusTransferService>().ImportAsync(Serialize(BigCampus.Document(milestones: 10, revisions: CampusLimits.RevisionsPerFigure + 1, risks: 0, longHistory: 1)));

        Assert.Equal(TransferOutcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("figures[0]", "revisions", "TooManyRevisions"), (error.Path, error.Error.Field, error.Error.Code));
        Assert.False(await CampusExistsAsync());
    }

    [Fact]
    public async Task ARiskWithMoreAssessmentsThanTheLimitIsRefused()
    {
        var result = await _db.Get<CampusTransferService>().ImportAsync(Serialize(BigCampus.Document(milestones: 10, revisions: 10, risks: 1, longHistory: CampusLimits.AssessmentsPerRisk + 1)));

        Assert.Equal(TransferOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Path == "risks[1]" && e.Error.Code == "TooManyAssessments");
    }

    [Fact]
    public async Task ACampusAtItsLimitsImportsAndTheAdminFormsRefuseOneMore()
    {
        var imported = await _db.Get<CampusTransferService>().ImportAsync(Serialize(BigCampus.Document()));
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors.Take(5)));
        var source = await SourceIdAsync();

        var milestone = await _db.Get<MilestoneAdminService>().CreateAsync(
            BigCampus.Slug,
            new MilestoneInput("One too many", null, MilestoneKind.Other, MilestoneStatus.Planned, null),
            ClaimData.Date("2027-Q1", "2026-11-20", source));
        var revision = await _db.Get<FigureAdminService>().AddRevisionAsync(
            BigCampus.Slug,
            BigCampus.FigureKey,
            new RevisionInput(10, null, null, FigureQualifier.Exact, ClaimData.Claim("2026-11-20", source)));

        Assert.Equal(WriteOutcome.Invalid, milestone.Outcome);
        Assert.Contains(milestone.Errors, e => e.Code == "TooManyMilestones" && Equals(e.Arguments[0], CampusLimits.MilestonesPerCampus + 1));
        Assert.Equal(WriteOutcome.Invalid, revision.Outcome);
        Assert.Contains(revision.Errors, e => e.Code == "TooManyRevisions");
        await using var context = _db.CreateContext();
        Assert.Equal(CampusLimits.MilestonesPerCampus, await context.Milestones.CountAsync());
        Assert.Equal(CampusLimits.RevisionsPerFigure, await context.FigureRevisions.CountAsync());
    }

    private async Task<int> SourceIdAsync()
    {
        await using var context = _db.CreateContext();
        return await context.Sources.Select(s => s.Id).FirstAsync();
    }
}
