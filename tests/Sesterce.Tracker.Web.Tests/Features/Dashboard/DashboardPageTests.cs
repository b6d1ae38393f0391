using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Web.Features.Dashboard;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Dashboard;

/// <summary>The whole dashboard against the real services on a migrated, seeded in-memory SQLite database.</summary>
public class DashboardPageTests : SeededComponentTest
{

    // Query parameters reach the page through the navigation manager, as in the browser.
    private IRenderedComponent<DashboardPage> RenderAt(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<DashboardPage>(p => p.Add(c => c.Slug, "alixan"));
    }

    [Fact]
    public void HomeShowsTheAlixanFiguresAsKnownToday()
    {
        var cut = Render<DashboardPage>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll(".figure-card").Count));
        var values = cut.FindAll("[data-testid=figure-value]").Select(v => v.TextContent.Trim()).ToList();
        Assert.Equal(["€1.5B", "80 MW", "800"], values);
        Assert.Contains("Sesterce AI compute campus, Alixan", cut.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Equal(["next month", "in 13 months"], cut.FindAll("[data-testid=countdown]").Select(c => c.TextContent.Trim()));
        Assert.Equal("€18.75M/MW", cut.Find("[data-ratio=investment-per-mw] [data-testid=ratio-value]").TextContent.Trim());
    }

    [Fact]
    public void AnAsOfDateInTheUrlShowsTheFiguresKnownThen()
    {
        var cut = RenderAt("/campuses/alixan?asOf=2025-06-01");

        cut.WaitForAssertion(() => Assert.Equal(["€450M", "40 MW", "about 800"], cut.FindAll("[data-testid=figure-value]").Select(v => v.TextContent.Trim())));
        Assert.Contains("As known on 1 Jun 2025", cut.Find("[data-testid=as-of-chip]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeTheFirstAnnouncementThePageSaysNothingWasKnownYet()
    {
        var cut = RenderAt("/campuses/alixan?asOf=2024-06-01");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=nothing-known-yet]")));
        Assert.Empty(cut.FindAll(".figure-card"));
        Assert.Contains("28 Feb 2025", cut.Find("[data-testid=nothing-known-yet]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownCampusGetsANotFoundMessage()
    {
        var cut = Render<DashboardPage>(p => p.Add(c => c.Slug, "atlantis"));

        cut.WaitForAssertion(() => Assert.Contains("atlantis", cut.Find("[data-testid=campus-not-found]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void AMalformedAsOfIsReportedAndTodayIsShown()
    {
        var cut = RenderAt("/campuses/alixan?asOf=June");

        cut.WaitForAssertion(() => Assert.Contains("'June' is not a date", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("€1.5B", cut.FindAll("[data-testid=figure-value]")[0].TextContent.Trim());
    }

    [Fact]
    public async Task AFailingStoreShowsAnErrorWithRetry()
    {
        await Connection.CloseAsync();

        var cut = Render<DashboardPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=dashboard-error]")));
        Assert.Contains("Try again", cut.Find("[data-testid=dashboard-error] button").TextContent, StringComparison.Ordinal);
    }
}
