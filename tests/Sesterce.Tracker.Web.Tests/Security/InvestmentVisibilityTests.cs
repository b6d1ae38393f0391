using System.Net;
using System.Text.Json;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Security;

/// <summary>
/// Investment is for executives and admins. The service layer leaves it out for viewers, so no page,
/// ratio or API answer can leak it, whatever the buttons show.
/// </summary>
public class InvestmentVisibilityTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Fact]
    public async Task AViewersFigureListHasNoInvestment()
    {
        using var viewer = factory.CreateClientAs(TrackerRoles.Viewer);
        using var executive = factory.CreateClientAs(TrackerRoles.Executive);

        var seen = await KeysAsync(viewer);
        var all = await KeysAsync(executive);

        Assert.Equal(["power", "jobs"], seen);
        Assert.Equal(["investment", "power", "jobs"], all);
    }

    [Fact]
    public async Task AViewersDashboardShowsCapacityAndJobsButNoMoney()
    {
        using var viewer = factory.CreateClientAs(TrackerRoles.Viewer);

        var html = WebUtility.HtmlDecode(await viewer.GetStringAsync(new Uri("/campuses/alixan", UriKind.Relative)));

        Assert.Contains("80 MW", html, StringComparison.Ordinal);
        Assert.DoesNotContain("€1.5B", html, StringComparison.Ordinal);
        Assert.DoesNotContain("€18.75M/MW", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"executive-link\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AViewerOpeningTheInvestmentPageSeesNoFigure()
    {
        using var viewer = factory.CreateClientAs(TrackerRoles.Viewer);

        var html = WebUtility.HtmlDecode(await viewer.GetStringAsync(new Uri("/campuses/alixan/figures/investment", UriKind.Relative)));

        Assert.DoesNotContain("€1.5B", html, StringComparison.Ordinal);
        Assert.DoesNotContain("€450M", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"figure-forbidden\"", html, StringComparison.Ordinal);
    }

    private static async Task<List<string>> KeysAsync(HttpClient client)
    {
        var body = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/campuses/alixan/figures", UriKind.Relative))).RootElement;
        return [.. body.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("key").GetString()!)];
    }
}
