using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Changes;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Timeline;

namespace Sesterce.Tracker.Core.Tests.Features.Admin;

public class MilestoneAdminTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private MilestoneAdminService Admin => db.Get<MilestoneAdminService>();

    private async Task<MilestoneEdit> PhaseOneAsync()
    {
        var rows = await Admin.ListAsync("alixan");
        var id = rows!.Single(r => r.Title == "Phase 1 commissioning").Id;
        return (await Admin.GetForEditAsync(id))!;
    }

    private async Task<int> SourceIdAsync()
    {
        await using var context = db.CreateContext();
        return await context.Sources.Select(s => s.Id).FirstAsync();
    }

    private async Task<(int Revisions, int Audit)> CountsAsync()
    {
        await using var context = db.CreateContext();
        return (await context.MilestoneDateRevisions.CountAsync(), await context.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task ClaimingANewTargetAddsADatedClaimOneAuditEntryWithItsSourcesAndAnnouncesTheChange()
    {
        db.Callers.Current = TestCallers.Admin;
        var edit = await PhaseOneAsync();
        var before = await CountsAsync();
        var heard = new List<TrackerChange>();
        db.Get<IChangeNotifier>().Changed += heard.Add;
        var source = await SourceIdAsync();

        var result = await Admin.AddDateClaimAsync(
            edit.Id, MilestoneDateKind.Target, ClaimData.Date("2027-03", "2026-11-20", source, quote: "repoussée à mars 2027", note: "Grid connection delayed by RTE."), edit.Version);

        Assert.Equal(WriteOutcome.Saved, result.Outcome);
        Assert.Equal(edit.Version + 1, result.Version);
        Assert.Equal((before.Revisions + 1, before.Audit + 1), await CountsAsync());
        await using var context = db.CreateContext();
        var entry = await context.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal("TargetClaimed", entry.Action);
        Assert.Equal("alice@example.test", entry.UserName);
        Assert.Equal("Grid connection delayed by RTE.", entry.Reason);
        Assert.Contains("\"field\":\"Target\",\"old\":null,\"new\":\"2027-03\"", entry.Changes, StringComparison.Ordinal);
        Assert.Contains($"\"field\":\"Sources\",\"old\":null,\"new\":\"{source}\"", entry.Changes, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        Assert.Contains(heard, c => c.CampusSlug == "alixan" && c.Action == "TargetClaimed");

        var timeline = (await db.Get<TimelineService>().GetCampusAsync("alixan")).View!;
        var moved = timeline!.Campuses[0].Milestones.Single(m => m.Milestone.Id == edit.Id);
        Assert.Equal(new Slip(3, DatePrecision.Month), moved.SlipFromBaseline);
        Assert.Equal("repoussée à mars 2027", Assert.Single(moved.Milestone.Target!.Sources).Quote);
    }

    [Fact]
    public async Task ASecondEditBasedOnTheSameVersionIsRefusedWithWhatTheFirstChanged()
    {
        var edit = await PhaseOneAsync();
        db.Callers.Current = TestCallers.OtherAdmin;
        var first = await Admin.UpdateAsync(edit.Id, edit.Values with { Description = "Bob's description" }, edit.Version);
        db.Callers.Current = TestCallers.Admin;

        var second = await Admin.UpdateAsync(edit.Id, edit.Values with { Title = "Alice's title" }, edit.Version);

        Assert.Equal(WriteOutcome.Saved, first.Outcome);
        Assert.Equal(WriteOutcome.Conflict, second.Outcome);
        var theirs = Assert.Single(second.ConflictingChanges);
        Assert.Equal("bob@example.test", theirs.UserName);
        Assert.Equal("Description", Assert.Single(theirs.Changes).Field);
        Assert.Equal("Bob's description", theirs.Changes[0].New);
        Assert.Equal("Phase 1 commissioning", (await Admin.GetForEditAsync(edit.Id))!.Values.Title);
    }

    [Fact]
    public async Task ArchivingHidesAMilestoneFromEveryViewAndRestoringBringsItBack()
    {
        var edit = await PhaseOneAsync();

        var archived = await Admin.SetArchivedAsync(edit.Id, true, "Superseded by a new phase plan.", edit.Version);
        var hidden = await db.Get<MilestoneService>().GetMilestonesAsync("alixan");
        var restored = await Admin.SetArchivedAsync(edit.Id, false, null, archived.Version!.Value);
        var shown = await db.Get<MilestoneService>().GetMilestonesAsync("alixan");

        Assert.True(archived.Succeeded);
        Assert.DoesNotContain(hidden!, m => m.Id == edit.Id);
        Assert.True(restored.Succeeded);
        Assert.Contains(shown!, m => m.Id == edit.Id);
        Assert.Contains((await Admin.ListAsync("alixan"))!, r => r.Id == edit.Id && !r.IsArchived);
    }

    [Fact]
    public async Task ArchivingWithoutAReasonIsRefused()
    {
        var edit = await PhaseOneAsync();

        var result = await Admin.SetArchivedAsync(edit.Id, true, "  ", edit.Version);

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == "Reason" && e.Code == "Required");
    }

    [Theory]
    [InlineData("December", "2026-11-20", true, "Target", "NotADate")]
    [InlineData("2101-01", "2026-11-20", true, "Target", "DateOutOfRange")]
    [InlineData("1999-12", "2026-11-20", true, "Target", "DateOutOfRange")]
    [InlineData("2026-H3", "2026-11-20", true, "Target", "NotADate")]
    [InlineData("2027-03", "2027-01-01", true, "ReportedOn", "DateInFuture")]
    [InlineData("2027-03", "", true, "ReportedOn", "Required")]
    [InlineData("2027-03", "2026-11-20", false, "Sources", "SourceRequired")]
    public async Task ABadTargetClaimIsRefusedWithAClearReasonAndChangesNothing(string target, string reportedOn, bool withSource, string field, string code)
    {
        var edit = await PhaseOneAsync();
        var before = await CountsAsync();
        CitationInput[] sources = withSource ? [ClaimData.Cite(await SourceIdAsync())] : [];

        var result = await Admin.AddDateClaimAsync(edit.Id, MilestoneDateKind.Target, new DateClaimInput(target, ClaimData.Claim(reportedOn, sources)), edit.Version);

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == field && e.Code == code);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AnUnknownSourceIsRefused()
    {
        var edit = await PhaseOneAsync();

        var result = await Admin.AddDateClaimAsync(edit.Id, MilestoneDateKind.Target, ClaimData.Date("2027-03", "2026-11-20", 987654), edit.Version);

        Assert.Contains(result.Errors, e => e.Field == "Sources[0].SourceId" && e.Code == "UnknownSource");
    }

    [Fact]
    public async Task EmptyOrOverLongTitlesAreRefused()
    {
        var edit = await PhaseOneAsync();

        var empty = await Admin.UpdateAsync(edit.Id, edit.Values with { Title = "   " }, edit.Version);
        var huge = await Admin.UpdateAsync(edit.Id, edit.Values with { Title = new string('x', 301) }, edit.Version);

        Assert.Contains(empty.Errors, e => e.Field == "Title" && e.Code == "Required");
        Assert.Contains(huge.Errors, e => e.Field == "Title" && e.Code == "TooLong");
    }

    [Fact]
    public async Task AViewerCannotWriteAndNothingIsStored()
    {
        var edit = await PhaseOneAsync();
        var before = await CountsAsync();
        db.Callers.Current = TestCallers.Viewer;
        try
        {
            var result = await Admin.AddDateClaimAsync(edit.Id, MilestoneDateKind.Target, ClaimData.Date("2027-03", "2026-11-20", await SourceIdAsync()), edit.Version);

            Assert.Equal(WriteOutcome.Forbidden, result.Outcome);
            Assert.Equal(before, await CountsAsync());
        }
        finally
        {
            db.Callers.Current = TestCallers.Admin;
        }
    }

    [Fact]
    public async Task CreatingAMilestoneWithAFirstTargetRecordsItsIdInTheAuditEntry()
    {
        var result = await Admin.CreateAsync(
            "alixan",
            new MilestoneInput("Building permit granted", null, MilestoneKind.Regulatory, MilestoneStatus.Planned, null),
            ClaimData.Date("2026-Q1", "2025-12-01", await SourceIdAsync(), note: "Expected permit date."));

        Assert.True(result.Succeeded);
        await using var context = db.CreateContext();
        var entry = await context.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(result.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityId);
        Assert.Equal("Created", entry.Action);
        var milestone = (await db.Get<MilestoneService>().GetMilestonesAsync("alixan"))!.Single(m => m.Id == result.Id);
        Assert.Equal(PartialDate.InQuarter(2026, 1), milestone.TargetDate);
        Assert.Equal("Expected permit date.", milestone.Target!.Reason);
    }
}
