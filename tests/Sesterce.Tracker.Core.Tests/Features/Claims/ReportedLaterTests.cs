using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Calendar;
using Sesterce.Tracker.Core.Features.Dashboard;
using Sesterce.Tracker.Core.Features.Executive;
using Sesterce.Tracker.Core.Features.Exports;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Timeline;
using static Sesterce.Tracker.Core.Tests.ClaimData;

namespace Sesterce.Tracker.Core.Tests.Features.Claims;

/// <summary>
/// Grid connection was reached on 3 March 2026 and first reported on 17 March. As-of views use the
/// reported-on day and only it: on the 10th nobody knew, so no view may show it reached.
/// </summary>
public class ReportedLaterTests(ReportedLaterTests.Store store) : IClassFixture<ReportedLaterTests.Store>
{
    private static readonly DateOnly Before = new(2026, 3, 10);
    private static readonly DateOnly Reported = new(2026, 3, 17);

    private readonly TrackerDatabase db = store.Database;
    private readonly int _id = store.MilestoneId;

    /// <summary>The seeded tracker with the milestone, made once for the class.</summary>
    public sealed class Store : IAsyncLifetime
    {
        public TrackerDatabase Database { get; } = new();

        public int MilestoneId { get; private set; }

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            var article = await Database.ArticleIdAsync();
            var report = await Database.AddSourceAsync("Alixan est raccordé au réseau", "2026-03-17");
            MilestoneId = await Database.AddMilestoneAsync(
                "Grid connection energised",
                Date("2026-03", "2025-12-01", article, quote: "raccordement prévu en mars 2026"),
                Date("2026-03-03", "2026-03-17", report, quote: "raccordé le 3 mars"));
        }

        public Task DisposeAsync() => Database.DisposeAsync();
    }

    private async Task<MilestoneSummary> MilestoneOn(DateOnly day) =>
        (await db.Get<MilestoneService>().GetMilestonesAsync("alixan", day))!.Single(m => m.Id == _id);

    [Fact]
    public async Task TheMilestoneServiceShowsItReachedOnlyFromTheDayItWasReported()
    {
        var before = await MilestoneOn(Before);
        var dayBefore = await MilestoneOn(Reported.AddDays(-1));
        var after = await MilestoneOn(Reported);

        Assert.Null(before.Reached);
        Assert.Equal(MilestoneState.Due, before.State);
        Assert.Equal(MilestoneState.Due, dayBefore.State);
        Assert.DoesNotContain(before.DateHistory, r => r.Kind == MilestoneDateKind.Reached);
        Assert.Equal(MilestoneState.Achieved, after.State);
        Assert.Equal(PartialDate.OnDay(2026, 3, 3), after.ActualDate);
        Assert.Equal("raccordé le 3 mars", Assert.Single(after.Reached!.Sources).Quote);
        Assert.Equal(Reported, after.Reached.KnownFrom);
    }

    [Fact]
    public async Task TheDashboardListsItAsNextBeforeTheReportAndAsReachedAfter()
    {
        var dashboards = db.Get<DashboardService>();

        var before = (await dashboards.GetAsync("alixan", Before)).View!;
        var after = (await dashboards.GetAsync("alixan", Reported)).View!;

        Assert.Contains(before.NextMilestones, m => m.Id == _id);
        Assert.DoesNotContain(before.ReachedMilestones, m => m.Id == _id);
        Assert.Contains(after.ReachedMilestones, m => m.Id == _id);
        Assert.DoesNotContain(after.NextMilestones, m => m.Id == _id);
        var executive = (await db.Get<ExecutiveService>().GetAsync("alixan", Before)).View!;
        Assert.Contains(executive.NextMilestones, m => m.Id == _id && m.ActualDate is null);
    }

    [Fact]
    public async Task TheTimelineMarksItAtItsTargetUntilTheReport()
    {
        var timeline = db.Get<TimelineService>();

        var before = (await timeline.GetCampusAsync("alixan", Before)).View!.Campuses[0].Milestones.Single(m => m.Milestone.Id == _id);
        var after = (await timeline.GetCampusAsync("alixan", Reported)).View!.Campuses[0].Milestones.Single(m => m.Milestone.Id == _id);

        Assert.Equal(PartialDate.InMonth(2026, 3), before.Position);
        Assert.Equal(PartialDate.OnDay(2026, 3, 3), after.Position);
        var trend = TrendAnalysis.Build([before.Milestone], Before).Single();
        Assert.False(trend.Reached);
        Assert.True(TrendAnalysis.Build([after.Milestone], Reported).Single().Reached);
    }

    [Fact]
    public async Task TheCalendarHasATentativeTargetBeforeTheReportAndAConfirmedDayAfter()
    {
        var before = Ical.Net.Calendar.Load(MilestoneCalendar.Write("alixan", "Alixan", [await MilestoneOn(Before)], TrackerDatabase.Today))!.Events.Single();
        var after = Ical.Net.Calendar.Load(MilestoneCalendar.Write("alixan", "Alixan", [await MilestoneOn(Reported)], TrackerDatabase.Today))!.Events.Single();

        Assert.Equal(("TENTATIVE", new DateOnly(2026, 3, 1)), (before.Status, DateOnly.FromDateTime(before.DtStart!.Value)));
        Assert.DoesNotContain("raccordé le 3 mars", before.Description, StringComparison.Ordinal);
        Assert.Equal(("CONFIRMED", new DateOnly(2026, 3, 3)), (after.Status, DateOnly.FromDateTime(after.DtStart!.Value)));
        Assert.Contains("Reached: 2026-03-03", after.Description, StringComparison.Ordinal);
        Assert.Contains("Source: Alixan est raccordé au réseau", after.Description, StringComparison.Ordinal);
        Assert.Contains("raccordé le 3 mars", after.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMilestoneExportHasNoReachedDateBeforeTheReport()
    {
        var exports = db.Get<ExportService>();

        var before = Row((await exports.MilestonesAsync("alixan", Before))!.Table);
        var after = Row((await exports.MilestonesAsync("alixan", Reported))!.Table);

        Assert.Equal((null, "Due", "2026-03"), (before["ActualDate"], before["State"], before["Target"]));
        Assert.Equal("raccordement prévu en mars 2026", before["Quote"]);
        Assert.Equal(("2026-03-03", "Achieved", "2026-03-17"), (after["ActualDate"], after["State"], after["ActualAnnouncedOn"]));
        Assert.Equal("Alixan est raccordé au réseau", after["SourceTitle"]);
    }

    [Fact]
    public async Task TheMilestonePageIsFoundWithoutItsReachedDateBeforeTheReport()
    {
        var detail = await db.Get<MilestoneDetailService>().GetAsync("alixan", _id, Before);

        Assert.True(detail.IsFound);
        Assert.Null(detail.View!.Milestone.ActualDate);
    }

    private Dictionary<string, object?> Row(ExportTable table)
    {
        var row = table.Rows.Single(r => (int)r[0]! == _id);
        return table.Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => row[x.i]);
    }
}
