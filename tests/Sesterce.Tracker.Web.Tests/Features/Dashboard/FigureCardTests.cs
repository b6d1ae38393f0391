using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Features.Dashboard;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Dashboard;

public class FigureCardTests : TrackerComponentTest
{
    private static FigureRevisionView Revision(int id, decimal value, PartialDate announced, FigureQualifier qualifier = FigureQualifier.Exact, string? quote = null) =>
        new(id, ValueRange.Exactly(value), qualifier, announced, announced.End, ClaimStatus.OfficialAnnouncement, ClaimFixtures.Cite(ClaimFixtures.Article, quote), null, null, null);

    private static FigureSnapshot Investment()
    {
        var first = Revision(1, 450_000_000, PartialDate.InMonth(2025, 2), quote: "d'investir 450 millions d'euros");
        var latest = Revision(2, 1_500_000_000, PartialDate.OnDay(2025, 11, 17), quote: "a annoncé investir 1,5 milliard d'euros");
        return new FigureSnapshot("investment", "Investment", "EUR", latest, first, FigureChange.Between(first.Value, latest.Value), [first, latest]);
    }

    private IRenderedComponent<FigureCard> RenderCard(FigureSnapshot figure) =>
        Render<FigureCard>(p => p.Add(c => c.Figure, figure).Add(c => c.AsOf, new DateOnly(2026, 11, 25)));

    [Fact]
    public void CardShowsTheCurrentValueAndTheChangeSinceTheFirstAnnouncement()
    {
        var cut = RenderCard(Investment());

        Assert.Equal("€1.5B", cut.Find("[data-testid=figure-value]").TextContent.Trim());
        var change = cut.Find("[data-testid=figure-change]").TextContent;
        Assert.Contains("+€1.05B (+233%)", change, StringComparison.Ordinal);
        Assert.Contains("since €450M (Feb 2025)", change, StringComparison.Ordinal);
    }

    [Fact]
    public void CardQuotesTheWordsThatBackTheLatestValue()
    {
        var cut = RenderCard(Investment());

        var quote = cut.Find("blockquote");
        Assert.Equal("fr", quote.GetAttribute("lang"));
        Assert.Contains("a annoncé investir 1,5 milliard d'euros", quote.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sesterce double la mise", cut.Find("cite").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void HistoryOpensWithEveryRevisionNewestFirst()
    {
        var cut = RenderCard(Investment());
        Assert.Empty(cut.FindAll("[data-testid=revision-list]"));

        cut.Find("[data-testid=toggle-history]").Click();

        var items = cut.FindAll("[data-testid=revision-list] li");
        Assert.Equal(2, items.Count);
        Assert.Contains("€1.5B", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("€450M", items[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("[data-testid=toggle-history]").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void FrenchCardFormatsMoneyTheFrenchWay()
    {
        UseCulture("fr");

        var cut = RenderCard(Investment());

        Assert.Equal("1,5\u00a0Md€", cut.Find("[data-testid=figure-value]").TextContent.Trim());
        Assert.Contains("févr. 2025", cut.Find("[data-testid=figure-change]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnchangedNumberThatMayRiseSaysSo()
    {
        var first = Revision(1, 800, PartialDate.InMonth(2025, 2), FigureQualifier.Approximately);
        var latest = Revision(2, 800, PartialDate.OnDay(2025, 11, 17), FigureQualifier.ExpectedToRise);
        var jobs = new FigureSnapshot("jobs", "Jobs", "jobs", latest, first, FigureChange.Between(first.Value, latest.Value), [first, latest]);

        var cut = RenderCard(jobs);

        Assert.Contains("Expected to rise", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Headline unchanged since about 800 (Feb 2025)", cut.Find("[data-testid=figure-change]").TextContent, StringComparison.Ordinal);
    }
}
