using System.Net;

namespace Sesterce.Tracker.Web.Tests.Features.Dashboard;

/// <summary>The first HTML a browser receives already holds the dashboard, in the chosen language.</summary>
public class DashboardPrerenderTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Fact]
    public async Task HomePageArrivesWithTheCurrentFigures()
    {
        var html = await GetPageAsync(factory.CreateClient(), new Uri("/", UriKind.Relative));

        Assert.Contains("€1.5B", html, StringComparison.Ordinal);
        Assert.Contains("80 MW", html, StringComparison.Ordinal);
        Assert.Contains("Sesterce double la mise", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrenchCookieGivesFrenchFormats()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var set = await client.GetAsync(new Uri("/culture/set?culture=fr&redirectUri=%2Fcampuses%2Falixan", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/campuses/alixan", set.Headers.Location?.OriginalString);
        var cookie = Assert.Single(set.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/campuses/alixan");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var html = WebUtility.HtmlDecode(await (await client.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains("1,5\u00a0Md€", html, StringComparison.Ordinal);
        Assert.Contains("déc. 2026", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task LanguageSwitchNeverRedirectsOffSite(string target)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri($"/culture/set?culture=fr&redirectUri={Uri.EscapeDataString(target)}", UriKind.Relative));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnUnsupportedLanguageIsRefused()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/culture/set?culture=de", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PastViewFromTheUrlIsPrerenderedToo()
    {
        var html = await GetPageAsync(factory.CreateClient(), new Uri("/campuses/alixan?asOf=2025-06-01", UriKind.Relative));

        Assert.Contains("€450M", html, StringComparison.Ordinal);
        Assert.DoesNotContain("€1.5B", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownPageIsAFriendlyNotFound()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/no/such/page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Blazor encodes non-ASCII text as character references ("&#x20AC;"): decode before reading.
    private static async Task<string> GetPageAsync(HttpClient client, Uri uri) => WebUtility.HtmlDecode(await client.GetStringAsync(uri));
}
