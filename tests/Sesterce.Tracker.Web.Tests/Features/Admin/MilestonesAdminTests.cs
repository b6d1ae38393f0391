using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

public class MilestonesAdminTests : AdminFormTest
{
    private MilestoneAdminService Milestones => Services.GetRequiredService<MilestoneAdminService>();

    private IRenderedComponent<MilestonesAdmin> RenderAdmin()
    {
        _ = Popovers;
        var cut = Render<MilestonesAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-milestone-row]").Count));
        return cut;
    }

    private static IElement RowOf(IRenderedComponent<MilestonesAdmin> cut, string title) =>
        cut.FindAll("[data-milestone-row]").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));

    private static void Open(IRenderedComponent<MilestonesAdmin> cut, string title, string action)
    {
        RowOf(cut, title).QuerySelector($"[data-testid={action}]")!.Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=milestone-form]")));
    }

    private static void Save(IRenderedComponent<MilestonesAdmin> cut) => cut.Find("[data-testid=save]").Click();

    private static void WaitSaved(IRenderedComponent<MilestonesAdmin> cut) =>
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));

    private Task<List<MilestoneDateRevision>> ClaimsAsync(int milestoneId) =>
        QueryAsync(db => db.MilestoneDateRevisions.Include(r => r.Citations).ThenInclude(c => c.Source).Where(r => r.MilestoneId == milestoneId).OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public void TheStatusOffersPlannedInProgressAndCancelledOnly()
    {
        var cut = RenderAdmin();
        Open(cut, "Full 80 MW in operation", "edit-milestone");

        cut.Find("[data-testid=field-status]").Closest("div.mud-select")!.MouseDown();

        Popovers.WaitForAssertion(() => Assert.Equal(["Planned", "In progress", "Cancelled"], Popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim())));
        Assert.Empty(cut.FindAll("[data-testid=claim-date], [data-testid=target-date]"));
    }

    [Fact]
    public async Task AMilestoneWhoseDateIsNotYetKnownIsCreatedAsUndated()
    {
        var cut = RenderAdmin();
        cut.Find("[data-testid=new-milestone]").Click();
        Type(cut, "field-title", "Grid connection agreement signed");
        Choose(cut, "target-source", SeedSource);
        TypeAt(cut, "target-quote", 0, "le raccordement reste à signer");

        Save(cut);
        cut.WaitForAssertion(() => Assert.Contains("give a date, or tick", cut.Find("[data-testid=target-date-claim]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, await QueryAsync(db => db.Milestones.CountAsync(m => m.Title == "Grid connection agreement signed")));

        Tick(cut, "target-date-unknown");
        Save(cut);

        WaitSaved(cut);
        Assert.Contains("date not yet known", RowOf(cut, "Grid connection agreement signed").TextContent, StringComparison.Ordinal);
        var claim = Assert.Single(await ClaimsAsync(await MilestoneIdAsync("Grid connection agreement signed")));
        Assert.Equal((MilestoneDateKind.Target, (PartialDate?)null, "2025-11-24"), (claim.Kind, claim.Target, claim.AnnouncedOn.ToString()));
        Assert.Equal("le raccordement reste à signer", claim.Citations.Single().Quote);
    }

    [Fact]
    public async Task AReachedMilestoneIsCreatedWithItsSourceAndQuoteAndNoTarget()
    {
        var cut = RenderAdmin();
        cut.Find("[data-testid=new-milestone]").Click();
        Type(cut, "field-title", "Building permit granted");
        Tick(cut, "with-reached");
        Tick(cut, "with-target", false);
        Type(cut, "reached-date", "2025-11-17");
        Choose(cut, "reached-source", SeedSource);
        TypeAt(cut, "reached-quote", 0, "Lundi 17 novembre");

        Save(cut);

        WaitSaved(cut);
        Assert.Contains("17 Nov 2025", RowOf(cut, "Building permit granted").TextContent, StringComparison.Ordinal);
        var claim = Assert.Single(await ClaimsAsync(await MilestoneIdAsync("Building permit granted")));
        Assert.Equal((MilestoneDateKind.Reached, "2025-11-17", "2025-11-24"), (claim.Kind, claim.Target.ToString(), claim.AnnouncedOn.ToString()));
        Assert.Equal((SeedSource, "Lundi 17 novembre"), (claim.Citations.Single().Source!.Title, claim.Citations.Single().Quote));
    }

    [Fact]
    public async Task WhenTwoClaimsAreSavedTogetherEachEditorShowsOnlyItsOwnErrors()
    {
        var cut = RenderAdmin();
        cut.Find("[data-testid=new-milestone]").Click();
        Type(cut, "field-title", "Site handed over");
        Type(cut, "target-date", "2026-06");
        Choose(cut, "target-source", SeedSource);
        Tick(cut, "with-reached");
        Type(cut, "reached-date", "2026-05-04");
        Type(cut, "reached-reported-on", "2026-05");

        Save(cut);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-errors]")));
        Assert.Contains("is required.", cut.Find("[data-testid=reached-source-row]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("is required.", cut.Find("[data-testid=target-source-row]").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await QueryAsync(db => db.Milestones.CountAsync(m => m.Title == "Site handed over")));
    }

    [Fact]
    public async Task AReachedDateInTheFutureShowsTheServiceErrorOnTheDate()
    {
        var cut = RenderAdmin();
        var id = await MilestoneIdAsync("Phase 1 commissioning");
        var before = (await ClaimsAsync(id)).Count;
        Open(cut, "Phase 1 commissioning", "record-reached");

        Type(cut, "claim-date", "2026-12-15");
        Choose(cut, "claim-source", SeedSource);
        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("cannot be in the future.", cut.Find("[data-testid=claim-date-claim]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Reached on: cannot be in the future.", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, (await ClaimsAsync(id)).Count);
    }

    [Fact]
    public async Task AnInternalEstimateIsRecordedBesideTheOfficialTargetNotInsteadOfIt()
    {
        var cut = RenderAdmin();
        Open(cut, "Phase 1 commissioning", "new-target");
        Assert.Contains("The target shown now is Dec 2026 (Official announcement)", cut.Find("[data-testid=milestone-form]").TextContent, StringComparison.Ordinal);

        Type(cut, "claim-date", "2027-Q1");
        Choose(cut, "claim-status", "Internal estimate");
        Choose(cut, "claim-source", SeedSource);
        Type(cut, "claim-reported-on", "2026-11-20");
        Type(cut, "claim-note", "Site team expects a quarter of delay.");
        Save(cut);

        WaitSaved(cut);
        Assert.Contains("Dec 2026", RowOf(cut, "Phase 1 commissioning").TextContent, StringComparison.Ordinal);
        var claim = (await ClaimsAsync(await MilestoneIdAsync("Phase 1 commissioning")))[^1];
        Assert.Equal((ClaimStatus.InternalEstimate, "2027-Q1", "Site team expects a quarter of delay."), (claim.Status, claim.Target.ToString(), claim.Reason));

        Open(cut, "Phase 1 commissioning", "edit-milestone");
        var row = cut.Find($"[data-claim-row='{claim.Id}']").TextContent;
        Assert.Contains("shown beside the target", row, StringComparison.Ordinal);
        Assert.Contains("Internal estimate", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorrectionNamesTheClaimStartsFromItAndNeedsAReason()
    {
        var cut = RenderAdmin();
        var id = await MilestoneIdAsync("Full 80 MW in operation");
        var corrected = (await ClaimsAsync(id)).First(c => c.Kind == MilestoneDateKind.Target);
        Open(cut, "Full 80 MW in operation", "edit-milestone");

        cut.Find($"[data-claim-row='{corrected.Id}'] [data-testid=correct-claim]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Correct the claim 17 Nov 2025 · Dec 2027 · ", cut.Find("[data-testid=milestone-form]").TextContent, StringComparison.Ordinal));
        Assert.Equal("2027-12", Input(cut, "claim-date").GetAttribute("value"));
        Assert.Contains(SeedSource, Shown(cut, "claim-source"), StringComparison.Ordinal);
        Type(cut, "claim-date", "2027-11");
        Save(cut);
        cut.WaitForAssertion(() => Assert.Contains("Reason: is required.", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal));

        Type(cut, "claim-reason", "The article says November, not December.");
        Save(cut);

        WaitSaved(cut);
        var correction = (await ClaimsAsync(id)).Single(c => c.CorrectsRevisionId == corrected.Id);
        Assert.Equal(("2027-11", "2025-11-17", corrected.Citations.Single().Quote), (correction.Target.ToString(), correction.AnnouncedOn.ToString(), correction.Citations.Single().Quote));
        Assert.Contains("Nov 2027", RowOf(cut, "Full 80 MW in operation").TextContent, StringComparison.Ordinal);
        Open(cut, "Full 80 MW in operation", "edit-milestone");
        var row = cut.Find($"[data-claim-row='{corrected.Id}']").TextContent;
        Assert.Contains("corrected by 17 Nov 2025 · Nov 2027", row, StringComparison.Ordinal);
        Assert.DoesNotContain("#", row, StringComparison.Ordinal);
        Assert.Empty(cut.Find($"[data-claim-row='{corrected.Id}']").QuerySelectorAll("[data-testid=correct-claim]"));
    }

    [Fact]
    public async Task AReachedDateIsRetractedWithItsSource()
    {
        var cut = RenderAdmin();
        var title = "First announcement of the campus";
        Assert.Contains("Feb 2025", RowOf(cut, title).TextContent, StringComparison.Ordinal);
        Open(cut, title, "retract-reached");

        Assert.Empty(cut.FindAll("[data-testid=claim-date]"));
        Choose(cut, "claim-source", SeedSource);
        Type(cut, "claim-note", "The February event was a rumour.");
        Save(cut);

        WaitSaved(cut);
        Assert.Null(RowOf(cut, title).QuerySelector("[data-testid=retract-reached]"));
        var retraction = (await ClaimsAsync(await MilestoneIdAsync(title)))[^1];
        Assert.Equal((MilestoneDateKind.Reached, (PartialDate?)null), (retraction.Kind, retraction.Target));
    }

    [Fact]
    public async Task TheMilestonesOwnFieldsSaveItsPhaseEndingAndRefuseASecondOneForThePhase()
    {
        var cut = RenderAdmin();
        Open(cut, "Full 80 MW in operation", "edit-milestone");
        Choose(cut, "field-phase", "Phase 1");
        Tick(cut, "field-commissions");
        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("another milestone already ends this phase.", cut.Find("[data-testid=commissions-error]").TextContent, StringComparison.Ordinal));

        Choose(cut, "field-phase", "Full 80 MW");
        Choose(cut, "field-status", "In progress");
        Save(cut);

        WaitSaved(cut);
        var values = (await Milestones.GetForEditAsync(await MilestoneIdAsync("Full 80 MW in operation")))!.Values;
        Assert.Equal((MilestoneStatus.InProgress, true), (values.Status, values.CommissionsPhase));
    }

    [Fact]
    public async Task ASaveBasedOnAStaleVersionShowsWhatTheOtherAdminChanged()
    {
        var cut = RenderAdmin();
        Open(cut, "Full 80 MW in operation", "edit-milestone");

        // Another admin saves first, from their own session.
        var id = await MilestoneIdAsync("Full 80 MW in operation");
        var edit = (await Milestones.GetForEditAsync(id))!;
        Caller.Current = new("user-bob", "bob@example.test", "Admin");
        Assert.True((await Milestones.UpdateAsync(id, edit.Values with { Title = "Full 80 MW operation" }, edit.Version)).Succeeded);
        Caller.Current = new("user-alice", "alice@example.test", "Admin");

        Type(cut, "field-title", "Full capacity in operation");
        Save(cut);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-conflict]")));
        var conflict = cut.Find("[data-testid=write-conflict]").TextContent;
        Assert.Contains("bob@example.test", conflict, StringComparison.Ordinal);
        Assert.Contains("Full 80 MW in operation → Full 80 MW operation", conflict, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=reload-latest]"));
    }

    [Fact]
    public void ArchivingAsksForAReasonThenMarksTheRow()
    {
        var cut = RenderAdmin();

        Open(cut, "Full 80 MW in operation", "archive-milestone");
        Type(cut, "field-reason", "Merged into phase plan v2.");
        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("archived", RowOf(cut, "Full 80 MW in operation").TextContent, StringComparison.Ordinal));
        Assert.NotNull(RowOf(cut, "Full 80 MW in operation").QuerySelector("[data-testid=restore-milestone]"));
    }
}
