using System.Net;

namespace Sesterce.Tracker.Web.Tests.Features.Figures;

public class FigurePagePrerenderTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Fact]
    public async Task TheFigurePageArrivesWithItsHeadline()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync(new Uri("/campuses/alixan/figures/investment", UriKind.Relative)));

        Assert.Contains("€1.5B", html, StringComparison.Ordinal);
        Assert.Contains("€18.75M/MW", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExecutiveViewCarriesItsA4LandscapePrintRule()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/campuses/alixan/executive?asOf=2025-12-01", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("size: A4 landscape", html, StringComparison.Ordinal);
        Assert.Contains("€450M → €1.5B (+233%)", html, StringComparison.Ordinal);
    }
}
