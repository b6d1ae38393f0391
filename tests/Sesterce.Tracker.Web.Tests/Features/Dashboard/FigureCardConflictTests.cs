using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Features.Dashboard;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Dashboard;

/// <summary>Issue 14: the card's text and its chart tell the same story when a press report disputes the official figure.</summary>
public class FigureCardConflictTests : TrackerComponentTest
{
    private static FigureRevisionView Revision(int id, decimal value, PartialDate announced, ClaimStatus status) =>
        new(id, ValueRange.Exactly(value), FigureQualifier.Exact, announced, announced.End, status, ClaimFixtures.Cite(ClaimFixtures.Article, null), null, null, null);

    /// <summary>Official €1.5B in November 2025, then a press report of €2.1B in March 2026.</summary>
    private static FigureSnapshot Disputed() =>
        FigureHistory.Snapshot("investment", "Investment", "EUR", [
            Revision(1, 1_500_000_000, PartialDate.OnDay(2025, 11, 17), ClaimStatus.OfficialAnnouncement),
            Revision(2, 2_100_000_000, PartialDate.InMonth(2026, 3), ClaimStatus.PressReport)])!;

    private IRenderedComponent<FigureCard> RenderCard(FigureSnapshot figure, string? href = "/campuses/alixan/figures/investment") =>
        Render<FigureCard>(p => p.Add(c => c.Figure, figure).Add(c => c.AsOf, new DateOnly(2026, 11, 25)).Add(c => c.Href, href));

    [Fact]
    public void AnOpenConflictIsNamedOnTheCardAndLinksToTheConflictPanel()
    {
        var cut = RenderCard(Disputed());

        var line = cut.Find("[data-testid=card-conflict]");
        Assert.Contains("Press report €2.1B disagrees · Mar 2026", line.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/campuses/alixan/figures/investment#conflicts", cut.Find("[data-testid=card-conflict-link]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheChartStepsOnlyAtHeadlinesAndDrawsThePressReportAsAHollowMark()
    {
        var cut = RenderCard(Disputed());

        Assert.Single(cut.FindAll("svg.step-sparkline circle.dot"));
        var mark = cut.Find("svg.step-sparkline circle.mark");
        Assert.Equal("2", mark.GetAttribute("data-mark"));
        Assert.Contains("conflict", mark.GetAttribute("class"), StringComparison.Ordinal);
        Assert.Contains("Press report", mark.TextContent, StringComparison.Ordinal);
        Assert.Equal("€1.5B", cut.Find("[data-testid=figure-value]").TextContent.Trim());
    }

    [Fact]
    public void TheCardNeverSaysNoNewNumberWhileAnotherClaimCame()
    {
        var cut = RenderCard(Disputed());

        var change = cut.Find("[data-testid=figure-change]").TextContent;
        Assert.DoesNotContain("No new number", change, StringComparison.Ordinal);
        Assert.Contains("Headline unchanged since €1.5B", change, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAConflictTheCardSaysNothingOfOne()
    {
        var agreed = FigureHistory.Snapshot("investment", "Investment", "EUR", [Revision(1, 1_500_000_000, PartialDate.OnDay(2025, 11, 17), ClaimStatus.OfficialAnnouncement)])!;

        var cut = RenderCard(agreed);

        Assert.Empty(cut.FindAll("[data-testid=card-conflict]"));
        Assert.Empty(cut.FindAll("circle.mark"));
    }

    [Fact]
    public void InFrenchTheConflictLineReadsInFrench()
    {
        UseCulture("fr");

        var cut = RenderCard(Disputed());

        Assert.Contains("Article de presse", cut.Find("[data-testid=card-conflict]").TextContent, StringComparison.Ordinal);
        Assert.Contains("en désaccord", cut.Find("[data-testid=card-conflict]").TextContent, StringComparison.Ordinal);
    }
}
