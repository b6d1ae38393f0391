using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Dashboard;

namespace Sesterce.Tracker.Core.Tests.Features.Dashboard;

public class DashboardServiceTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private DashboardService Dashboard => db.Get<DashboardService>();

    [Fact]
    public async Task TodaysDashboardHasFiguresNextMilestonesAndRatios()
    {
        var view = (await Dashboard.GetAsync("alixan")).View!;

        Assert.NotNull(view);
        Assert.True(view.IsToday);
        Assert.False(view.NothingKnownYet);
        Assert.Equal(new DateOnly(2026, 11, 25), view.AsOf);
        Assert.Equal(3, view.Figures.Count);
        Assert.Equal(["Phase 1 commissioning", "Full 80 MW in operation"], view.NextMilestones.Select(m => m.Title));
        Assert.Equal(2, view.ReachedMilestones.Count);
    }

    [Fact]
    public async Task InvestmentPerMegawattWentFromElevenToEighteenMillions()
    {
        var view = (await Dashboard.GetAsync("alixan")).View!;
        var ratio = view!.Ratios.Single(r => r.Key == "investment-per-mw");

        Assert.Equal(ValueRange.Exactly(11_250_000m), ratio.First);
        Assert.Equal(ValueRange.Exactly(18_750_000m), ratio.Latest);
        Assert.Equal(2, ratio.History.Count);
        Assert.Equal(new DateOnly(2025, 11, 17), ratio.History[1].From);
    }

    [Fact]
    public async Task JobsPerMegawattHalvedWhenPowerDoubled()
    {
        var view = (await Dashboard.GetAsync("alixan")).View!;
        var ratio = view!.Ratios.Single(r => r.Key == "jobs-per-mw");

        Assert.Equal(20m, ratio.First.Low);
        Assert.Equal(10m, ratio.Latest.Low);
        Assert.Equal(-50m, ratio.ChangeSinceFirst!.Percent!.Value.Low);
    }

    [Fact]
    public async Task BeforeTheFirstAnnouncementTheDashboardSaysNothingWasKnown()
    {
        var view = (await Dashboard.GetAsync("alixan", new DateOnly(2024, 12, 31))).View!;

        Assert.NotNull(view);
        Assert.True(view.NothingKnownYet);
        Assert.False(view.IsToday);
        Assert.Empty(view.Figures);
        Assert.Empty(view.Ratios);
        Assert.Empty(view.Campus.Phases);
        Assert.Equal(new DateOnly(2025, 2, 28), view.Campus.FirstKnownOn);
    }

    [Fact]
    public async Task PhasesAppearOnceAnnounced()
    {
        var before = await db.Get<CampusService>().GetAsync("alixan", new DateOnly(2025, 11, 16));
        var after = await db.Get<CampusService>().GetAsync("alixan", new DateOnly(2025, 11, 17));

        Assert.Empty(before!.Phases);
        Assert.Equal(["Phase 1", "Full 80 MW"], after!.Phases.Select(p => p.Name));
        Assert.Equal(80m, after.Phases[1].TargetCapacityMw);
        Assert.Null(after.Phases[0].TargetCapacityMw);
    }

    [Fact]
    public async Task UnknownCampusHasNoDashboard() => Assert.Null((await Dashboard.GetAsync("nowhere")).View);

    [Fact]
    public async Task CampusListHasAlixanWithItsFirstKnownDay()
    {
        var campuses = await db.Get<CampusService>().ListAsync();

        var alixan = Assert.Single(campuses);
        Assert.Equal("alixan", alixan.Slug);
        Assert.Equal(new DateOnly(2025, 2, 28), alixan.FirstKnownOn);
    }
}
