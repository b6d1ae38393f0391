using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Dashboard;
using Sesterce.Tracker.Core.Features.Executive;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Timeline;
using static Sesterce.Tracker.Core.Domain.RiskLevel;
using static Sesterce.Tracker.Core.Domain.RiskState;
using static Sesterce.Tracker.Core.Tests.ClaimData;
using static Sesterce.Tracker.Core.Tests.RiskData;

namespace Sesterce.Tracker.Core.Tests.Features.Risks;

/// <summary>Where people look: the dashboard, the executive page, a milestone's page and the timeline show the register as of their day.</summary>
public sealed class RiskViewsTests : IAsyncLifetime, IDisposable
{
    private static readonly PartialDate March10 = PartialDate.OnDay(2026, 3, 10);

    private readonly TrackerDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task TheDashboardShowsTheRisksNotClosedMostSevereFirst()
    {
        await _db.AddRiskAsync("Minor", [Claim(Open, Low, Low, March10)]);
        await _db.AddRiskAsync("Closed", [Claim(Closed, High, High, March10)]);
        await _db.AddRiskAsync("Severe", [Claim(Materialised, High, High, March10)]);
        await _db.AddRiskAsync("Later", [Claim(Open, High, High, PartialDate.OnDay(2026, 9, 1))]);

        var march = (await _db.Get<DashboardService>().GetAsync("alixan", new DateOnly(2026, 4, 1))).View!;
        var today = (await _db.Get<DashboardService>().GetAsync("alixan")).View!;

        Assert.Equal(["Severe", "Minor"], march.OpenRisks.Select(r => r.Title));
        Assert.Equal(["Severe", "Later", "Minor"], today.OpenRisks.Select(r => r.Title));
    }

    [Fact]
    public async Task TheExecutivePageShowsAtMostFiveOfTheMostSevereRisksNotClosed()
    {
        var levels = new[] { (Low, Low), (High, High), (Medium, Low), (High, Medium), (Medium, Medium), (Low, Medium), (Medium, High) };
        for (var i = 0; i < levels.Length; i++)
        {
            await _db.AddRiskAsync($"Risk {i}", [Claim(Open, levels[i].Item1, levels[i].Item2, March10)]);
        }

        await _db.AddRiskAsync("Closed", [Claim(Closed, High, High, March10)]);

        var view = (await _db.Get<ExecutiveService>().GetAsync("alixan")).View!;

        Assert.Equal(ExecutiveService.TopRiskCount, view.TopRisks.Count);
        Assert.Equal([9, 6, 6, 4, 2], view.TopRisks.Select(r => r.Severity));
        Assert.Equal(7, view.OpenRiskCount);
        Assert.DoesNotContain(view.TopRisks, r => r.State == Closed);
    }

    [Fact]
    public async Task AMilestonePageListsTheRisksThreateningItOrItsPhase()
    {
        var (phase1, phaseId) = await _db.MilestoneAsync("Phase 1 commissioning");
        var (full, _) = await _db.MilestoneAsync("Full 80 MW in operation");
        await _db.AddRiskAsync("On the milestone", [Claim(Open, Low, Medium, March10)], milestones: [phase1]);
        await _db.AddRiskAsync("On the phase", [Claim(Open, High, High, March10)], phases: [phaseId!.Value]);
        await _db.AddRiskAsync("Elsewhere", [Claim(Open, High, High, March10)], milestones: [full]);

        var detail = (await _db.Get<MilestoneDetailService>().GetAsync("alixan", phase1)).View!;
        var before = (await _db.Get<MilestoneDetailService>().GetAsync("alixan", phase1, new DateOnly(2026, 3, 9))).View!;

        Assert.Equal(["On the phase", "On the milestone"], detail.Risks.Select(r => r.Title));
        Assert.Empty(before.Risks);
    }

    [Fact]
    public async Task AMilestonePageListsARiskThatCausedOneOfItsDateClaimsFromTheDayTheClaimIsKnown()
    {
        var (full, _) = await _db.MilestoneAsync("Full 80 MW in operation");
        var source = await _db.AddSourceAsync("Mise en service repoussée", "2026-06-15");
        var slip = await _db.ClaimDateAsync(full, MilestoneDateKind.Target, Date("2028-06", "2026-06-15", source, quote: "repoussée"));
        Assert.True(slip.Succeeded, Errors(slip));
        int claim;
        await using (var context = _db.CreateContext())
        {
            claim = await context.MilestoneDateRevisions.Where(d => d.MilestoneId == full).MaxAsync(d => d.Id);
        }

        await _db.AddRiskAsync("Transformer shortage", [Claim(Materialised, High, High, March10)], RiskCategory.SupplyChain, consequences: [claim]);

        var before = (await _db.Get<MilestoneDetailService>().GetAsync("alixan", full, new DateOnly(2026, 6, 14))).View!;
        var after = (await _db.Get<MilestoneDetailService>().GetAsync("alixan", full)).View!;

        Assert.Empty(before.Risks);
        var risk = Assert.Single(after.Risks);
        Assert.Equal(claim, Assert.Single(risk.Consequences).Claim.Id);
        Assert.NotEqual(MilestoneState.Achieved, after.Milestone.State);
    }

    [Fact]
    public async Task TheTimelinePlacesEachKnownAssessmentOnTheLanesOfTheMilestonesItThreatens()
    {
        var (phase1, _) = await _db.MilestoneAsync("Phase 1 commissioning");
        var (full, _) = await _db.MilestoneAsync("Full 80 MW in operation");
        var (risk, first) = await _db.AddRiskAsync("Permit appeal", [Claim(Open, Medium, High, March10)], milestones: [phase1, full]);
        await _db.AssessAsync(risk, Claim(Materialised, High, High, PartialDate.OnDay(2026, 6, 1)));
        await _db.AddRiskAsync("Unlinked", [Claim(Open, High, High, March10)]);

        var april = (await _db.Get<TimelineService>().GetCampusAsync("alixan", new DateOnly(2026, 4, 1))).View!.Campuses[0];
        var today = (await _db.Get<TimelineService>().GetCampusAsync("alixan")).View!.Campuses[0];

        var early = Assert.Single(april.RiskEvents);
        Assert.Equal((first[0], Open), (early.Assessment.Id, early.Assessment.State));
        Assert.Equal([Open, Materialised], today.RiskEvents.Select(e => e.Assessment.State));
        Assert.All(today.RiskEvents, e => Assert.Equal([phase1, full], e.MilestoneIds));
        Assert.Equal(2, today.RiskEventsOn(full).Count());
        // A materialised risk is never an achievement: the milestones it threatens are not reached.
        Assert.All(today.Milestones.Where(m => m.Milestone.Id == phase1 || m.Milestone.Id == full), m => Assert.Null(m.Milestone.Reached));
    }

    [Fact]
    public async Task ThePortfolioTimelineCarriesTheRiskEventsOfTheCampusesThatHaveThem()
    {
        var (phase1, _) = await _db.MilestoneAsync("Phase 1 commissioning");
        await _db.AddRiskAsync("Permit appeal", [Claim(Open, Medium, High, March10)], milestones: [phase1]);

        var (view, _) = await _db.Get<TimelineService>().GetPortfolioAsync();

        Assert.Single(view.Campuses.Single(c => c.Slug == "alixan").RiskEvents);
    }
}
