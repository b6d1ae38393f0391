using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Executive;

namespace Sesterce.Tracker.Core.Tests.Features.Executive;

public class ExecutiveServiceTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private ExecutiveService Executive => db.Get<ExecutiveService>();

    [Fact]
    public async Task TodaysSummaryHasTheHeadlinesTheWaterfallTheMilestonesAndTheSources()
    {
        var view = (await Executive.GetAsync("alixan")).View!;

        Assert.NotNull(view);
        Assert.False(view.NothingKnownYet);
        Assert.Equal([1_500_000_000m, 80m, 800m], view.Figures.Select(f => f.Latest.Value.Low));
        Assert.Single(view.InvestmentWaterfall!.Steps);
        Assert.Equal(2, view.NextMilestones.Count);
        Assert.Equal(4, view.Benchmarks.Count);
        var source = Assert.Single(view.Sources);
        Assert.Equal(["investment", "power", "jobs"], source.FigureKeys);
        Assert.Equal(["Phase 1 commissioning", "Full 80 MW in operation"], source.MilestoneTitles);
    }

    [Fact]
    public async Task InJuneTwentyTwentyFiveTheSummaryShowsTheFirstPromiseOnly()
    {
        var view = (await Executive.GetAsync("alixan", new DateOnly(2025, 6, 1))).View!;

        Assert.Equal([450_000_000m, 40m, 800m], view!.Figures.Select(f => f.Latest.Value.Low));
        Assert.Empty(view.InvestmentWaterfall!.Steps);
        Assert.Empty(view.NextMilestones);
        Assert.Equal(ValueRange.Exactly(11_250_000m), view.Ratios[0].Latest);
    }

    [Fact]
    public async Task BeforeAnythingWasKnownTheSummarySaysSo()
    {
        var view = (await Executive.GetAsync("alixan", new DateOnly(2024, 6, 1))).View!;

        Assert.True(view!.NothingKnownYet);
        Assert.Empty(view.Figures);
        Assert.Null(view.InvestmentWaterfall);
    }

    [Fact]
    public async Task AnUnknownCampusHasNoSummary() => Assert.Null((await Executive.GetAsync("atlantis")).View);
}
