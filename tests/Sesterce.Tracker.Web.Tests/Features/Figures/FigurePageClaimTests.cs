using Sesterce.Tracker.Web.Features.Figures;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Figures;

/// <summary>A figure's page after a second article confirmed it (<see cref="ClaimScenario"/>).</summary>
public class FigurePageClaimTests : ScenarioComponentTest
{
    private IRenderedComponent<FigurePage> RenderAt(string key, string query = "")
    {
        NavigateTo($"/campuses/alixan/figures/{key}{query}");
        var cut = Render<FigurePage>(p => p.Add(c => c.Slug, "alixan").Add(c => c.Key, key));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=headline-value]")));
        return cut;
    }

    [Fact]
    public void TheHeadlineOfAConfirmedFigureNamesBothSourcesWithTheirWords()
    {
        var cut = RenderAt("power");

        var headline = cut.Find("[data-testid=headline]");
        Assert.Equal("2 sources", headline.QuerySelector("[data-testid=source-count]")!.TextContent.Trim());
        Assert.Equal([ClaimScenario.NewspaperTitle, ClaimScenario.PressReleaseTitle], headline.QuerySelectorAll("cite").Select(c => c.TextContent.Trim()));
        Assert.Contains(ClaimScenario.PowerReleaseQuote, headline.QuerySelectorAll("blockquote")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLedgerRowOfTheConfirmationCarriesBothSourcesAndTheEarlierRowsOne()
    {
        var cut = RenderAt("power");

        var rows = cut.FindAll("[data-testid=ledger] tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Equal("2 sources", rows[2].QuerySelector("[data-testid=source-count]")!.TextContent.Trim());
        Assert.Empty(rows[0].QuerySelectorAll("[data-testid=source-count]"));
    }

    [Fact]
    public void BeforeTheSecondArticleThePageShowsOneSourceOnly()
    {
        var cut = RenderAt("power", "?asOf=2026-05-19");

        Assert.Empty(cut.FindAll("[data-testid=source-count]"));
        Assert.Equal(2, cut.FindAll("[data-testid=ledger] tbody tr").Count);
    }
}
