using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Calendar;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Dashboard;
using Sesterce.Tracker.Core.Features.Executive;
using Sesterce.Tracker.Core.Features.Exports;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Timeline;
using static Sesterce.Tracker.Core.Tests.ClaimData;

namespace Sesterce.Tracker.Core.Tests.Features.Claims;

/// <summary>
/// The headline rule on milestone dates, through the services: an internal estimate or a press
/// report never replaces a standing official date (it is shown beside it), a later official date
/// does, and a correction replaces what it corrects whatever its status.
/// </summary>
public class HeadlineDateTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private async Task<MilestoneSummary> MilestoneAsync(int id, DateOnly? day = null) =>
        (await db.Get<MilestoneService>().GetMilestonesAsync("alixan", day))!.Single(m => m.Id == id);

    private async Task ClaimTargetAsync(int milestone, string date, string reportedOn, ClaimStatus status, int? corrects = null, string? reason = null)
    {
        var result = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, Date(date, reportedOn, await db.ArticleIdAsync(), status), corrects, reason);
        Assert.True(result.Succeeded, Errors(result));
    }

    [Fact]
    public async Task WithNoOfficialTargetTheLatestEstimateIsTheHeadline()
    {
        var article = await db.ArticleIdAsync();
        var id = await db.AddMilestoneAsync("Estimates only", Date("2027-H1", "2025-12-01", article, ClaimStatus.PressReport));

        await ClaimTargetAsync(id, "2027-H2", "2026-02-02", ClaimStatus.InternalEstimate);

        var milestone = await MilestoneAsync(id);
        Assert.Equal(PartialDate.InHalf(2027, 2), milestone.TargetDate);
        Assert.Equal(ClaimStatus.InternalEstimate, milestone.Target!.Status);
        Assert.Null(milestone.TargetChallenger);
        Assert.Equal(PartialDate.InHalf(2027, 1), milestone.Baseline);
        Assert.Equal(new Slip(1, DatePrecision.HalfYear), milestone.Slip);
    }

    [Fact]
    public async Task ALaterOfficialTargetReplacesTheEarlierOneAndTheEstimateBetweenThem()
    {
        var article = await db.ArticleIdAsync();
        var id = await db.AddMilestoneAsync("Official moves", Date("2026-12", "2025-12-01", article));

        await ClaimTargetAsync(id, "2027-Q1", "2026-03-02", ClaimStatus.InternalEstimate);
        await ClaimTargetAsync(id, "2027-03", "2026-06-15", ClaimStatus.OfficialAnnouncement);

        var milestone = await MilestoneAsync(id);
        Assert.Equal(PartialDate.InMonth(2027, 3), milestone.TargetDate);
        Assert.Equal(ClaimStatus.OfficialAnnouncement, milestone.Target!.Status);
        Assert.Null(milestone.TargetChallenger);
        Assert.Equal(PartialDate.InMonth(2026, 12), milestone.Baseline);
        Assert.Equal(new Slip(3, DatePrecision.Month), milestone.Slip);
        Assert.Equal(PartialDate.InMonth(2026, 12), (await MilestoneAsync(id, new DateOnly(2026, 6, 14))).TargetDate);
    }

    [Fact]
    public async Task AReportRepeatingTheOfficialDateIsTheFreshestWordWithoutAChallenger()
    {
        var article = await db.ArticleIdAsync();
        var id = await db.AddMilestoneAsync("Repeated by the press", Date("2026-12", "2025-12-01", article));

        await ClaimTargetAsync(id, "2026-12", "2026-04-01", ClaimStatus.PressReport);

        var milestone = await MilestoneAsync(id);
        Assert.Equal(PartialDate.InMonth(2026, 12), milestone.TargetDate);
        Assert.Equal(ClaimStatus.PressReport, milestone.Target!.Status);
        Assert.Null(milestone.TargetChallenger);
    }

    [Fact]
    public async Task ACorrectionReplacesTheClaimItCorrectsWhateverItsStatus()
    {
        var article = await db.ArticleIdAsync();
        var id = await db.AddMilestoneAsync("Misreported date", Date("2026-10", "2025-12-01", article));
        var official = (await MilestoneAsync(id)).Target!.Id;

        await ClaimTargetAsync(id, "2026-11", "2026-01-20", ClaimStatus.PressReport, corrects: official, reason: "The article misread the month: November.");

        var milestone = await MilestoneAsync(id);
        Assert.Equal(PartialDate.InMonth(2026, 11), milestone.TargetDate);
        Assert.Equal(ClaimStatus.PressReport, milestone.Target!.Status);
        Assert.Equal(milestone.Target.Id, milestone.DateHistory.Single(r => r.Id == official).CorrectedByRevisionId);
        Assert.Equal(PartialDate.InMonth(2026, 11), milestone.Baseline);
        var before = await MilestoneAsync(id, new DateOnly(2026, 1, 19));
        Assert.Equal(PartialDate.InMonth(2026, 10), before.TargetDate);
        Assert.Null(before.DateHistory.Single(r => r.Id == official).CorrectedByRevisionId);
    }

    [Fact]
    public async Task ALaterDatedClaimGivesItADateAndItsFirstDateBecomesTheBaseline()
    {
        var pending = await db.AddSourceAsync("Poste électrique : appel d'offres lancé", "2026-01-05");
        var source = await db.AddSourceAsync("Raccordement : décision en 2027", "2026-04-01");
        var other = await db.AddMilestoneAsync("Substation tender awarded", Date(null, "2026-01-05", pending, ClaimStatus.PressReport));

        var dated = await db.ClaimDateAsync(other, MilestoneDateKind.Target, Date("2027-H1", "2026-04-01", source));

        Assert.True(dated.Succeeded, Errors(dated));
        var milestones = db.Get<MilestoneService>();
        var now = (await milestones.GetMilestonesAsync("alixan"))!.Single(m => m.Id == other);
        var then = (await milestones.GetMilestonesAsync("alixan", new DateOnly(2026, 3, 31)))!.Single(m => m.Id == other);
        Assert.Equal((PartialDate.InHalf(2027, 1), PartialDate.InHalf(2027, 1)), (now.TargetDate, now.Baseline));
        Assert.True(then.IsUndated);
    }

    [Theory]
    [InlineData(ClaimStatus.OfficialAnnouncement, ClaimStatus.InternalEstimate, "a", HeadlineReason.LatestAuthoritative, "b")]
    [InlineData(ClaimStatus.Approved, ClaimStatus.PressReport, "a", HeadlineReason.LatestAuthoritative, "b")]
    [InlineData(ClaimStatus.PressReport, ClaimStatus.InternalEstimate, "b", HeadlineReason.LatestAnyStatus, null)]
    [InlineData(ClaimStatus.InternalEstimate, ClaimStatus.OfficialAnnouncement, "b", HeadlineReason.LatestAuthoritative, null)]
    [InlineData(ClaimStatus.OfficialAnnouncement, ClaimStatus.Approved, "b", HeadlineReason.LatestAuthoritative, null)]
    public void TheHeadlineRuleOrdersByStatusThenByWhenKnown(ClaimStatus first, ClaimStatus second, string headline, HeadlineReason reason, string? challenger)
    {
        var a = View(1, "2026-12", new DateOnly(2025, 12, 1), first);
        var b = View(2, "2027-03", new DateOnly(2026, 3, 1), second);
        var names = new Dictionary<int, string> { [1] = "a", [2] = "b" };

        var chosen = ClaimRules.Choose([a, b], (x, y) => x.Date == y.Date)!;
        var other = ClaimRules.Challenger([a, b], chosen.Claim, (x, y) => x.Date == y.Date);

        Assert.Equal((headline, reason), (names[chosen.Claim.Id], chosen.Reason));
        Assert.Equal(challenger, other is null ? null : names[other.Id]);
    }

    [Fact]
    public void TheLedgerOrdersByTheDayKnownAndMarksEachCorrectionItKnows()
    {
        var late = View(1, "2026-12", new DateOnly(2026, 2, 1), ClaimStatus.OfficialAnnouncement);
        var early = View(2, "2026-10", new DateOnly(2025, 12, 1), ClaimStatus.OfficialAnnouncement);
        var fix = View(3, "2026-11", new DateOnly(2026, 3, 1), ClaimStatus.PressReport) with { CorrectsRevisionId = 2 };

        var ledger = ClaimRules.Ledger([late, early, fix], (r, by) => r with { CorrectedByRevisionId = by });

        Assert.Equal([2, 1, 3], ledger.Select(r => r.Id));
        Assert.Equal([(int?)3, null, null], ledger.Select(r => r.CorrectedByRevisionId));
        Assert.Equal([1, 3], ClaimRules.Effective(ledger).Select(r => r.Id));
        Assert.Null(ClaimRules.Choose<MilestoneDateRevisionView>([], (x, y) => x.Date == y.Date));
    }

    private static MilestoneDateRevisionView View(int id, string date, DateOnly reported, ClaimStatus status) =>
        new(id, MilestoneDateKind.Target, PartialDate.Parse(date), new PartialDate(reported, DatePrecision.Day), reported, status, [], null);
}

/// <summary>An internal estimate beside an official date, on every view; its own database, so the short "next" lists hold it.</summary>
public class EstimateBesideOfficialDateTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private async Task<MilestoneSummary> MilestoneAsync(int id, DateOnly? day = null) =>
        (await db.Get<MilestoneService>().GetMilestonesAsync("alixan", day))!.Single(m => m.Id == id);

    [Fact]
    public async Task AnInternalEstimateNeverReplacesAStandingOfficialTargetAndIsShownBesideIt()
    {
        var article = await db.ArticleIdAsync();
        var id = await db.AddMilestoneAsync("Estimate beside the official date", Date("2026-12", "2025-12-01", article, quote: "décembre 2026"));

        var estimate = await db.ClaimDateAsync(id, MilestoneDateKind.Target, Date("2027-Q1", "2026-05-04", article, ClaimStatus.InternalEstimate, "premier trimestre 2027"));

        Assert.True(estimate.Succeeded, Errors(estimate));
        var milestone = await MilestoneAsync(id);
        Assert.Equal(PartialDate.InMonth(2026, 12), milestone.TargetDate);
        Assert.Equal(ClaimStatus.OfficialAnnouncement, milestone.Target!.Status);
        Assert.Equal((PartialDate.InQuarter(2027, 1), ClaimStatus.InternalEstimate), (milestone.TargetChallenger!.Date, milestone.TargetChallenger.Status));
        Assert.Equal(new Slip(0, DatePrecision.Month), milestone.Slip);
        Assert.Equal(MilestoneState.Upcoming, milestone.State);

        var before = await MilestoneAsync(id, new DateOnly(2026, 5, 3));
        Assert.Null(before.TargetChallenger);

        var dashboard = (await db.Get<DashboardService>().GetAsync("alixan")).View!;
        Assert.Equal(PartialDate.InMonth(2026, 12), dashboard.NextMilestones.Single(m => m.Id == id).TargetDate);
        var executive = (await db.Get<ExecutiveService>().GetAsync("alixan")).View!;
        Assert.Equal(PartialDate.InMonth(2026, 12), executive.NextMilestones.Single(m => m.Id == id).TargetDate);
        var timeline = (await db.Get<TimelineService>().GetCampusAsync("alixan")).View!.Campuses[0].Milestones.Single(m => m.Milestone.Id == id);
        Assert.Equal(PartialDate.InMonth(2026, 12), timeline.Position);
        var calendar = Ical.Net.Calendar.Load(MilestoneCalendar.Write("alixan", "Alixan", [milestone], TrackerDatabase.Today))!.Events.Single();
        Assert.Equal(new DateOnly(2026, 12, 1), DateOnly.FromDateTime(calendar.DtStart!.Value));
        Assert.Contains("Internal estimate says 2027-Q1 (reported 2026-05-04)", calendar.Description, StringComparison.Ordinal);
        var export = (await db.Get<ExportService>().MilestonesAsync("alixan", null))!.Table;
        var row = export.Rows.Single(r => (int)r[0]! == id);
        Assert.Equal(
            ("2026-12", "OfficialAnnouncement", "2027-Q1", "InternalEstimate"),
            (row[Column(export, "Target")], row[Column(export, "TargetStatus")], row[Column(export, "OtherTarget")], row[Column(export, "OtherTargetStatus")]));
    }

    private static int Column(ExportTable table, string name) => table.Columns.ToList().IndexOf(name);
}
