using Sesterce.Tracker.Web.Features.Figures;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Figures;

public class FigurePageTests : SeededComponentTest
{
    private IRenderedComponent<FigurePage> RenderAt(string key, string? query = null)
    {
        NavigateTo($"/campuses/alixan/figures/{key}{query}");
        return Render<FigurePage>(p => p.Add(c => c.Slug, "alixan").Add(c => c.Key, key));
    }

    [Fact]
    public void TheInvestmentPageShowsTheHeadlineItsChangeAndTheRuleBehindIt()
    {
        var cut = RenderAt("investment");

        cut.WaitForAssertion(() => Assert.Equal("€1.5B", cut.Find("[data-testid=headline-value]").TextContent.Trim()));
        Assert.Equal("+€1.05B (+233%) since €450M (Feb 2025)", cut.Find("[data-testid=headline-change]").TextContent.Trim());
        var rule = cut.Find("[data-testid=headline-rule]").TextContent;
        Assert.Contains("The latest official announcement or approved revision.", rule, StringComparison.Ordinal);
        Assert.Contains("outranks press reports and estimates", rule, StringComparison.Ordinal);
        Assert.Contains("1,5 milliard d'euros", cut.Find("[data-testid=headline] blockquote").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=no-conflicts]"));
    }

    [Fact]
    public void TheInvestmentPerMegawattStandsBesideThePublicBenchmarksInTheirOwnCurrency()
    {
        var cut = RenderAt("investment");

        cut.WaitForAssertion(() => Assert.Equal("€11.25M/MW → €18.75M/MW (+67%)", cut.Find("[data-ratio=investment-per-mw] [data-testid=ratio-first-to-now]").TextContent.Trim()));
        Assert.Contains("€18.75M/MW", cut.Find("[data-testid=our-ratio]").TextContent, StringComparison.Ordinal);
        Assert.Contains("$10.7M/MW", cut.Find("[data-benchmark=jll-global-2025]").TextContent, StringComparison.Ordinal);
        Assert.Contains("JLL", cut.Find("[data-benchmark=jll-global-2025]").TextContent, StringComparison.Ordinal);
        Assert.Contains("$11.7M/MW", cut.Find("[data-benchmark=cushman-wakefield-us-2025]").TextContent, StringComparison.Ordinal);
        Assert.Contains("about €12M/MW", cut.Find("[data-benchmark=cbre-europe-colocation]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Including IT equipment", cut.Find("[data-benchmark=nvidia-ai-factory-2025-08]").TextContent, StringComparison.Ordinal);
        Assert.Contains("nothing is converted", cut.Find("[data-testid=currency-note]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLedgerChartAndWaterfallAreAllThere()
    {
        var cut = RenderAt("investment");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=ledger] tbody tr").Count));
        Assert.Equal(2, cut.FindAll("[data-testid=step-chart] circle.marker").Count);
        Assert.Equal(3, cut.FindAll("[data-testid=waterfall-bar]").Count);
    }

    [Fact]
    public void TheDownloadsAndLinksKeepTheAsOfDate()
    {
        var cut = RenderAt("investment", "?asOf=2025-12-01");

        cut.WaitForAssertion(() => Assert.Contains("1 Dec 2025", cut.Find("[data-testid=as-of-chip]").TextContent, StringComparison.Ordinal));
        Assert.Equal("/api/campuses/alixan/figures/investment/revisions.csv?asOf=2025-12-01", cut.Find("[data-format=csv]").GetAttribute("href"));
        Assert.Equal("/api/campuses/alixan/figures/investment/revisions.xlsx?asOf=2025-12-01", cut.Find("[data-format=xlsx]").GetAttribute("href"));
        Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == "/campuses/alixan/executive?asOf=2025-12-01");
    }

    [Fact]
    public void InJuneTwentyTwentyFiveOnlyTheFirstPromiseIsKnown()
    {
        var cut = RenderAt("investment", "?asOf=2025-06-01");

        cut.WaitForAssertion(() => Assert.Equal("€450M", cut.Find("[data-testid=headline-value]").TextContent.Trim()));
        Assert.Single(cut.FindAll("[data-testid=ledger] tbody tr"));
        Assert.Empty(cut.FindAll("[data-testid=waterfall-bar]"));
    }

    [Fact]
    public void TheJobsPageExplainsThatTheRestatedNumberMayRise()
    {
        var cut = RenderAt("jobs");

        cut.WaitForAssertion(() => Assert.Contains("A later report repeating the official number", cut.Find("[data-testid=headline-rule]").TextContent, StringComparison.Ordinal));
        Assert.Equal(["≈", "↑"], cut.FindAll("[data-testid=step-chart] [data-testid=qualifier-marker]").Select(m => m.FirstChild!.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=benchmarks]"));
    }

    [Fact]
    public void BeforeTheFirstAnnouncementThePageSaysNothingWasKnown()
    {
        var cut = RenderAt("investment", "?asOf=2024-06-01");

        cut.WaitForAssertion(() => Assert.Contains("Nothing about Investment was known on 1 Jun 2024", cut.Find("[data-testid=nothing-known-yet]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownFigureGetsANotFoundMessage()
    {
        var cut = RenderAt("gpus");

        cut.WaitForAssertion(() => Assert.Contains("'alixan' has no figure 'gpus'", cut.Find("[data-testid=figure-not-found]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void AMalformedAsOfIsReportedAndTodayIsShown()
    {
        var cut = RenderAt("power", "?asOf=June");

        cut.WaitForAssertion(() => Assert.Contains("'June' is not a date", cut.Find("[data-testid=invalid-as-of]").TextContent, StringComparison.Ordinal));
        Assert.Equal("80 MW", cut.Find("[data-testid=headline-value]").TextContent.Trim());
    }

    [Fact]
    public async Task AFailingStoreShowsAnErrorWithRetry()
    {
        await Connection.CloseAsync();

        var cut = RenderAt("investment");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=figure-error] button")));
    }

    [Fact]
    public void FrenchPageSpeaksFrench()
    {
        UseCulture("fr");

        var cut = RenderAt("investment");

        cut.WaitForAssertion(() => Assert.Equal("1,5\u00a0Md€", cut.Find("[data-testid=headline-value]").TextContent.Trim()));
        Assert.Contains("10,7\u00a0M$/MW", cut.Find("[data-benchmark=jll-global-2025]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Valeur retenue", cut.Markup, StringComparison.Ordinal);
    }
}
