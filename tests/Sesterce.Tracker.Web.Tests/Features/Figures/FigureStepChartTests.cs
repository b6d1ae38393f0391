using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Features.Figures;
using Sesterce.Tracker.Web.Tests.Components;
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

        Assert.Equal(3, cut.FindAll("svg[role=img] circle.marker").Count);
        Assert.Equal(["1", "2", "3"], cut.FindAll("svg[role=img] circle.marker").Select(c => c.GetAttribute("data-revision")));
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

        Assert.Single(cut.FindAll("[data-testid=range-band]"));
    }

    [Fact]
    public void TheChartReadsAsAnImageDescribingEveryRevision()
    {
        var cut = RenderChart(DisputedInvestment());

        var label = cut.Find("svg[role=img]").GetAttribute("aria-label")!;
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

        var labels = cut.FindAll("svg[role=img] text.y-label").Select(t => t.TextContent).ToList();
        Assert.Equal(["€0", "€500M", "€1B", "€1.5B"], labels);
    }
}
