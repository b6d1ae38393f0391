using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Web.Features.Dashboard;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Dashboard;

public class DashboardLinkTests : SeededComponentTest
{
    public DashboardLinkTests() => Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());

    private IRenderedComponent<DashboardPage> RenderAt(string uri)
    {
        NavigateTo(uri);
        return Render<DashboardPage>(p => p.Add(c => c.Slug, "alixan"));
    }

    [Fact]
    public void EachFigureCardLinksToItsLedgerAndTheHeaderToTheExecutiveView()
    {
        var cut = RenderAt("/campuses/alixan");

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=open-ledger]").Count));
        Assert.Equal(
            ["/campuses/alixan/figures/investment", "/campuses/alixan/figures/power", "/campuses/alixan/figures/jobs"],
            cut.FindAll("[data-testid=open-ledger]").Select(a => a.GetAttribute("href")));
        Assert.Equal("/campuses/alixan/executive", cut.Find("[data-testid=executive-link]").GetAttribute("href"));
    }

    [Fact]
    public void LinksCarryAValidAsOfDateButNotAMalformedOne()
    {
        var past = RenderAt("/campuses/alixan?asOf=2025-12-01");
        past.WaitForAssertion(() => Assert.Equal("/campuses/alixan/executive?asOf=2025-12-01", past.Find("[data-testid=executive-link]").GetAttribute("href")));
        Assert.Equal("/campuses/alixan/figures/investment?asOf=2025-12-01", past.Find("[data-figure=investment] [data-testid=figure-link]").GetAttribute("href"));

        var malformed = RenderAt("/campuses/alixan?asOf=June");
        malformed.WaitForAssertion(() => Assert.Equal("/campuses/alixan/executive", malformed.Find("[data-testid=executive-link]").GetAttribute("href")));
    }
}
