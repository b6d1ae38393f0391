using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Web.Components.Shared;

namespace Sesterce.Tracker.Web.Tests.Components.Shared;

public class PagerTests : TrackerComponentTest
{
    private IRenderedComponent<Pager> RenderPager(int page, int total, string uri = "/campuses/alixan/timeline")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<Pager>(p => p.Add(c => c.Page, page).Add(c => c.PageSize, 50).Add(c => c.Total, total));
    }

    [Fact]
    public void ItSaysWhichRowsOfHowManyAreShown()
    {
        var cut = RenderPager(page: 2, total: 16_000);

        Assert.Equal("Rows 51–100 of 16,000", cut.Find("[data-testid=pager-rows]").TextContent.Trim());
        Assert.Equal("Page 2 of 320", cut.Find("[data-testid=pager-page]").TextContent.Trim());
    }

    [Fact]
    public void InFrenchTheRowsAndNumbersReadTheFrenchWay()
    {
        UseCulture("fr");

        var cut = RenderPager(page: 320, total: 16_000);

        var text = cut.Find("[data-testid=pager-rows]").TextContent.Trim();
        Assert.StartsWith("Lignes 15", text, StringComparison.Ordinal);
        Assert.Contains("951 à 16", text, StringComparison.Ordinal);
        Assert.DoesNotContain("16,000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ItsLinksChangeOnlyThePageAndKeepTheAsOfDay()
    {
        var cut = RenderPager(page: 2, total: 200, uri: "/campuses/alixan/timeline?asOf=2025-06-01&page=2");

        var next = cut.Find("[data-testid=pager-next]").GetAttribute("href")!;
        var previous = cut.Find("[data-testid=pager-previous]").GetAttribute("href")!;
        var last = cut.Find("[data-testid=pager-last]").GetAttribute("href")!;

        Assert.Contains("asOf=2025-06-01", next, StringComparison.Ordinal);
        Assert.Contains("page=3", next, StringComparison.Ordinal);
        Assert.Contains("page=4", last, StringComparison.Ordinal);
        // The first page is the plain address: no page number at all.
        Assert.Contains("asOf=2025-06-01", previous, StringComparison.Ordinal);
        Assert.DoesNotContain("page=", previous, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTheFirstPageThereIsNoWayBack()
    {
        var cut = RenderPager(page: 1, total: 200);

        Assert.Null(cut.Find("[data-testid=pager-previous]").GetAttribute("href"));
        Assert.Null(cut.Find("[data-testid=pager-first]").GetAttribute("href"));
        Assert.NotNull(cut.Find("[data-testid=pager-next]").GetAttribute("href"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(50)]
    public void AListThatFitsOnOnePageHasNoPager(int total)
    {
        var cut = RenderPager(page: 1, total: total);

        Assert.Empty(cut.FindAll("[data-testid=pager]"));
    }
}
