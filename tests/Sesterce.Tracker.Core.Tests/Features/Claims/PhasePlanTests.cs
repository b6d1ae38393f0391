using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Timeline;
using static Sesterce.Tracker.Core.Tests.ClaimData;

namespace Sesterce.Tracker.Core.Tests.Features.Claims;

/// <summary>
/// A phase's date and capacity are claims with history: re-planning keeps the earlier plan in past
/// views, and a phase that ends with its commissioning milestone takes that milestone's headline date.
/// </summary>
public class PhasePlanTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private CampusAdminService Admin => db.Get<CampusAdminService>();

    private async Task<PhaseView?> PhaseOn(string name, DateOnly? day = null) =>
        (await db.Get<CampusService>().GetAsync("alixan", day))!.Phases.SingleOrDefault(p => p.Name == name);

    private async Task<int> PhaseIdAsync(string name)
    {
        await using var context = db.CreateContext();
        return await context.Phases.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    private async Task<int> AddPhaseAsync(string name, int order, string announced, PhasePlanInput plan)
    {
        var created = await Admin.CreatePhaseAsync("alixan", new PhaseInput(name, order, announced), plan);
        Assert.True(created.Succeeded, Errors(created));
        return created.Id!.Value;
    }

    [Fact]
    public async Task ReplanningAPhaseKeepsTheEarlierPlanInPastViewsAndShowsTheNewOneFromItsDay()
    {
        var first = await db.AddSourceAsync("Extension annoncée", "2026-01-10");
        var second = await db.AddSourceAsync("Extension revue à la hausse", "2026-06-01");
        var phase = await AddPhaseAsync("Extension", 3, "2026-01-10", new PhasePlanInput("2027-06", 100, Claim("2026-01-10", first, quote: "100 MW en juin 2027")));

        var replanned = await Admin.AddPlanAsync(phase, new PhasePlanInput("2027-H2", 120, Claim("2026-06-01", second, quote: "120 MW au second semestre 2027", note: "More power, later.")));

        Assert.True(replanned.Succeeded, Errors(replanned));
        Assert.Null(await PhaseOn("Extension", new DateOnly(2026, 1, 9)));
        var before = (await PhaseOn("Extension", new DateOnly(2026, 5, 31)))!;
        var after = (await PhaseOn("Extension", new DateOnly(2026, 6, 1)))!;
        Assert.Equal((PartialDate.InMonth(2027, 6), 100m), (before.TargetDate, before.TargetCapacityMw));
        Assert.Equal("100 MW en juin 2027", Assert.Single(before.Plan!.Sources).Quote);
        Assert.Single(before.PlanHistory);
        Assert.Equal((PartialDate.InHalf(2027, 2), 120m), (after.TargetDate, after.TargetCapacityMw));
        Assert.Equal("More power, later.", after.Plan!.Note);
        Assert.Equal(2, after.PlanHistory.Count);
        Assert.Null(after.PlanChallenger);

        var past = (await db.Get<TimelineService>().GetCampusAsync("alixan", new DateOnly(2026, 5, 31))).View!.Campuses[0].Phases.Single(p => p.Name == "Extension");
        var now = (await db.Get<TimelineService>().GetCampusAsync("alixan", new DateOnly(2026, 6, 1))).View!.Campuses[0].Phases.Single(p => p.Name == "Extension");
        Assert.Equal(PartialDate.InMonth(2027, 6), past.Target);
        Assert.Equal(PartialDate.InHalf(2027, 2), now.Target);
    }

    [Fact]
    public async Task RenamingAPhaseKeepsItInPastViewsWithItsPlan()
    {
        var source = await db.AddSourceAsync("Phase de stockage", "2026-02-02");
        var phase = await AddPhaseAsync("Storage", 5, "2026-02-02", new PhasePlanInput("2028", null, Claim("2026-02-02", source)));
        var row = (await Admin.PhasesAsync("alixan")).Single(p => p.Id == phase);

        var renamed = await Admin.UpdatePhaseAsync(phase, row.Values with { Name = "Battery storage" }, row.Version);

        Assert.True(renamed.Succeeded, Errors(renamed));
        var past = (await PhaseOn("Battery storage", new DateOnly(2026, 3, 1)))!;
        Assert.Equal(PartialDate.InYear(2028), past.TargetDate);
        Assert.Null(past.TargetCapacityMw);
        Assert.Equal(PartialDate.InYear(2028), (await Admin.PhasesAsync("alixan")).Single(p => p.Id == phase).Current.TargetDate);
    }

    [Fact]
    public async Task AnEstimateBesideAnOfficialPlanDoesNotReplaceItAndACorrectionDoes()
    {
        var source = await db.AddSourceAsync("Phase 4 : calendrier", "2026-02-10");
        var phase = await AddPhaseAsync("Phase 4", 4, "2026-02-10", new PhasePlanInput("2028-Q2", 160, Claim("2026-02-10", source)));
        var official = (await PhaseOn("Phase 4"))!.Plan!.Id;

        var estimate = await Admin.AddPlanAsync(phase, new PhasePlanInput("2028-Q4", 160, Claim("2026-03-01", source, ClaimStatus.InternalEstimate)));
        var withEstimate = (await PhaseOn("Phase 4"))!;
        var noReason = await Admin.AddPlanAsync(phase, new PhasePlanInput("2028-Q3", 160, Claim("2026-04-01", source)), corrects: official);
        var correction = await Admin.AddPlanAsync(phase, new PhasePlanInput("2028-Q3", 160, Claim("2026-04-01", source)), corrects: official, reason: "Q3, not Q2: misread.");
        var foreign = await Admin.AddPlanAsync(await PhaseIdAsync("Full 80 MW"), new PhasePlanInput("2028", 80, Claim("2026-04-01", source)), corrects: official, reason: "Not this phase's plan.");

        Assert.True(estimate.Succeeded, Errors(estimate));
        Assert.Equal(PartialDate.InQuarter(2028, 2), withEstimate.TargetDate);
        Assert.Equal((PartialDate.InQuarter(2028, 4), ClaimStatus.InternalEstimate), (withEstimate.PlanChallenger!.Target, withEstimate.PlanChallenger.Status));
        Assert.Contains(noReason.Errors, e => e.Field == "Reason" && e.Code == "Required");
        Assert.True(correction.Succeeded, Errors(correction));
        Assert.Contains(foreign.Errors, e => e.Code == "UnknownClaim");
        var corrected = (await PhaseOn("Phase 4"))!;
        Assert.Equal(PartialDate.InQuarter(2028, 3), corrected.TargetDate);
        Assert.Equal(correction.Id, corrected.PlanHistory.Single(p => p.Id == official).CorrectedByRevisionId);
    }

    [Fact]
    public async Task APhaseEndingWithItsCommissioningMilestoneTakesThatMilestonesHeadlineDate()
    {
        var article = await db.ArticleIdAsync();
        var moved = await db.AddSourceAsync("Mise en service repoussée", "2026-06-15");
        var milestone = (await db.Get<MilestoneAdminService>().ListAsync("alixan"))!.Single(m => m.Title == "Phase 1 commissioning").Id;
        Assert.Equal(PartialDate.InMonth(2026, 12), (await PhaseOn("Phase 1"))!.TargetDate);

        var official = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, Date("2027-03", "2026-06-15", moved, quote: "repoussée à mars 2027"));
        var estimate = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, Date("2027-06", "2026-07-01", article, ClaimStatus.InternalEstimate));

        Assert.True(official.Succeeded && estimate.Succeeded, Errors(official) + Errors(estimate));
        var before = (await PhaseOn("Phase 1", new DateOnly(2026, 6, 14)))!;
        var after = (await PhaseOn("Phase 1"))!;
        Assert.Equal(PartialDate.InMonth(2026, 12), before.TargetDate);
        Assert.Equal(PartialDate.InMonth(2027, 3), after.TargetDate);
        Assert.Equal((milestone, "Phase 1 commissioning"), (after.CommissioningMilestone!.Id, after.CommissioningMilestone.Title));
        var bar = (await db.Get<TimelineService>().GetCampusAsync("alixan")).View!.Campuses[0].Phases.Single(p => p.Name == "Phase 1");
        Assert.Equal(PartialDate.InMonth(2027, 3), bar.Target);
    }

    [Fact]
    public async Task APhaseFollowsItsCommissioningMilestoneOverItsOwnPlanAndKeepsThePlanWhileTheMilestoneHasNoDate()
    {
        var source = await db.AddSourceAsync("Phase 6 : plan", "2026-03-02");
        var phase = await AddPhaseAsync("Phase 6", 6, "2026-03-02", new PhasePlanInput("2029", 200, Claim("2026-03-02", source)));
        var milestone = await db.AddMilestoneAsync("Phase 6 commissioning", Date(null, "2026-04-01", source), phaseId: phase, commissionsPhase: true);

        var undated = (await PhaseOn("Phase 6"))!;
        var dated = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, Date("2029-H1", "2026-05-04", source));
        var followed = (await PhaseOn("Phase 6"))!;
        var beforeTheMilestone = (await PhaseOn("Phase 6", new DateOnly(2026, 3, 31)))!;

        Assert.Equal(PartialDate.InYear(2029), undated.TargetDate);
        Assert.Equal(milestone, undated.CommissioningMilestone!.Id);
        Assert.True(dated.Succeeded, Errors(dated));
        Assert.Equal(PartialDate.InHalf(2029, 1), followed.TargetDate);
        Assert.Equal(200m, followed.TargetCapacityMw);
        Assert.Null(beforeTheMilestone.CommissioningMilestone);
        Assert.Equal(PartialDate.InYear(2029), beforeTheMilestone.TargetDate);
    }

    [Fact]
    public async Task AReachedCommissioningMilestoneEndsItsPhaseOnTheDayItWasReached()
    {
        var source = await db.AddSourceAsync("Phase 7 : en service", "2026-09-20");
        var phase = await AddPhaseAsync("Phase 7", 7, "2026-03-02", new PhasePlanInput(null, 20, Claim("2026-09-20", source)));
        var target = new DateClaimInput("2026-09", Claim("2026-03-02", [Cite(source)], recallsEarlierAnnouncement: true));
        await db.AddMilestoneAsync("Phase 7 commissioning", target, Date("2026-09-18", "2026-09-20", source), phaseId: phase, commissionsPhase: true);

        var ended = (await PhaseOn("Phase 7"))!;

        Assert.Equal(PartialDate.OnDay(2026, 9, 18), ended.TargetDate);
        Assert.Equal(PartialDate.InMonth(2026, 9), (await PhaseOn("Phase 7", new DateOnly(2026, 9, 19)))!.TargetDate);
    }
}
