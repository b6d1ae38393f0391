using System.Net;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Features.Errors;

/// <summary>
/// An unknown campus, milestone or figure answers 404 on its page as the API does, with the page's
/// own message in the reader's language; a known one answers 200.
/// </summary>
public class NotFoundStatusTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/campuses/nope", "campus-not-found", "There is no campus called 'nope'.")]
    [InlineData("/campuses/nope/timeline", "campus-not-found", "There is no campus called 'nope'.")]
    [InlineData("/campuses/nope/risks", "campus-not-found", "There is no campus called 'nope'.")]
    [InlineData("/campuses/alixan/milestones/999999", "milestone-not-found", "Milestone not found")]
    [InlineData("/campuses/alixan/figures/nope", "figure-not-found", "Figure not found")]
    public async Task AnUnknownCampusMilestoneOrFigurePageAnswers404WithItsMessage(string path, string testId, string text)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"data-testid=\"{testId}\"", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNotFoundPageSpeaksTheReadersLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/campuses/nope");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dfr%7Cuic%3Dfr");

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Campus introuvable", html, StringComparison.Ordinal);
        Assert.Contains("Aucun campus ne s'appelle « nope ».", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/campuses/alixan")]
    [InlineData("/campuses/alixan/timeline")]
    [InlineData("/campuses/alixan/figures/power")]
    [InlineData("/campuses/alixan/milestones/1")]
    public async Task AKnownCampusMilestoneOrFigurePageAnswers200(string path)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
