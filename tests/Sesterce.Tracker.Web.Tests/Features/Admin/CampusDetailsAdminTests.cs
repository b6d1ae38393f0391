using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

public class CampusDetailsAdminTests : AdminFormTest
{
    private CampusAdminService Campuses => Services.GetRequiredService<CampusAdminService>();

    private IRenderedComponent<CampusDetailsAdmin> RenderAdmin()
    {
        _ = Popovers;
        var cut = Render<CampusDetailsAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=campus-form]")));
        return cut;
    }

    private static IElement PhaseCard(IRenderedComponent<CampusDetailsAdmin> cut, string name) =>
        cut.FindAll("[data-phase-row]").Single(r => r.QuerySelector("strong")!.TextContent.EndsWith(name, StringComparison.Ordinal));

    private Task<int> PhaseCountAsync() => QueryAsync(db => db.Phases.CountAsync());

    private Task<List<PhasePlanRevision>> PlansAsync(string phase) =>
        QueryAsync(db => db.PhasePlanRevisions.Include(r => r.Citations).Where(r => db.Phases.Any(p => p.Id == r.PhaseId && p.Name == phase)).OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public async Task RendersTheCampusDetailsAndEachPhaseWithItsPlan()
    {
        var cut = RenderAdmin();
        var edit = (await Campuses.GetForEditAsync("alixan"))!;

        Assert.Equal(edit.Values.Name, Input(cut, "field-name").GetAttribute("value"));
        Assert.Equal((await Campuses.PhasesAsync("alixan")).Count, cut.FindAll("[data-testid=edit-phase]").Count);
        Assert.Contains("Ends with milestone “Phase 1 commissioning” (Dec 2026)", PhaseCard(cut, "Phase 1").TextContent, StringComparison.Ordinal);
        var full = PhaseCard(cut, "Full 80 MW");
        Assert.Contains("80 MW", full.QuerySelector("[data-testid=phase-current]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(SeedSource, full.QuerySelector("[data-testid=plan-history]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValidDescriptionIsSaved()
    {
        var cut = RenderAdmin();

        Type(cut, "field-description", "A sovereign AI compute campus by the TGV station.");
        cut.Find("[data-testid=save-campus]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        Assert.Equal("A sovereign AI compute campus by the TGV station.", (await Campuses.GetForEditAsync("alixan"))!.Values.Description);
    }

    [Fact]
    public async Task ANewPhaseDoesNotProposeTodayAndItsFirstPlanIsSavedWithItsSource()
    {
        var cut = RenderAdmin();
        Assert.Equal("", Input(cut, "field-phase-announced").GetAttribute("value") ?? "");
        Assert.Empty(cut.FindAll("[data-testid=plan-fields]"));

        Type(cut, "field-phase-name", "Extension");
        Type(cut, "field-phase-announced", "2025-11-17");
        Tick(cut, "with-plan");
        Type(cut, "field-plan-target", "2028-H2");
        Type(cut, "field-plan-capacity", "120");
        Choose(cut, "plan-source", SeedSource);
        TypeAt(cut, "plan-quote", 0, "une extension est envisagée");
        cut.Find("[data-testid=save-phase]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        Assert.Contains("H2 2028", PhaseCard(cut, "Extension").QuerySelector("[data-testid=phase-current]")!.TextContent, StringComparison.Ordinal);
        var plan = Assert.Single(await PlansAsync("Extension"));
        Assert.Equal(("2028-H2", 120m, "2025-11-24", "une extension est envisagée"), (plan.Target.ToString(), plan.CapacityMw, plan.AnnouncedOn.ToString(), plan.Citations.Single().Quote));
    }

    [Fact]
    public async Task APhaseWithAnUnreadableTargetDateIsExplainedAndNothingIsSaved()
    {
        var cut = RenderAdmin();
        var before = await PhaseCountAsync();

        Type(cut, "field-phase-name", "Extension");
        Type(cut, "field-phase-announced", "2025-11-17");
        Tick(cut, "with-plan");
        Type(cut, "field-plan-target", "sometime");
        Choose(cut, "plan-source", SeedSource);
        cut.Find("[data-testid=save-phase]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-errors]")));
        Assert.Contains("Target date: 'sometime' is not a date", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal);
        Assert.Contains("'sometime' is not a date", cut.Find("[data-testid=plan-fields]").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await PhaseCountAsync());
    }

    [Fact]
    public async Task ARePlannedPhaseKeepsItsOldPlanInTheHistoryList()
    {
        var cut = RenderAdmin();
        var old = Assert.Single(await PlansAsync("Full 80 MW"));
        PhaseCard(cut, "Full 80 MW").QuerySelector("[data-testid=replan-phase]")!.Click();
        cut.WaitForAssertion(() => Assert.Contains("Re-plan Full 80 MW", cut.Find("[data-testid=phase-form]").TextContent, StringComparison.Ordinal));

        Type(cut, "field-plan-capacity", "100");
        Choose(cut, "plan-source", SeedSource);
        Type(cut, "plan-reported-on", "2026-10-02");
        Type(cut, "plan-note", "Second hall announced.");
        cut.Find("[data-testid=save-phase]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        var card = PhaseCard(cut, "Full 80 MW");
        Assert.Contains("100 MW", card.QuerySelector("[data-testid=phase-current]")!.TextContent, StringComparison.Ordinal);
        var history = card.QuerySelectorAll("[data-plan-row]");
        Assert.Equal(2, history.Length);
        var oldRow = card.QuerySelector($"[data-plan-row='{old.Id}']")!.TextContent;
        Assert.Contains("80 MW", oldRow, StringComparison.Ordinal);
        Assert.Contains("17 Nov 2025", oldRow, StringComparison.Ordinal);
        Assert.Equal(2, (await PlansAsync("Full 80 MW")).Count);
    }

    [Fact]
    public async Task ACorrectedPlanNeedsAReasonAndStaysMarkedInTheHistory()
    {
        var cut = RenderAdmin();
        var old = Assert.Single(await PlansAsync("Full 80 MW"));
        PhaseCard(cut, "Full 80 MW").QuerySelector($"[data-plan-row='{old.Id}'] [data-testid=correct-plan]")!.Click();
        cut.WaitForAssertion(() => Assert.Equal("80", Input(cut, "field-plan-capacity").GetAttribute("value")));
        Assert.Contains(SeedSource, Shown(cut, "plan-source"), StringComparison.Ordinal);

        Type(cut, "field-plan-capacity", "85");
        cut.Find("[data-testid=save-phase]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Reason: is required.", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal));

        Type(cut, "plan-reason", "Misread the article.");
        cut.Find("[data-testid=save-phase]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        var correction = (await PlansAsync("Full 80 MW")).Single(p => p.CorrectsRevisionId == old.Id);
        // The replaced plan is named by the correction's day, plan and source, never by an id readers see nowhere.
        var row = PhaseCard(cut, "Full 80 MW").QuerySelector($"[data-plan-row='{old.Id}']")!.TextContent;
        Assert.Contains("corrected by ", row, StringComparison.Ordinal);
        Assert.DoesNotContain("#", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingAPhaseChangesItsOwnFieldsOnlyAndKeepsItsPlans()
    {
        var cut = RenderAdmin();
        var plans = (await PlansAsync("Full 80 MW")).Count;
        PhaseCard(cut, "Full 80 MW").QuerySelector("[data-testid=edit-phase]")!.Click();
        cut.WaitForAssertion(() => Assert.Equal("Full 80 MW", Input(cut, "field-phase-name").GetAttribute("value")));
        Assert.Empty(cut.FindAll("[data-testid=plan-fields]"));

        Type(cut, "field-phase-name", "Full capacity");
        cut.Find("[data-testid=save-phase]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        Assert.Equal(plans, (await PlansAsync("Full capacity")).Count);
    }

    [Fact]
    public async Task AnEditOfDetailsSomeoneElseChangedShowsTheirChange()
    {
        var cut = RenderAdmin();

        var edit = (await Campuses.GetForEditAsync("alixan"))!;
        Caller.Current = new("user-bob", "bob@example.test", "Admin");
        Assert.True((await Campuses.UpdateAsync("alixan", edit.Values with { Operator = "Sesterce Group" }, edit.Version)).Succeeded);
        Caller.Current = new("user-alice", "alice@example.test", "Admin");

        Type(cut, "field-description", "Alice's description.");
        cut.Find("[data-testid=save-campus]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-conflict]")));
        var conflict = cut.Find("[data-testid=write-conflict]").TextContent;
        Assert.Contains("bob@example.test", conflict, StringComparison.Ordinal);
        Assert.Contains($"{edit.Values.Operator} → Sesterce Group", conflict, StringComparison.Ordinal);
        Assert.NotEqual("Alice's description.", (await Campuses.GetForEditAsync("alixan"))!.Values.Description);
    }
}
