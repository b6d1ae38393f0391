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
/// "Decision on the grid connection agreement expected", announced on 5 Jan 2026 without a date:
/// a pending milestone is on every view from that day, as "date to be announced", and only the
/// calendar, which has nowhere to put it, leaves it out and says so.
/// </summary>
public class UndatedMilestoneTests(UndatedMilestoneTests.Store store) : IClassFixture<UndatedMilestoneTests.Store>
{
    private static readonly DateOnly Announced = new(2026, 1, 5);

    private readonly TrackerDatabase _db = store.Database;
    private readonly int _id = store.MilestoneId;

    /// <summary>The seeded tracker with the pending milestone, made once for the class.</summary>
    public sealed class Store : IAsyncLifetime
    {
        public TrackerDatabase Database { get; } = new();

        public int MilestoneId { get; private set; }

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            var source = await Database.AddSourceAsync("Raccordement : la décision attendue", "2026-01-05");
            MilestoneId = await Database.AddMilestoneAsync("Grid connection agreement decided", Date("", "2026-01-05", source, quote: "une décision est attendue, sans date"));
        }

        public Task DisposeAsync() => Database.DisposeAsync();
    }

    [Fact]
    public async Task TheMilestoneListHasItUndatedFromTheDayItWasAnnounced()
    {
        var service = _db.Get<MilestoneService>();

        var milestone = (await service.GetMilestonesAsync("alixan"))!.Single(m => m.Id == _id);
        var before = await service.GetMilestonesAsync("alixan", Announced.AddDays(-1));

        Assert.True(milestone.IsUndated);
        Assert.Null(milestone.TargetDate);
        Assert.Null(milestone.KeyDate);
        Assert.Null(milestone.Slip);
        Assert.Null(milestone.Baseline);
        Assert.Equal(MilestoneState.Upcoming, milestone.State);
        Assert.Equal("une décision est attendue, sans date", Assert.Single(milestone.Target!.Sources).Quote);
        Assert.Equal(Announced, milestone.FirstKnownOn);
        Assert.Equal(_id, (await service.GetMilestonesAsync("alixan"))![^1].Id);
        Assert.DoesNotContain(before!, m => m.Id == _id);
    }

    [Fact]
    public async Task TheMilestonePageFindsIt()
    {
        var detail = await _db.Get<MilestoneDetailService>().GetAsync("alixan", _id);

        Assert.True(detail.IsFound);
        Assert.True(detail.View!.Milestone.IsUndated);
        Assert.Null(detail.View.SlipFromBaseline);
    }

    [Fact]
    public async Task TheDashboardAndTheExecutiveViewListItAsDateToBeAnnounced()
    {
        var dashboard = (await _db.Get<DashboardService>().GetAsync("alixan")).View!;
        var executive = (await _db.Get<ExecutiveService>().GetAsync("alixan")).View!;

        Assert.Equal(_id, Assert.Single(dashboard.UndatedMilestones).Id);
        Assert.DoesNotContain(dashboard.NextMilestones, m => m.Id == _id);
        Assert.Equal(_id, Assert.Single(executive.UndatedMilestones).Id);
        Assert.DoesNotContain(executive.NextMilestones, m => m.Id == _id);
        Assert.Contains(executive.Sources, s => s.Source.Title == "Raccordement : la décision attendue" && s.MilestoneTitles.Contains("Grid connection agreement decided"));
        Assert.Empty((await _db.Get<DashboardService>().GetAsync("alixan", Announced.AddDays(-1))).View!.UndatedMilestones);
    }

    [Fact]
    public async Task TheTimelineListsItBesideTheChart()
    {
        var view = (await _db.Get<TimelineService>().GetCampusAsync("alixan")).View!;

        var campus = Assert.Single(view.Campuses);
        Assert.Equal(_id, Assert.Single(campus.Undated).Milestone.Id);
        Assert.Null(campus.Undated.Single().SlipFromBaseline);
        Assert.Equal((new DateOnly(2025, 2, 1), new DateOnly(2027, 12, 31)), view.Extent());
        Assert.DoesNotContain(TrendAnalysis.Build(campus.Milestones.Select(m => m.Milestone), view.AsOf), s => s.MilestoneId == _id);
    }

    [Fact]
    public async Task TheMilestoneExportHasItsRowWithAnEmptyTarget()
    {
        var table = (await _db.Get<ExportService>().MilestonesAsync("alixan", null))!.Table;

        var row = table.Rows.Single(r => (int)r[0]! == _id);
        var cell = (string column) => row[table.Columns.ToList().IndexOf(column)];
        Assert.Equal(5, table.Rows.Count);
        Assert.Null(cell("Target"));
        Assert.Null(cell("TargetPrecision"));
        Assert.Null(cell("Slip"));
        Assert.Equal(("Upcoming", "OfficialAnnouncement", "2026-01-05"), (cell("State"), cell("TargetStatus"), cell("TargetAnnouncedOn")));
        Assert.Equal("une décision est attendue, sans date", cell("Quote"));
    }

    [Fact]
    public async Task TheCalendarLeavesItOutAndSaysHowManyItLeftOut()
    {
        var milestones = (await _db.Get<MilestoneService>().GetMilestonesAsync("alixan"))!;

        var ics = MilestoneCalendar.Write("alixan", "Alixan", milestones, TrackerDatabase.Today);
        var calendar = Ical.Net.Calendar.Load(ics)!;

        Assert.Equal(4, calendar.Events.Count);
        Assert.DoesNotContain(calendar.Events, e => e.Summary == "Grid connection agreement decided");
        Assert.Contains("X-WR-CALDESC:Milestones of Alixan. 1 milestone has no date yet and is not in this calendar.", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var withoutIt = MilestoneCalendar.Write("alixan", "Alixan", [.. milestones.Where(m => m.Id != _id)], TrackerDatabase.Today);
        Assert.Contains("X-WR-CALDESC:Milestones of Alixan.\r\n", withoutIt, StringComparison.Ordinal);
    }
}
