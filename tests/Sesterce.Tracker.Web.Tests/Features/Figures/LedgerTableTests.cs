using Sesterce.Tracker.Web.Features.Figures;
using Sesterce.Tracker.Web.Tests.Components;
using static Sesterce.Tracker.Web.Tests.Features.Figures.LedgerFixtures;

namespace Sesterce.Tracker.Web.Tests.Features.Figures;

public class LedgerTableTests : TrackerComponentTest
{
    private IRenderedComponent<LedgerTable> RenderLedger() =>
        Render<LedgerTable>(p => p.Add(c => c.Rows, Rows(DisputedInvestment())).Add(c => c.Unit, "EUR"));

    private static List<string> Values(IRenderedComponent<LedgerTable> cut) =>
        [.. cut.FindAll("td[data-col=value] strong").Select(v => v.TextContent.Trim())];

    [Fact]
    public void EveryRevisionIsALineWithItsChangesStatusScopeAndSource()
    {
        var cut = RenderLedger();

        Assert.Equal(["€450M", "€1.5B", "about €1.2B–€1.3B"], Values(cut));
        var raise = cut.FindAll("tbody tr")[1];
        Assert.Equal("+€1.05B (+233%)", raise.QuerySelector("td[data-col=change-previous]")!.TextContent.Trim());
        Assert.Equal("Official announcement", raise.QuerySelector("td[data-col=status]")!.TextContent.Trim());
        Assert.Equal("Scope not stated", raise.QuerySelector("td[data-col=scope]")!.TextContent.Trim());
        Assert.Contains("1,5 milliard d'euros", raise.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("—", cut.FindAll("tbody tr")[0].QuerySelector("td[data-col=change-first]")!.TextContent.Trim());
    }

    [Fact]
    public void TheHeadlineAndTheConflictingRevisionsAreFlagged()
    {
        var cut = RenderLedger();

        Assert.Single(cut.FindAll("[data-testid=headline-badge]"));
        Assert.Equal(2, cut.FindAll("[data-testid=conflict-badge]").Count);
        Assert.Contains("is-headline", cut.FindAll("tbody tr")[1].ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchingTheQuotesNarrowsTheLedger()
    {
        var cut = RenderLedger();

        cut.Find("input[data-testid=filter-text]").Change("Dauphiné");

        cut.WaitForAssertion(() => Assert.Equal(["about €1.2B–€1.3B"], Values(cut)));
    }

    [Fact]
    public void ASearchWithNoMatchSaysSo()
    {
        var cut = RenderLedger();

        cut.Find("input[data-testid=filter-text]").Change("gigawatt");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=no-matching-revisions]")));
    }

    [Fact]
    public void ClickingTheValueHeaderSortsByValueBothWays()
    {
        var cut = RenderLedger();
        var valueHeader = cut.FindAll("th .mud-table-sort-label")[1];

        valueHeader.Click();
        cut.WaitForAssertion(() => Assert.Equal(["€450M", "about €1.2B–€1.3B", "€1.5B"], Values(cut)));

        cut.FindAll("th .mud-table-sort-label")[1].Click();
        cut.WaitForAssertion(() => Assert.Equal(["€1.5B", "about €1.2B–€1.3B", "€450M"], Values(cut)));
    }

    [Fact]
    public void TheStatusFilterKeepsOnlyPressReports()
    {
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        var cut = RenderLedger();

        cut.FindAll("div.mud-select.ledger-filter")[0].MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-list-item")));
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Contains("Press report", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal(["about €1.2B–€1.3B"], Values(cut)));
    }

    [Fact]
    public void ARevisionWithTwoSourcesSaysSoAndQuotesEach()
    {
        var cut = Render<LedgerTable>(p => p.Add(c => c.Rows, Rows(ConfirmedInvestment())).Add(c => c.Unit, "EUR"));

        var confirmed = cut.FindAll("tbody tr")[1];
        Assert.Equal("2 sources", confirmed.QuerySelector("[data-testid=source-count]")!.TextContent.Trim());
        Assert.Equal(["Sesterce double la mise", "Le supercalculateur d'Alixan"], confirmed.QuerySelectorAll("cite").Select(c => c.TextContent.Trim()));
        Assert.Contains("un investissement de 1,5 milliard", confirmed.QuerySelectorAll("blockquote")[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("tbody tr")[0].QuerySelectorAll("[data-testid=source-count]"));
    }

    [Theory]
    [InlineData("Le supercalculateur d'Alixan (Le Dauphiné libéré)", new[] { "€1.5B", "about €1.2B–€1.3B" })]
    [InlineData("Sesterce double la mise", new[] { "€450M", "€1.5B" })]
    public void TheSourceFilterKeepsEveryRevisionThatCitesTheSourceAmongOthers(string source, string[] expected)
    {
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        var cut = Render<LedgerTable>(p => p.Add(c => c.Rows, Rows(ConfirmedInvestment())).Add(c => c.Unit, "EUR"));

        cut.FindAll("div.mud-select.ledger-filter")[1].MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-list-item")));
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == source).Click();

        cut.WaitForAssertion(() => Assert.Equal(expected, Values(cut)));
    }

    [Fact]
    public void SearchingFindsTheWordsOfASecondSource()
    {
        var cut = Render<LedgerTable>(p => p.Add(c => c.Rows, Rows(ConfirmedInvestment())).Add(c => c.Unit, "EUR"));

        cut.Find("input[data-testid=filter-text]").Change("un investissement de");

        cut.WaitForAssertion(() => Assert.Equal(["€1.5B"], Values(cut)));
    }
}
