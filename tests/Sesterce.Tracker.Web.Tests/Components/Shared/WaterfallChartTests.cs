using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Components.Shared;
using Sesterce.Tracker.Web.Tests.Components.Charts;
using static Sesterce.Tracker.Web.Tests.Features.Figures.LedgerFixtures;

namespace Sesterce.Tracker.Web.Tests.Components.Shared;

public class WaterfallChartTests : TrackerComponentTest
{
    private static Waterfall Investment() => FigureWaterfall.Build(FigureHistory.Snapshot("investment", "Investment", "EUR", [
        Revision(1, ValueRange.Exactly(450_000_000), PartialDate.InMonth(2025, 2), ClaimStatus.OfficialAnnouncement, Article, "450 millions"),
        Revision(2, ValueRange.Exactly(1_500_000_000), PartialDate.OnDay(2025, 11, 17), ClaimStatus.OfficialAnnouncement, Article, "1,5 milliard"),
    ]))!;

    [Fact]
    public void TheWaterfallHasAStartBarOneBarPerStepAndAnEndBar()
    {
        var cut = Render<WaterfallChart>(p => p.Add(c => c.Waterfall, Investment()));

        Assert.Equal(3, cut.FindAll("[data-testid=waterfall-bar]").Count);
        Assert.Equal(["€450M", "+€1.05B", "€1.5B"], cut.FindAll("text.bar-value").Select(t => t.TextContent));
        Assert.Equal(["(+233%)"], cut.FindAll("text.bar-percent").Select(t => t.TextContent));
    }

    [Fact]
    public void TheTableAlternativeGivesEachStepItsReasonAndSource()
    {
        var cut = Render<WaterfallChart>(p => p.Add(c => c.Waterfall, Investment()));

        var rows = cut.FindAll("[data-testid=waterfall-table] tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("+€1.05B (+233%)", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("note 2", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Sesterce double la mise", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Waterfall from €450M to €1.5B", cut.Find("svg[role=img]").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void FrenchWaterfallWritesFrenchMoney()
    {
        UseCulture("fr");

        var cut = Render<WaterfallChart>(p => p.Add(c => c.Waterfall, Investment()).Add(c => c.ShowTable, false));

        Assert.Equal("450\u00a0M€", cut.FindAll("text.bar-value")[0].TextContent);
        Assert.Empty(cut.FindAll("[data-testid=waterfall-table]"));
    }

    [Fact]
    public void TheValueAxisTicksAtRoundStepsFromZero()
    {
        var cut = Render<WaterfallChart>(p => p.Add(c => c.Waterfall, Investment()));

        Assert.Equal(["€0", "€500M", "€1B", "€1.5B"], cut.FindAll("text.y-label").Select(t => t.TextContent));
    }

    [Fact]
    public void EveryLabelStaysInsideTheChartAtItsDrawnSize()
    {
        var cut = Render<WaterfallChart>(p => p.Add(c => c.Waterfall, Investment()));

        var svg = cut.Find("svg[role=img]");
        // Value labels are the largest text (14 px, bold); at most drawn 1:1, so units are at most screen pixels.
        SvgGeometry.AssertLabelsInside(svg, 14);
        var width = SvgGeometry.ViewBox(svg).Width;
        Assert.Contains(FormattableString.Invariant($"max-width: {width}px"), svg.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void OnAPhoneTheChartShrinksToFitButItsSmallestLabelStaysAtElevenPixels()
    {
        var cut = Render<WaterfallChart>(p => p.Add(c => c.Waterfall, Investment()));

        var svg = cut.Find("svg[role=img]");
        var width = SvgGeometry.ViewBox(svg).Width;
        var style = svg.GetAttribute("style")!;
        var minWidth = double.Parse(System.Text.RegularExpressions.Regex.Match(style, @"min-width: ([\d.]+)px").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        // 13 px labels at the smallest scale; and a three-bar history fits a 390 px phone's content width.
        Assert.True(13 * minWidth / width >= 11, $"labels shrink to {13 * minWidth / width:0.0} px");
        Assert.True(minWidth <= 340, $"at least {minWidth} px wide: wider than a phone's content");
    }
}
