using System.Globalization;
using Sesterce.Tracker.Core.Domain;
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

        var points = cut.FindAll("svg[data-layout=wide] [data-testid=trend-point]");
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

    private static readonly DateOnly AsOf = new(2026, 11, 25);

    private static TrendPoint Report(int year, int month, int day, PartialDate target, bool revision = true) =>
        new(new DateOnly(year, month, day), target, revision, PartialDate.OnDay(year, month, day), [], revision ? "reason" : null);

    private static TrendSeries Milestone(int id, string title, params TrendPoint[] points) => new(id, title, points, Reached: false);

    private IRenderedComponent<TrendChart> RenderSeries(IReadOnlyList<TrendSeries> series, bool compact = false) =>
        Render<TrendChart>(p => p.Add(c => c.Series, series).Add(c => c.AsOf, AsOf).Add(c => c.CompactLayout, compact));

    private static double Number(AngleSharp.Dom.IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ADecemberTargetSitsBetweenTheGridlinesOfThePeriodItsLabelNames(bool compact)
    {
        var december = PartialDate.InMonth(2026, 12);
        var cut = RenderSeries([Milestone(4, "Grid energised", Report(2025, 6, 2, december), Report(2026, 2, 10, december))], compact);

        var y = Number(cut.FindAll("[data-testid=trend-point]")[0], "cy");
        var gridlines = cut.FindAll("[data-testid=y-grid]")
            .Select(g => (Start: DateOnly.Parse(g.GetAttribute("data-period")!, CultureInfo.InvariantCulture), Y: Number(g, "y1")))
            .ToList();
        var below = gridlines.Where(g => g.Start <= new DateOnly(2026, 12, 1)).MaxBy(g => g.Start);
        var above = gridlines.Where(g => g.Start > new DateOnly(2026, 12, 1)).MinBy(g => g.Start);

        Assert.True(above.Start >= new DateOnly(2027, 1, 1), "no gridline runs through December");
        Assert.True(y < below.Y && y > above.Y, $"the point ({y}) lies strictly between its period's gridlines ({below.Y}, {above.Y})");
        var label = cut.FindAll("[data-testid=y-label]").Single(l => l.GetAttribute("data-period") == below.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Contains("2026", label.TextContent, StringComparison.Ordinal);
        Assert.InRange(Number(label, "y"), above.Y, below.Y);
    }

    [Fact]
    public void ReportsOfTheSameDayAtTheSameTargetAreOneMarkWithACountThatNamesThemAll()
    {
        var target = PartialDate.InMonth(2027, 3);
        var cut = RenderSeries(
        [
            Milestone(1, "Phase 1 commissioning", Report(2026, 5, 4, target)),
            Milestone(2, "Grid connection", Report(2026, 5, 4, target)),
            Milestone(3, "Cooling plant", Report(2026, 5, 4, target), Report(2026, 7, 1, PartialDate.InMonth(2027, 6))),
        ]);

        var points = cut.FindAll("[data-testid=trend-point]");
        Assert.Equal(2, points.Count);
        var merged = points.Single(p => p.GetAttribute("data-count") == "3");
        var label = merged.GetAttribute("aria-label")!;
        Assert.StartsWith("×3", label, StringComparison.Ordinal);
        Assert.Contains("Phase 1 commissioning", label, StringComparison.Ordinal);
        Assert.Contains("Grid connection", label, StringComparison.Ordinal);
        Assert.Contains("Cooling plant", label, StringComparison.Ordinal);
        Assert.Equal("×3", cut.Find("[data-testid=trend-count]").TextContent);

        merged.Focus();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=trend-detail] .trend-detail-item").Count));
    }

    [Fact]
    public void AMilestoneKeepsItsColourWhenAnotherMilestoneIsAdded()
    {
        var target = PartialDate.InMonth(2027, 3);
        var cooling = Milestone(7, "Cooling plant", Report(2026, 5, 4, target));
        static string Stroke(IRenderedComponent<TrendChart> cut, int id) => cut.Find($"path.trend-line[data-milestone='{id}']").GetAttribute("style")!;

        var before = Stroke(RenderSeries([cooling]), 7);
        var after = RenderSeries([Milestone(2, "Grid connection", Report(2026, 1, 9, target)), cooling, Milestone(5, "Fit-out", Report(2026, 2, 9, target))]);

        Assert.Equal(before, Stroke(after, 7));
        Assert.NotEqual(Stroke(after, 2), Stroke(after, 7));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NothingIsDrawnOutsideTheViewBoxEvenForTheLastPointAtTheRightEdge(bool compact)
    {
        var cut = RenderSeries(
        [
            Milestone(1, "Phase 1 commissioning", Report(2025, 1, 9, PartialDate.InMonth(2026, 12)), Report(2026, 11, 25, PartialDate.InMonth(2027, 12))),
            Milestone(2, "Grid connection", Report(2025, 1, 9, PartialDate.InYear(2028)), Report(2026, 11, 25, PartialDate.InYear(2028))),
        ], compact);

        var box = cut.Find("svg").GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        foreach (var element in cut.FindAll("svg *"))
        {
            foreach (var attribute in new[] { "x", "x1", "x2", "cx" })
            {
                if (element.GetAttribute(attribute) is { } value)
                {
                    Assert.InRange(double.Parse(value, CultureInfo.InvariantCulture), 0, box[2]);
                }
            }

            foreach (var attribute in new[] { "y", "y1", "y2", "cy" })
            {
                if (element.GetAttribute(attribute) is { } value)
                {
                    Assert.InRange(double.Parse(value, CultureInfo.InvariantCulture), 0, box[3]);
                }
            }
        }

        // A label centred on its period must have half its width of room on each side.
        foreach (var label in cut.FindAll("[data-testid=x-label]"))
        {
            var half = label.TextContent.Length * (compact ? 13 : 12) * 0.3;
            Assert.InRange(Number(label, "x"), half, box[2] - half);
        }
    }

    [Fact]
    public void OnAPhoneTheChartFillsTheWidthWithLabelsOfAtLeastElevenPixels()
    {
        var cut = RenderSeries([Milestone(1, "Phase 1 commissioning", Report(2025, 1, 9, PartialDate.InMonth(2026, 12)))], compact: true);

        var box = cut.Find("svg").GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var fontSize = double.Parse(cut.Find("svg").GetAttribute("style")!.Split(':')[1].Replace("px", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
        // A 390 px phone leaves the chart about 340 px between the page's and the card's padding.
        Assert.True(fontSize * 340 / box[2] >= 11, $"labels are {fontSize * 340 / box[2]:0.#} px on a phone");
        Assert.Equal("compact", cut.Find("[data-testid=trend-chart]").GetAttribute("data-layout"));
    }

    [Fact]
    public void TheCaptionSaysTheDiagonalMeansDueAndOnlyARingedEndMeansReached()
    {
        var cut = RenderSeries([new TrendSeries(1, "Phase 1", [Report(2025, 1, 9, PartialDate.OnDay(2026, 3, 2)), Report(2026, 3, 2, PartialDate.OnDay(2026, 3, 2), revision: false)], Reached: true)]);

        Assert.Single(cut.FindAll("[data-testid=trend-reached]"));
        Assert.Contains("due", cut.Find("[data-testid=trend-key]").TextContent, StringComparison.Ordinal);
        Assert.Contains("reached", cut.Find("[data-testid=trend-key]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAKnownWidthBothLayoutsAreDrawnAndTheStylesheetPicksOne()
    {
        var cut = RenderTrend();

        Assert.Equal("responsive", cut.Find("[data-testid=trend-chart]").GetAttribute("data-layout"));
        Assert.Equal(["wide", "compact"], cut.FindAll("svg.trend-svg").Select(s => s.GetAttribute("data-layout")));
        Assert.Equal(
            cut.FindAll("svg[data-layout=wide] [data-testid=trend-point]").Select(p => p.GetAttribute("aria-label")),
            cut.FindAll("svg[data-layout=compact] [data-testid=trend-point]").Select(p => p.GetAttribute("aria-label")));
    }
}
