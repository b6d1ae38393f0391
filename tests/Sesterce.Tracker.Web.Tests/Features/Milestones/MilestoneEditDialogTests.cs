using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Milestones;
using Sesterce.Tracker.Web.Tests.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Milestones;

/// <summary>
/// "Edit where you read": the milestone page's dialogs against the real services on the seeded
/// store. They reuse the admin tab's editors, so the tests check the page's side: the actions,
/// the dialog's fields, a refusal that changes nothing, and the page showing the new value.
/// </summary>
public class MilestoneEditDialogTests : AdminFormTest
{
    private const string Phase1 = "Phase 1 commissioning";

    private IRenderedComponent<MudDialogProvider>? _dialogs;

    private IRenderedComponent<MudDialogProvider> Dialogs => _dialogs ??= Render<MudDialogProvider>();

    private async Task<IRenderedComponent<MilestonePage>> RenderPageAsync(string title = Phase1)
    {
        _ = Popovers;
        _ = Dialogs;
        var id = await MilestoneIdAsync(title);
        NavigateTo($"/campuses/alixan/milestones/{id}");
        var cut = Render<MilestonePage>(p => p.Add(c => c.Slug, "alixan").Add(c => c.Id, id));
        cut.WaitForAssertion(() => Assert.Equal(title, cut.Find("h1").TextContent.Trim()));
        return cut;
    }

    private async Task OpenAsync(IRenderedComponent<MilestonePage> cut, string action)
    {
        var button = cut.Find($"[data-testid={action}]");
        await cut.InvokeAsync(() => button.Click());
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=dialog-save]")));
    }

    private async Task SaveAsync()
    {
        var save = Dialogs.Find("[data-testid=dialog-save]");
        await Dialogs.InvokeAsync(() => save.Click());
    }

    private Task<List<MilestoneDateRevision>> ClaimsAsync(int milestoneId) =>
        QueryAsync(db => db.MilestoneDateRevisions.Include(r => r.Citations).ThenInclude(c => c.Source).Where(r => r.MilestoneId == milestoneId).OrderBy(r => r.Id).ToListAsync());

    private Task<int> AuditCountAsync(int milestoneId)
    {
        var key = milestoneId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Milestone" && e.EntityId == key));
    }

    [Fact]
    public async Task MoveDateOpensADialogWithTheDateClaimFields()
    {
        var cut = await RenderPageAsync();

        await OpenAsync(cut, "move-date");

        var dialog = Dialogs.Find(".mud-dialog");
        Assert.Contains("New target date for Phase 1 commissioning", dialog.TextContent, StringComparison.Ordinal);
        Assert.Contains("The target shown now is Dec 2026", dialog.TextContent, StringComparison.Ordinal);
        Assert.NotNull(Input(Dialogs, "claim-date"));
        Assert.NotNull(Input(Dialogs, "claim-reported-on"));
        Assert.NotNull(Input(Dialogs, "claim-quote"));
        Assert.NotEmpty(Dialogs.FindAll("[data-testid=claim-new-source]"));
        Assert.Empty(Dialogs.FindAll("[data-testid=claim-reason]"));
    }

    [Fact]
    public async Task MoveDateSavesAndThePageShowsTheNewTargetAndWhatWasSaved()
    {
        var cut = await RenderPageAsync();
        var id = await MilestoneIdAsync(Phase1);
        var audited = await AuditCountAsync(id);
        await OpenAsync(cut, "move-date");

        Type(Dialogs, "claim-date", "2027-03");
        Choose(Dialogs, "claim-source", SeedSource);
        Type(Dialogs, "claim-reported-on", "2026-11-20");
        TypeAt(Dialogs, "claim-quote", 0, "mise en service repoussée à mars 2027");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        cut.WaitForAssertion(() => Assert.Equal("Saved: Phase 1 commissioning — target Mar 2027", cut.Find("[data-testid=saved-message]").TextContent.Trim()));
        cut.WaitForAssertion(() => Assert.Equal("Mar 2027", cut.Find("[data-testid=current-target]").TextContent.Trim()));
        var claim = (await ClaimsAsync(id))[^1];
        Assert.Equal((MilestoneDateKind.Target, "2027-03", "2026-11-20"), (claim.Kind, claim.Target.ToString(), claim.AnnouncedOn.ToString()));
        Assert.Equal(audited + 1, await AuditCountAsync(id));
    }

    [Fact]
    public async Task MoveDateRefusesAMissingDateKeepsTheInputAndChangesNothing()
    {
        var cut = await RenderPageAsync();
        var id = await MilestoneIdAsync(Phase1);
        var before = (await ClaimsAsync(id)).Count;
        await OpenAsync(cut, "move-date");

        Choose(Dialogs, "claim-source", SeedSource);
        TypeAt(Dialogs, "claim-quote", 0, "sans date");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Contains("give a date, or tick", Dialogs.Find("[data-testid=claim-date-claim]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(Dialogs.Find("[data-testid=write-errors]"));
        Assert.Equal("sans date", Input(Dialogs, "claim-quote").GetAttribute("value"));
        Assert.Equal(before, (await ClaimsAsync(id)).Count);
        Assert.Empty(cut.FindAll("[data-testid=saved-message]"));
        Assert.Equal("Dec 2026", cut.Find("[data-testid=current-target]").TextContent.Trim());
    }

    [Fact]
    public async Task MarkReachedRefusesADateInTheFutureAndChangesNothing()
    {
        var cut = await RenderPageAsync();
        var id = await MilestoneIdAsync(Phase1);
        var before = (await ClaimsAsync(id)).Count;
        await OpenAsync(cut, "mark-reached");
        Assert.Contains("Record the date Phase 1 commissioning was reached", Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal);

        Type(Dialogs, "claim-date", "2026-12-15");
        Choose(Dialogs, "claim-source", SeedSource);
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Contains("cannot be in the future.", Dialogs.Find("[data-testid=claim-date-claim]").TextContent, StringComparison.Ordinal));
        Assert.Equal(before, (await ClaimsAsync(id)).Count);
        Assert.Equal("—", cut.Find("[data-testid=reached]").TextContent.Trim());
    }

    [Fact]
    public async Task CorrectOnAHistoryRowNeedsAReasonThenRecordsTheCorrection()
    {
        var title = "Full 80 MW in operation";
        var cut = await RenderPageAsync(title);
        var id = await MilestoneIdAsync(title);
        var corrected = (await ClaimsAsync(id)).First(c => c.Kind == MilestoneDateKind.Target);
        var button = cut.Find("[data-testid=correct-date-claim]");
        await cut.InvokeAsync(() => button.Click());
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=claim-reason]")));
        Assert.Equal("2027-12", Input(Dialogs, "claim-date").GetAttribute("value"));

        Type(Dialogs, "claim-date", "2027-11");
        await SaveAsync();
        Dialogs.WaitForAssertion(() => Assert.Contains("Reason: is required.", Dialogs.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(await ClaimsAsync(id), c => c.CorrectsRevisionId == corrected.Id);

        Type(Dialogs, "claim-reason", "The article says November, not December.");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        cut.WaitForAssertion(() => Assert.Contains("Saved: Full 80 MW in operation — target Nov 2027 (correction)", cut.Find("[data-testid=saved-message]").TextContent, StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.Equal("Nov 2027", cut.Find("[data-testid=current-target]").TextContent.Trim()));
        Assert.Contains(await ClaimsAsync(id), c => c.CorrectsRevisionId == corrected.Id);
    }

    [Fact]
    public async Task ANewSourceCreatedFromTheDialogIsCheckedLikeTheSourceFormAndChosenAtOnce()
    {
        var cut = await RenderPageAsync();
        await OpenAsync(cut, "move-date");
        var sources = await QueryAsync(db => db.Sources.CountAsync());

        var newSource = Dialogs.Find("[data-testid=claim-new-source]");
        await Dialogs.InvokeAsync(() => newSource.Click());
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=new-source-save]")));
        Type(Dialogs, "new-source-url", "not a web address");
        var save = Dialogs.Find("[data-testid=new-source-save]");
        await Dialogs.InvokeAsync(() => save.Click());
        Dialogs.WaitForAssertion(() => Assert.Contains("Title: is required.", Dialogs.Find("[data-testid=new-source-dialog] [data-testid=write-errors], .mud-dialog [data-testid=write-errors]").TextContent, StringComparison.Ordinal));
        Assert.Equal(sources, await QueryAsync(db => db.Sources.CountAsync()));

        Type(Dialogs, "new-source-title", "Sesterce repousse la phase 1");
        Type(Dialogs, "new-source-url", "https://example.test/report");
        Type(Dialogs, "new-source-published", "2026-11-20");
        save = Dialogs.Find("[data-testid=new-source-save]");
        await Dialogs.InvokeAsync(() => save.Click());

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll("[data-testid=new-source-save]")));
        Assert.Equal(sources + 1, await QueryAsync(db => db.Sources.CountAsync()));
        Dialogs.WaitForAssertion(() => Assert.Contains("Sesterce repousse la phase 1", Shown(Dialogs, "claim-source"), StringComparison.Ordinal));
        Assert.Equal("2026-11-20", Input(Dialogs, "claim-reported-on").GetAttribute("value"));
    }

    [Fact]
    public async Task AReaderWhoMayNotWriteSeesNoEditAction()
    {
        Authorization.SetRoles(TrackerRoles.Viewer);
        Authorization.SetPolicies(nameof(TrackerPermission.ReadTimeline));

        var cut = await RenderPageAsync();

        Assert.NotEmpty(cut.FindAll("[data-testid=date-claim]"));
        Assert.Empty(cut.FindAll("[data-testid=milestone-edit-actions]"));
        Assert.Empty(cut.FindAll("[data-testid=move-date], [data-testid=mark-reached], [data-testid=correct-date-claim]"));
    }

    [Fact]
    public async Task APastViewOffersNoEditAction()
    {
        _ = Dialogs;
        var id = await MilestoneIdAsync(Phase1);
        NavigateTo($"/campuses/alixan/milestones/{id}?asOf=2026-01-01");
        var cut = Render<MilestonePage>(p => p.Add(c => c.Slug, "alixan").Add(c => c.Id, id));

        cut.WaitForAssertion(() => Assert.Equal(Phase1, cut.Find("h1").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=move-date], [data-testid=correct-date-claim]"));
    }
}
