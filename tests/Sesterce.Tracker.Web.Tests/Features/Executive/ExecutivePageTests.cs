using Sesterce.Tracker.Web.Features.Executive;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Executive;

public class ExecutivePageTests : SeededComponentTest
{
    private IRenderedComponent<ExecutivePage> RenderAt(string? query = null, string slug = "alixan")
    {
        NavigateTo($"/campuses/{slug}/executive{query}");
        return Render<ExecutivePage>(p => p.Add(c => c.Slug, slug));
    }

    private static string Tile(IRenderedComponent<ExecutivePage> cut, string selector) =>
        cut.Find($"{selector} [data-testid=tile-change]").TextContent.Trim();

    [Fact]
    public void AnExecutiveSeesEachHeadlineWithItsChangeSinceTheFirstAnnouncement()
    {
        var cut = RenderAt();

        cut.WaitForAssertion(() => Assert.Equal("€450M → €1.5B (+233%)", Tile(cut, "[data-figure=investment]")));
        Assert.Equal("40 MW → 80 MW (+100%)", Tile(cut, "[data-figure=power]"));
        Assert.Equal("€11.25M/MW → €18.75M/MW (+67%)", Tile(cut, "[data-ratio=investment-per-mw]"));
        Assert.Equal(4, cut.FindAll("[data-ratio=investment-per-mw] [data-benchmark]").Count);
        Assert.Contains("1,5 milliard d'euros", cut.Find("[data-figure=investment] blockquote").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWaterfallMilestonesAndSourcesAreOnTheSamePage()
    {
        var cut = RenderAt();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=waterfall-bar]").Count));
        Assert.Equal(2, cut.FindAll("[data-testid=next-milestones] li").Count);
        Assert.Contains("Full 80 MW: 80 MW · by Dec 2027", string.Join(' ', cut.Find("[data-testid=phases]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Contains("Sesterce double la mise", cut.Find("[data-testid=sources]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Phase 1 commissioning", cut.Find("[data-testid=sources]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePageCanBePrintedOnOneLandscapeSheet()
    {
        var cut = RenderAt();

        cut.WaitForAssertion(() => Assert.Equal("print", cut.Find("[data-testid=print]").GetAttribute("data-action")));
    }

    [Fact]
    public void LinksAndDownloadsCarryTheAsOfDate()
    {
        var cut = RenderAt("?asOf=2025-12-01");

        cut.WaitForAssertion(() => Assert.Contains("1 Dec 2025", cut.Find("[data-testid=as-of-chip]").TextContent, StringComparison.Ordinal));
        var hrefs = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/campuses/alixan/figures/investment?asOf=2025-12-01", hrefs);
        Assert.Contains("/api/campuses/alixan/milestones.xlsx?asOf=2025-12-01", hrefs);
        Assert.Contains("/api/campuses/alixan/figures/investment/revisions.csv?asOf=2025-12-01", hrefs);
    }

    [Fact]
    public void BeforeAnythingWasKnownThePageSaysSo()
    {
        var cut = RenderAt("?asOf=2024-06-01");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=nothing-known-yet]")));
        Assert.Empty(cut.FindAll("[data-testid=tile-value]"));
    }

    [Fact]
    public void AnUnknownCampusGetsANotFoundMessage()
    {
        var cut = RenderAt(slug: "atlantis");

        cut.WaitForAssertion(() => Assert.Contains("atlantis", cut.Find("[data-testid=campus-not-found]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void AMalformedAsOfIsReportedAndTodayIsShown()
    {
        var cut = RenderAt("?asOf=2025-02-30");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=invalid-as-of]")));
        Assert.Equal("€1.5B", cut.Find("[data-figure=investment] [data-testid=tile-value]").TextContent.Trim());
    }
}
