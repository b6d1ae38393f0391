using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Risks;

namespace Sesterce.Tracker.Core.Tests.Features.Risks;

public class RiskAdminTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private RiskAdminService Admin => db.Get<RiskAdminService>();

    private static RiskInput Risk(string? title = "Grid connection delayed", IReadOnlyList<int>? milestones = null, IReadOnlyList<int>? phases = null, IReadOnlyList<int>? consequences = null) =>
        new(title, "RTE has not confirmed the 400 kV line.", RiskCategory.GridConnection, "RTE", milestones ?? [], phases ?? [], consequences ?? []);

    private async Task<RiskAssessmentInput> AssessmentAsync(RiskState state = RiskState.Open, string reportedOn = "2026-11-20", string? note = null, RiskLevel likelihood = RiskLevel.Medium) =>
        new(state, likelihood, RiskLevel.High, ClaimData.Claim(reportedOn, await db.ArticleIdAsync(), quote: "le raccordement n'est pas confirmé", note: note));

    private async Task<(int Risks, int Assessments, int Audit)> CountsAsync()
    {
        await using var context = db.CreateContext();
        return (await context.Risks.CountAsync(), await context.RiskAssessments.CountAsync(), await context.AuditEntries.CountAsync());
    }

    private async Task<RiskEdit> CreateAsync(string title = "Grid connection delayed")
    {
        var created = await Admin.CreateAsync("alixan", Risk(title), await AssessmentAsync());
        Assert.True(created.Succeeded, ClaimData.Errors(created));
        return (await Admin.GetForEditAsync(created.Id!.Value))!;
    }

    [Fact]
    public async Task CreatingARiskStoresItsLinksAndFirstAssessmentWithOneAuditEntryAndTheRegisterShowsIt()
    {
        var milestone = (await Admin.MilestonesAsync("alixan"))[0];
        var phase = (await Admin.PhasesAsync("alixan"))[0];
        var claim = (await Admin.DateClaimsAsync("alixan"))[0];
        var before = await CountsAsync();

        var result = await Admin.CreateAsync("alixan", Risk(milestones: [milestone.Id], phases: [phase.Id], consequences: [claim.Id]), await AssessmentAsync(note: "First seen in the press."));

        Assert.Equal(WriteOutcome.Saved, result.Outcome);
        Assert.Equal((before.Risks + 1, before.Assessments + 1, before.Audit + 1), await CountsAsync());
        var edit = (await Admin.GetForEditAsync(result.Id!.Value))!;
        Assert.Equal([milestone.Id], edit.Values.ThreatenedMilestoneIds);
        Assert.Equal([phase.Id], edit.Values.ThreatenedPhaseIds);
        Assert.Equal([claim.Id], edit.Values.ConsequenceDateClaimIds);
        var first = Assert.Single(edit.Assessments);
        Assert.Equal("le raccordement n'est pas confirmé", Assert.Single(first.Sources).Quote);
        await using var context = db.CreateContext();
        var entry = await context.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(("Risk", "Created", "alixan"), (entry.EntityType, entry.Action, entry.CampusSlug));
        Assert.Equal(result.Id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityId);
        Assert.Equal("First seen in the press.", entry.Reason);
        var register = (await db.Get<RiskService>().ListAsync("alixan"))!;
        var shown = register.Single(r => r.Id == result.Id);
        Assert.Equal(RiskState.Open, shown.State);
        Assert.Equal(6, shown.Severity);
        Assert.True(shown.ThreatensMilestone(milestone.Id));
        Assert.Equal(claim.Id, Assert.Single(shown.Consequences).Claim.Id);
    }

    [Fact]
    public async Task AViewerCannotWriteAndNothingIsStored()
    {
        var edit = await CreateAsync();
        var before = await CountsAsync();
        db.Callers.Current = TestCallers.Viewer;
        try
        {
            var created = await Admin.CreateAsync("alixan", Risk("Viewer's risk"), await AssessmentAsync());
            var assessed = await Admin.AddAssessmentAsync(edit.Id, await AssessmentAsync(RiskState.Closed, note: "Done."), edit.Version);
            var archived = await Admin.SetArchivedAsync(edit.Id, true, "Not needed.", edit.Version);

            Assert.All([created, assessed, archived], r => Assert.Equal(WriteOutcome.Forbidden, r.Outcome));
            Assert.Equal(before, await CountsAsync());
        }
        finally
        {
            db.Callers.Current = TestCallers.Admin;
        }
    }

    [Fact]
    public async Task ASecondEditBasedOnTheSameVersionIsRefusedWithWhatTheFirstChanged()
    {
        var edit = await CreateAsync("Permit appeal");
        db.Callers.Current = TestCallers.OtherAdmin;
        var first = await Admin.UpdateAsync(edit.Id, edit.Values with { Owner = "Préfecture" }, edit.Version);
        db.Callers.Current = TestCallers.Admin;

        var second = await Admin.AddAssessmentAsync(edit.Id, await AssessmentAsync(RiskState.Mitigating, note: "Appeal answered."), edit.Version);

        Assert.Equal(WriteOutcome.Saved, first.Outcome);
        Assert.Equal(WriteOutcome.Conflict, second.Outcome);
        var theirs = Assert.Single(second.ConflictingChanges);
        Assert.Equal("bob@example.test", theirs.UserName);
        Assert.Equal(("Owner", "Préfecture"), (theirs.Changes[0].Field, theirs.Changes[0].New));
        Assert.Single((await Admin.GetForEditAsync(edit.Id))!.Assessments);
    }

    [Fact]
    public async Task AStateChangeWithoutAReasonIsRefusedAndWithOneIsRecordedAsAnAssessment()
    {
        var edit = await CreateAsync("Supplier insolvency");
        var before = await CountsAsync();

        var silent = await Admin.AddAssessmentAsync(edit.Id, await AssessmentAsync(RiskState.Materialised), edit.Version);
        var sameState = await Admin.AddAssessmentAsync(edit.Id, await AssessmentAsync(RiskState.Open, likelihood: RiskLevel.High), edit.Version);
        var explained = await Admin.AddAssessmentAsync(edit.Id, await AssessmentAsync(RiskState.Materialised, note: "The supplier filed for insolvency."), sameState.Version!.Value);

        Assert.Equal(WriteOutcome.Invalid, silent.Outcome);
        Assert.Contains(silent.Errors, e => e.Field == "Note" && e.Code == "StateChangeNeedsReason");
        Assert.True(sameState.Succeeded, ClaimData.Errors(sameState));
        Assert.True(explained.Succeeded, ClaimData.Errors(explained));
        Assert.Equal((before.Risks, before.Assessments + 2, before.Audit + 2), await CountsAsync());
        var row = (await Admin.ListAsync("alixan"))!.Single(r => r.Id == edit.Id);
        Assert.Equal((RiskState.Materialised, 6, explained.Version), (row.State, row.Severity, (int?)row.Version));
        await using var context = db.CreateContext();
        var entry = await context.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(("Assessed", "The supplier filed for insolvency."), (entry.Action, entry.Reason));
        Assert.Contains("\"field\":\"State\",\"old\":null,\"new\":\"Materialised\"", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorrectionNamesTheCorrectedAssessmentNeedsAReasonAndCannotBeRepeated()
    {
        var edit = await CreateAsync("Community opposition");
        var wrong = edit.Assessments[0].Id;

        var unexplained = await Admin.CorrectAssessmentAsync(edit.Id, wrong, await AssessmentAsync(likelihood: RiskLevel.Low), " ", edit.Version);
        var corrected = await Admin.CorrectAssessmentAsync(edit.Id, wrong, await AssessmentAsync(likelihood: RiskLevel.Low), "Likelihood misread.", edit.Version);
        var again = await Admin.CorrectAssessmentAsync(edit.Id, wrong, await AssessmentAsync(), "Once more.", corrected.Version!.Value);
        var foreign = await Admin.CorrectAssessmentAsync(edit.Id, 987654, await AssessmentAsync(), "Unknown.", corrected.Version!.Value);

        Assert.Contains(unexplained.Errors, e => e.Field == "Reason" && e.Code == "Required");
        Assert.True(corrected.Succeeded, ClaimData.Errors(corrected));
        Assert.Contains(again.Errors, e => e.Code == "AlreadyCorrected");
        Assert.Contains(foreign.Errors, e => e.Code == "UnknownClaim");
        var after = (await Admin.GetForEditAsync(edit.Id))!;
        Assert.Equal(2, after.Assessments.Count);
        Assert.Equal(after.Assessments[1].Id, after.Assessments[0].CorrectedByRevisionId);
        Assert.Equal(wrong, after.Assessments[1].CorrectsRevisionId);
        Assert.Equal(3, (await Admin.ListAsync("alixan"))!.Single(r => r.Id == edit.Id).Severity);
    }

    [Fact]
    public async Task UpdatingReplacesTheLinksAndRecordsOnlyWhatMoved()
    {
        var milestones = await Admin.MilestonesAsync("alixan");
        var created = await Admin.CreateAsync("alixan", Risk("Turbine lead time", milestones: [milestones[0].Id]), await AssessmentAsync());
        var edit = (await Admin.GetForEditAsync(created.Id!.Value))!;

        var result = await Admin.UpdateAsync(edit.Id, edit.Values with { ThreatenedMilestoneIds = [milestones[1].Id, milestones[1].Id] }, edit.Version);

        Assert.True(result.Succeeded, ClaimData.Errors(result));
        Assert.Equal([milestones[1].Id], (await Admin.GetForEditAsync(edit.Id))!.Values.ThreatenedMilestoneIds);
        await using var context = db.CreateContext();
        Assert.Equal(1, await context.RiskThreats.CountAsync(t => t.RiskId == edit.Id));
        var entry = await context.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal("Updated", entry.Action);
        Assert.Contains($"\"field\":\"ThreatenedMilestones\",\"old\":\"{milestones[0].Id}\",\"new\":\"{milestones[1].Id}\"", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("\"field\":\"Title\"", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinksToAnotherCampusUnknownChoicesAndAMissingTitleAreRefusedAndNothingIsStored()
    {
        int otherMilestone, otherPhase;
        await using (var context = db.CreateContext())
        {
            var campus = new Campus { Slug = "elsewhere", Name = "Elsewhere", Operator = "Test", Commune = "Nowhere", Region = "Test", Country = "France" };
            context.Campuses.Add(campus);
            context.AuditEntries.Add(TrackerDatabase.TestAudit("elsewhere"));
            await context.SaveChangesAsync();
            var phase = new Phase { CampusId = campus.Id, Name = "Other phase", Order = 1 };
            var milestone = new Milestone { CampusId = campus.Id, Title = "Other milestone" };
            context.AddRange(phase, milestone);
            context.AuditEntries.Add(TrackerDatabase.TestAudit("elsewhere links"));
            await context.SaveChangesAsync();
            (otherMilestone, otherPhase) = (milestone.Id, phase.Id);
        }

        var before = await CountsAsync();
        var input = Risk("   ", milestones: [otherMilestone], phases: [otherPhase], consequences: [987654]) with { Category = (RiskCategory)42 };
        var assessment = await AssessmentAsync() with { State = (RiskState)9, Likelihood = (RiskLevel)0 };

        var result = await Admin.CreateAsync("alixan", input, assessment);

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == "Title" && e.Code == "Required");
        Assert.Contains(result.Errors, e => e.Field == "ThreatenedMilestoneIds" && e.Code == "UnknownMilestone");
        Assert.Contains(result.Errors, e => e.Field == "ThreatenedPhaseIds" && e.Code == "UnknownPhase");
        Assert.Contains(result.Errors, e => e.Field == "ConsequenceDateClaimIds" && e.Code == "UnknownDateClaim");
        Assert.Contains(result.Errors, e => e.Field == "Category" && e.Code == "UnknownChoice");
        Assert.Contains(result.Errors, e => e.Field == "State" && e.Code == "UnknownChoice");
        Assert.Contains(result.Errors, e => e.Field == "Likelihood" && e.Code == "UnknownChoice");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AnAssessmentFollowsTheClaimRules()
    {
        var edit = await CreateAsync("Financing round");
        var noSource = new RiskAssessmentInput(RiskState.Open, RiskLevel.Low, RiskLevel.Low, ClaimData.Claim("2026-11-20", []));
        var future = await AssessmentAsync(reportedOn: "2027-01-01");

        var unsourced = await Admin.AddAssessmentAsync(edit.Id, noSource, edit.Version);
        var ahead = await Admin.AddAssessmentAsync(edit.Id, future, edit.Version);
        var tooLong = await Admin.CreateAsync("alixan", Risk(new string('x', 301)), await AssessmentAsync());

        Assert.Contains(unsourced.Errors, e => e.Field == "Sources" && e.Code == "SourceRequired");
        Assert.Contains(ahead.Errors, e => e.Field == "ReportedOn" && e.Code == "DateInFuture");
        Assert.Contains(tooLong.Errors, e => e.Field == "Title" && e.Code == "TooLong");
    }

    [Fact]
    public async Task ArchivingHidesARiskFromTheRegisterAndRestoringBringsItBack()
    {
        var edit = await CreateAsync("Heat network partner");

        var unexplained = await Admin.SetArchivedAsync(edit.Id, true, null, edit.Version);
        var archived = await Admin.SetArchivedAsync(edit.Id, true, "Entered twice.", edit.Version);
        var hidden = await db.Get<RiskService>().ListAsync("alixan");
        var restored = await Admin.SetArchivedAsync(edit.Id, false, null, archived.Version!.Value);
        var shown = await db.Get<RiskService>().ListAsync("alixan");

        Assert.Contains(unexplained.Errors, e => e.Field == "Reason" && e.Code == "Required");
        Assert.True(archived.Succeeded);
        Assert.DoesNotContain(hidden!, r => r.Id == edit.Id);
        Assert.True(restored.Succeeded);
        Assert.Contains(shown!, r => r.Id == edit.Id);
        Assert.Null(await Admin.ListAsync("nowhere"));
    }
}
