using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Features.Figures;
using Sesterce.Tracker.Web.Tests.Components;
using Sesterce.Tracker.Web.Tests.Components.Charts;
using static Sesterce.Tracker.Web.Tests.Features.Figures.LedgerFixtures;

namespace Sesterce.Tracker.Web.Tests.Features.Figures;

public class FigureStepChartTests : TrackerComponentTest
{
    private IRenderedComponent<FigureStepChart> RenderChart(FigureSnapshot figure) =>
        Render<FigureStepChart>(p => p.Add(c => c.Figure, figure).Add(c => c.AsOf, new DateOnly(2026, 11, 25)));

    [Fact]
    public void EachStandingRevisionIsAMarkerAndTheConflictingOnesAreRed()
    {
        var cut = RenderChart(DisputedInvestment());

        Assert.Equal(3, cut.FindAll("svg[data-layout=wide] circle.marker").Count);
        Assert.Equal(["1", "2", "3"], cut.FindAll("svg[data-layout=wide] circle.marker").Select(c => c.GetAttribute("data-revision")));
        Assert.Contains("official", cut.Find("circle[data-revision='1']").ClassName, StringComparison.Ordinal);
        Assert.Contains("conflict", cut.Find("circle[data-revision='3']").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void AQualifiedValueCarriesItsMarker()
    {
        var cut = RenderChart(DisputedInvestment());

        var marker = cut.Find("[data-testid=qualifier-marker]");
        Assert.Equal("≈", marker.FirstChild!.TextContent);
        Assert.Equal("Approximately", marker.QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void ARangeHeadlineIsDrawnAsABand()
    {
        var figure = FigureHistory.Snapshot("power", "Power", "MW", [
            Revision(1, new ValueRange(60, 80), PartialDate.InMonth(2025, 2), ClaimStatus.OfficialAnnouncement, Article, "entre 60 et 80 MW"),
        ])!;

        var cut = RenderChart(figure);

        Assert.Single(cut.FindAll("[data-testid=step-chart] [data-testid=range-band]"));
    }

    [Fact]
    public void TheChartReadsAsAnImageDescribingEveryRevision()
    {
        var cut = RenderChart(DisputedInvestment());

        var label = cut.Find("svg[data-layout=wide]").GetAttribute("aria-label")!;
        Assert.Contains("€450M (Feb 2025, Official announcement)", label, StringComparison.Ordinal);
        Assert.Contains("about €1.2B–€1.3B (2 Dec 2025, Press report)", label, StringComparison.Ordinal);
    }

    [Fact]
    public void AMoneyAxisUpToOnePointThreeBillionTicksAtRoundHalfBillions()
    {
        var figure = FigureHistory.Snapshot("investment", "Investment", "EUR", [
            Revision(1, ValueRange.Exactly(1_000_000_000m), PartialDate.InMonth(2025, 2), ClaimStatus.OfficialAnnouncement, Article, "1 milliard"),
            Revision(2, ValueRange.Exactly(1_290_000_000m), PartialDate.InMonth(2026, 2), ClaimStatus.OfficialAnnouncement, Article, "1,29 milliard"),
        ])!;

        var cut = RenderChart(figure);

        var labels = cut.FindAll("svg[data-layout=wide] text.y-label").Select(t => t.TextContent).ToList();
        Assert.Equal(["€0", "€500M", "€1B", "€1.5B"], labels);
    }

    [Fact]
    public void GridlinesStandAtPeriodBoundariesAndEachLabelIsCentredInItsPeriod()
    {
        var cut = RenderChart(DisputedInvestment());

        var svg = cut.Find("svg[data-layout=wide]");
        var grid = svg.QuerySelectorAll("[data-testid=x-grid]").ToDictionary(g => g.GetAttribute("data-period")!, g => SvgGeometry.Attribute(g, "x1"));
        Assert.NotEmpty(grid);
        // Every gridline is the first day of a period (month, quarter or year), never a claim's own day.
        Assert.All(grid.Keys, period => Assert.EndsWith("-01", period, StringComparison.Ordinal));
        var labels = svg.QuerySelectorAll("text.x-label").ToList();
        Assert.NotEmpty(labels);
        foreach (var label in labels)
        {
            var x = SvgGeometry.Attribute(label, "x");
            var before = grid.Values.Where(g => g <= x).DefaultIfEmpty(FigureStepChart.Wide.Left).Max();
            var after = grid.Values.Where(g => g > x).DefaultIfEmpty(FigureStepChart.Wide.Right).Min();
            Assert.True(Math.Abs(x - ((before + after) / 2)) < 0.5, $"'{label.TextContent}' at {x} is not centred between {before} and {after}");
        }
    }

    [Theory]
    [InlineData("wide")]
    [InlineData("compact")]
    public void NoLabelReachesPastTheEdgesOfEitherLayout(string layout)
    {
        var cut = RenderChart(DisputedInvestment());

        var svg = cut.Find($"svg[data-layout={layout}]");
        var size = layout == "wide" ? FigureStepChart.Wide : FigureStepChart.Compact;
        SvgGeometry.AssertLabelsInside(svg, size.FontSize);
        foreach (var marker in svg.QuerySelectorAll("circle.marker"))
        {
            Assert.InRange(SvgGeometry.Attribute(marker, "cx"), 5, size.Width - 5);
        }
    }

    [Fact]
    public void OnAPhoneTheChartDrawsLabelsOfAtLeastElevenPixels()
    {
        var cut = RenderChart(DisputedInvestment());

        var svg = cut.Find("svg[data-layout=compact]");
        var (width, _) = SvgGeometry.ViewBox(svg);
        // A 390 px phone leaves the chart about 340 px between the page's and the card's padding.
        Assert.True(FigureStepChart.Compact.FontSize * 340 / width >= 11, $"labels are {FigureStepChart.Compact.FontSize * 340 / width:0.#} px on a phone");
        Assert.Contains("font-size: 13px", svg.GetAttribute("style"), StringComparison.Ordinal);
    }
}
