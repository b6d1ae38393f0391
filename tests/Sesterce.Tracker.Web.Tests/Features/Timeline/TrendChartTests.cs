using Sesterce.Tracker.Core.Features.Timeline;
using Sesterce.Tracker.Web.Features.Timeline;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Timeline;

public class TrendChartTests : TrackerComponentTest
{
    private IRenderedComponent<TrendChart> RenderTrend()
    {
        var view = TimelineChartTests.SampleView(new DateOnly(2026, 11, 25));
        var series = TrendAnalysis.Build(view.Campuses[0].Milestones.Select(m => m.Milestone), view.AsOf);
        return Render<TrendChart>(p => p.Add(c => c.Series, series).Add(c => c.AsOf, view.AsOf));
    }

    [Fact]
    public void EveryRevisionIsAKeyboardFocusablePoint()
    {
        var cut = RenderTrend();

        var points = cut.FindAll("[data-testid=trend-point]");
        Assert.Equal(2, points.Count);
        Assert.All(points, p => Assert.Equal("0", p.GetAttribute("tabindex")));
        Assert.Contains("Phase 1 commissioning: reported 17 Nov 2025, target Dec 2026", points[0].GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void FocusingAPointShowsTheRevisionWithItsQuoteAndReason()
    {
        var cut = RenderTrend();

        cut.FindAll("[data-testid=trend-point]")[0].Focus();
        cut.WaitForAssertion(() => Assert.Contains("annoncée pour décembre 2026", cut.Find("[data-testid=trend-detail]").TextContent, StringComparison.Ordinal));

        cut.FindAll("[data-testid=trend-point]")[1].Focus();
        cut.WaitForAssertion(() => Assert.Contains("Grid connection later", cut.Find("[data-testid=trend-detail]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void TheDataTableListsEveryPointIncludingTheCarriedForwardTarget()
    {
        var cut = RenderTrend();

        var rows = cut.FindAll(".trend-table tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Contains("the target stands", rows[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutSeriesTheChartExplainsWhy()
    {
        var cut = Render<TrendChart>(p => p.Add(c => c.Series, []).Add(c => c.AsOf, new DateOnly(2026, 11, 25)));

        Assert.Contains("No milestone has a target date yet", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("svg"));
    }
}
