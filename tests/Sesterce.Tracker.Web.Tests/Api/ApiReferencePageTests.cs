using System.Net;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Api;

/// <summary>The API reference wears the reader's theme and language and leads back to the app.</summary>
public class ApiReferencePageTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> GetAsync(string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/docs/");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ItLinksBackToTheTrackerInEnglish()
    {
        var html = await GetAsync(null);

        Assert.Contains("<a href=\"/\">← Back to the tracker</a>", html, StringComparison.Ordinal);
        Assert.Contains("favicon.svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItSpeaksFrenchToAFrenchReader()
    {
        var html = await GetAsync(".AspNetCore.Culture=c%3Dfr%7Cuic%3Dfr");

        Assert.Contains("← Retour au suivi", html, StringComparison.Ordinal);
        Assert.Contains("API du suivi des campus Sesterce", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tracker-theme=dark", "dark")]
    [InlineData("tracker-theme=light", "light")]
    public async Task ItFollowsTheThemeChosenInTheApp(string cookie, string mode)
    {
        var html = await GetAsync(cookie);

        Assert.Contains($"\"forceDarkModeState\":\"{mode}\"", html.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"hideDarkModeToggle\":true", html.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
