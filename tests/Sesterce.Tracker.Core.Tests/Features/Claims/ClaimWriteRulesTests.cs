using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Dashboard;
using Sesterce.Tracker.Core.Features.Milestones;
using static Sesterce.Tracker.Core.Tests.ClaimData;

namespace Sesterce.Tracker.Core.Tests.Features.Claims;

/// <summary>
/// The rules every claim write follows, whatever the record: sources, reported-on dates, reached
/// dates and retractions, corrections, commissioning milestones, and the audit entry of each write.
/// Each test makes its own milestones and sources, so they share one database without meeting.
/// </summary>
public class ClaimWriteRulesTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private MilestoneAdminService Milestones => db.Get<MilestoneAdminService>();

    private async Task<int> RowsAsync()
    {
        await using var context = db.CreateContext();
        return await context.MilestoneDateRevisions.CountAsync() + await context.FigureRevisions.CountAsync() + await context.PhasePlanRevisions.CountAsync()
            + await context.Citations.CountAsync() + await context.Milestones.CountAsync() + await context.Phases.CountAsync() + await context.AuditEntries.CountAsync();
    }

    private async Task<int> PhaseIdAsync(string name)
    {
        await using var context = db.CreateContext();
        return await context.Phases.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    private static void Refused(WriteResult result, string field, string code)
    {
        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == field && e.Code == code);
    }

    [Fact]
    public async Task AReportedOnDayBeforeACitedSourcesPublicationIsRefusedWithoutTheConfirmationAndAcceptedWithIt()
    {
        var article = await db.ArticleIdAsync();
        var before = await RowsAsync();

        // The article of 24 Nov 2025 recalls February's promise: a claim reported in February cites a later document.
        var unconfirmed = await db.Get<FigureAdminService>().AddRevisionAsync(
            "alixan", "jobs", new RevisionInput(750, null, null, FigureQualifier.Approximately, Claim("2025-02", article, quote: "environ 750 emplois")));
        var unconfirmedRows = await RowsAsync();
        var confirmed = await db.Get<FigureAdminService>().AddRevisionAsync(
            "alixan", "jobs", new RevisionInput(750, null, null, FigureQualifier.Approximately, Claim("2025-02", [Cite(article, "environ 750 emplois")], recallsEarlierAnnouncement: true)));

        Refused(unconfirmed, "RecallsEarlierAnnouncement", "ReportedBeforePublication");
        Assert.Equal("2025-11-24", Assert.Single(unconfirmed.Errors, e => e.Code == "ReportedBeforePublication").Arguments.Single());
        Assert.Equal(before, unconfirmedRows);
        Assert.True(confirmed.Succeeded, Errors(confirmed));
    }

    [Fact]
    public async Task ASourcePublishedInAMonthAcceptsAReportInThatMonthButNotBefore()
    {
        var july = await db.AddSourceAsync("Bilan de juillet", "2025-07");
        var milestone = await db.AddMilestoneAsync("Land purchase signed", Date("2025-09", "2025-07-03", july));

        var early = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, Date("2025-10", "2025-06-30", july));

        Refused(early, "RecallsEarlierAnnouncement", "ReportedBeforePublication");
        Assert.Equal("2025-07", early.Errors.Single(e => e.Code == "ReportedBeforePublication").Arguments.Single());
    }

    [Fact]
    public async Task AReachedDateInTheFutureIsRefused()
    {
        var article = await db.ArticleIdAsync();
        var milestone = await db.AddMilestoneAsync("Cooling plant delivered", Date("2026-12", "2025-12-01", article));

        var tomorrow = await db.ClaimDateAsync(milestone, MilestoneDateKind.Reached, Date("2026-11-26", "2026-11-25", article));
        var nextMonth = await Milestones.CreateAsync("alixan", new MilestoneInput("Reached next month", null, MilestoneKind.Other, MilestoneStatus.Planned, null), null, Date("2026-12", "2026-11-25", article));

        Refused(tomorrow, "ReachedDate", "DateInFuture");
        Refused(nextMonth, "ReachedDate", "DateInFuture");
    }

    [Fact]
    public async Task AReachedDateReportedBeforeItHappenedIsRefused()
    {
        var article = await db.ArticleIdAsync();
        var milestone = await db.AddMilestoneAsync("Transformer energised", Date("2026-06", "2025-12-01", article));

        var result = await db.ClaimDateAsync(milestone, MilestoneDateKind.Reached, Date("2026-06-10", "2026-06-09", article));
        var sameDay = await db.ClaimDateAsync(milestone, MilestoneDateKind.Reached, Date("2026-06-10", "2026-06-10", article));

        Refused(result, "ReportedOn", "ReportedBeforeReached");
        Assert.True(sameDay.Succeeded, Errors(sameDay));
    }

    [Fact]
    public async Task RetractingAReachedDateWhenNoneStandsIsRefused()
    {
        var article = await db.ArticleIdAsync();
        var milestone = await db.AddMilestoneAsync("Fibre connected", Date("2026-09", "2025-12-01", article));

        var result = await db.ClaimDateAsync(milestone, MilestoneDateKind.Reached, Date("", "2026-10-01", article, note: "Not connected after all."));
        var created = await Milestones.CreateAsync("alixan", new MilestoneInput("Retracted at birth", null, MilestoneKind.Other, MilestoneStatus.Planned, null), null, Date(null, "2026-10-01", article));

        Refused(result, "ReachedDate", "NothingToRetract");
        Refused(created, "ReachedDate", "NothingToRetract");
    }

    [Fact]
    public async Task RetractingAReachedDateMakesTheMilestoneNotReachedFromTheRetractionsReportedOnDayOnly()
    {
        var article = await db.ArticleIdAsync();
        var milestone = await db.AddMilestoneAsync("Building permit granted", Date("2026-05", "2025-12-01", article), Date("2026-05-12", "2026-05-12", article, quote: "permis accordé"));

        var rumour = await db.ClaimDateAsync(milestone, MilestoneDateKind.Reached, Date(null, "2026-06-02", article, ClaimStatus.PressReport, quote: "le permis serait contesté"));
        var retraction = await db.ClaimDateAsync(milestone, MilestoneDateKind.Reached, Date(null, "2026-07-20", article, quote: "permis annulé par le tribunal", note: "Annulled on appeal."));

        Assert.True(rumour.Succeeded, Errors(rumour));
        Assert.True(retraction.Succeeded, Errors(retraction));
        var service = db.Get<MilestoneService>();

        // A press report does not retract an official reached date: the claim rule keeps the official word standing.
        var afterRumour = (await service.GetMilestonesAsync("alixan", new DateOnly(2026, 6, 2)))!.Single(m => m.Id == milestone);
        Assert.Equal(MilestoneState.Achieved, afterRumour.State);
        var dayBefore = (await service.GetMilestonesAsync("alixan", new DateOnly(2026, 7, 19)))!.Single(m => m.Id == milestone);
        var thatDay = (await service.GetMilestonesAsync("alixan", new DateOnly(2026, 7, 20)))!.Single(m => m.Id == milestone);
        Assert.Equal(MilestoneState.Achieved, dayBefore.State);
        Assert.Equal(PartialDate.OnDay(2026, 5, 12), dayBefore.ActualDate);
        Assert.Null(thatDay.Reached);
        Assert.Equal(MilestoneState.Overdue, thatDay.State);
        Assert.Equal(PartialDate.InMonth(2026, 5), thatDay.KeyDate);
        Assert.Equal(3, thatDay.DateHistory.Count(r => r.Kind == MilestoneDateKind.Reached));
        var dashboard = (await db.Get<DashboardService>().GetAsync("alixan", new DateOnly(2026, 7, 20))).View!;
        Assert.DoesNotContain(dashboard.ReachedMilestones, m => m.Id == milestone);
        Assert.Contains((await db.Get<DashboardService>().GetAsync("alixan", new DateOnly(2026, 7, 19))).View!.ReachedMilestones, m => m.Id == milestone);
    }

    [Fact]
    public async Task TheSameSourceTwiceInOneClaimIsRefused()
    {
        var article = await db.ArticleIdAsync();
        var milestone = await db.AddMilestoneAsync("Twice cited", Date("2027", "2025-12-01", article));
        var before = await RowsAsync();

        var result = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, new DateClaimInput("2027-H1", Claim("2026-01-05", [Cite(article, "a"), Cite(article, "b")])));

        Refused(result, "Sources[1].SourceId", "SourceTwice");
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task EveryKindOfClaimNeedsASourceAndAtMostTwenty()
    {
        var article = await db.ArticleIdAsync();
        var milestone = await db.AddMilestoneAsync("Needs sources", Date("2027", "2025-12-01", article));
        var phase = await PhaseIdAsync("Full 80 MW");
        var none = Claim("2026-01-05", []);
        var many = Claim("2026-01-05", [.. Enumerable.Range(1, 21).Select(i => Cite(article + i))]);
        var before = await RowsAsync();

        var figure = await db.Get<FigureAdminService>().AddRevisionAsync("alixan", "power", new RevisionInput(90, null, null, FigureQualifier.Exact, none));
        var date = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, new DateClaimInput("2027-H2", none));
        var plan = await db.Get<CampusAdminService>().AddPlanAsync(phase, new PhasePlanInput("2028", 90, none));
        var created = await Milestones.CreateAsync("alixan", new MilestoneInput("No source", null, MilestoneKind.Other, MilestoneStatus.Planned, null), new DateClaimInput("2027", none));
        var tooMany = await db.Get<FigureAdminService>().AddRevisionAsync("alixan", "power", new RevisionInput(90, null, null, FigureQualifier.Exact, many));

        Refused(figure, "Sources", "SourceRequired");
        Refused(date, "Sources", "SourceRequired");
        Refused(plan, "Sources", "SourceRequired");
        Refused(created, "Sources", "SourceRequired");
        Refused(tooMany, "Sources", "TooManySources");
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task AMilestoneNeedsAtLeastOneDateClaim()
    {
        var result = await Milestones.CreateAsync("alixan", new MilestoneInput("Dateless and claimless", null, MilestoneKind.Other, MilestoneStatus.Planned, null), null, null);

        Refused(result, "", "DateClaimRequired");
    }

    [Fact]
    public async Task AMilestoneThatEndsAPhaseNeedsThatPhase()
    {
        var article = await db.ArticleIdAsync();

        var result = await Milestones.CreateAsync(
            "alixan", new MilestoneInput("Commissions nothing", null, MilestoneKind.Commissioning, MilestoneStatus.Planned, null, CommissionsPhase: true), Date("2028", "2026-01-05", article));

        Refused(result, "CommissionsPhase", "CommissionsNeedsPhase");
    }

    [Fact]
    public async Task APhaseIsEndedByOneMilestoneOnly()
    {
        var article = await db.ArticleIdAsync();
        var phase = await PhaseIdAsync("Phase 1");
        var second = await db.AddMilestoneAsync("Phase 1 second commissioning", Date("2027", "2026-01-05", article), phaseId: phase);
        var edit = (await Milestones.GetForEditAsync(second))!;

        var created = await Milestones.CreateAsync(
            "alixan", new MilestoneInput("Phase 1 commissioning again", null, MilestoneKind.Commissioning, MilestoneStatus.Planned, phase, CommissionsPhase: true), Date("2027", "2026-01-05", article));
        var updated = await Milestones.UpdateAsync(second, edit.Values with { CommissionsPhase = true }, edit.Version);
        var seeded = (await Milestones.ListAsync("alixan"))!.Single(m => m.Title == "Phase 1 commissioning");
        var seededEdit = (await Milestones.GetForEditAsync(seeded.Id))!;
        var unchanged = await Milestones.UpdateAsync(seeded.Id, seededEdit.Values with { Description = "Still ends phase 1." }, seededEdit.Version);

        Refused(created, "CommissionsPhase", "PhaseAlreadyCommissioned");
        Refused(updated, "CommissionsPhase", "PhaseAlreadyCommissioned");
        Assert.True(unchanged.Succeeded, Errors(unchanged));
    }

    [Fact]
    public async Task APlanNeedsADateOrACapacity()
    {
        var article = await db.ArticleIdAsync();

        var result = await db.Get<CampusAdminService>().AddPlanAsync(await PhaseIdAsync("Full 80 MW"), new PhasePlanInput(" ", null, Claim("2026-01-05", article)));

        Refused(result, "TargetDate", "DateOrCapacity");
    }

    [Fact]
    public async Task ACorrectionNamesAClaimOfTheSameMilestoneAndKindOnceAndGivesItsReason()
    {
        var article = await db.ArticleIdAsync();
        var milestone = await db.AddMilestoneAsync("Corrected target", Date("2027-03", "2026-01-05", article), Date("2026-01-05", "2026-01-05", article));
        var other = await db.AddMilestoneAsync("Someone else's target", Date("2027-06", "2026-01-05", article));
        var dates = (await Milestones.GetForEditAsync(milestone))!.Dates;
        var target = dates.Target!.Id;
        var reached = dates.Reached!.Id;
        var otherTarget = (await Milestones.GetForEditAsync(other))!.Dates.Target!.Id;
        var fix = Date("2027-04", "2026-02-01", article);

        var noReason = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, fix, corrects: target);
        var wrongKind = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, fix, corrects: reached, reason: "typo");
        var wrongMilestone = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, fix, corrects: otherTarget, reason: "typo");
        var corrected = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, fix, corrects: target, reason: "The article said April, not March.");
        var again = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, fix, corrects: target, reason: "twice");

        Refused(noReason, "Reason", "Required");
        Refused(wrongKind, "", "UnknownClaim");
        Refused(wrongMilestone, "", "UnknownClaim");
        Assert.True(corrected.Succeeded, Errors(corrected));
        Refused(again, "", "AlreadyCorrected");
    }

    [Fact]
    public async Task ADateClaimOfAnUnknownKindIsRefused()
    {
        var article = await db.ArticleIdAsync();
        var milestone = await db.AddMilestoneAsync("Kind checked", Date("2027", "2026-01-05", article));
        var before = await RowsAsync();

        var result = await db.ClaimDateAsync(milestone, (MilestoneDateKind)7, Date("2027-H2", "2026-01-05", article));

        Refused(result, "Kind", "UnknownChoice");
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task EveryClaimWriteIsAuditedWithItsSources()
    {
        var article = await db.ArticleIdAsync();
        var second = await db.AddSourceAsync("Le supercalculateur d'Alixan", "2026-01-05");
        var twoSources = Claim("2026-01-05", [Cite(second, "deuxième"), Cite(article, "premier")]);
        var expected = $"\"field\":\"Sources\",\"old\":null,\"new\":\"{second}, {article}\"";

        var figure = await db.Get<FigureAdminService>().AddRevisionAsync("alixan", "power", new RevisionInput(80, null, null, FigureQualifier.Exact, twoSources));
        var created = await Milestones.CreateAsync(
            "alixan", new MilestoneInput("Audited milestone", null, MilestoneKind.Other, MilestoneStatus.Planned, null), new DateClaimInput("2027-H2", twoSources));
        var target = await db.ClaimDateAsync(created.Id!.Value, MilestoneDateKind.Target, new DateClaimInput("2028-H1", twoSources with { Status = ClaimStatus.InternalEstimate }));
        var reached = await db.ClaimDateAsync(created.Id!.Value, MilestoneDateKind.Reached, new DateClaimInput("2026-01-05", twoSources));
        var retracted = await db.ClaimDateAsync(created.Id!.Value, MilestoneDateKind.Reached, new DateClaimInput(null, twoSources));
        var phase = await db.Get<CampusAdminService>().CreatePhaseAsync("alixan", new PhaseInput("Audited phase", 9, "2026-01-05"), new PhasePlanInput("2029", 40, twoSources));
        var plan = await db.Get<CampusAdminService>().AddPlanAsync(phase.Id!.Value, new PhasePlanInput("2029-H2", null, twoSources));

        await using var context = db.CreateContext();
        var entries = await context.AuditEntries.OrderByDescending(a => a.Id).Take(7).ToListAsync();
        entries.Reverse();
        Assert.All(new[] { figure, created, target, reached, retracted, phase, plan }, r => Assert.True(r.Succeeded, Errors(r)));
        Assert.Equal(
            [("FigureRevision", "RevisionAdded"), ("Milestone", "Created"), ("Milestone", "TargetClaimed"), ("Milestone", "ReachedClaimed"), ("Milestone", "ReachedRetracted"), ("Phase", "Created"), ("PhasePlan", "Replanned")],
            entries.Select(e => (e.EntityType, e.Action)));
        Assert.All(entries, e => Assert.Contains(expected, e.Changes, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Equal("alice@example.test", e.UserName));
        Assert.Contains("\"field\":\"Status\",\"old\":null,\"new\":\"InternalEstimate\"", entries[2].Changes, StringComparison.Ordinal);
        Assert.Equal(2, await context.Citations.CountAsync(c => c.PhasePlanRevisionId == plan.Id));
    }
}
