using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Api;

/// <summary>The prerendered pages a viewer opens after the events of <see cref="ClaimScenario"/>, and the API agreeing with them.</summary>
public partial class ClaimPagesTests(ClaimedTracker tracker) : IClassFixture<ClaimedTracker>
{
    private readonly HttpClient _viewer = tracker.Factory.CreateClientAs(TrackerRoles.Viewer);

    private async Task<string> PageAsync(string url)
    {
        var response = await _viewer.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<Dictionary<string, int>> IdsAsync(string asOf = "")
    {
        var body = JsonDocument.Parse(await _viewer.GetStringAsync(new Uri($"/api/campuses/alixan/milestones?asOf={asOf}", UriKind.Relative))).RootElement;
        return body.GetProperty("milestones").EnumerateArray().ToDictionary(m => m.GetProperty("title").GetString()!, m => m.GetProperty("id").GetInt32());
    }

    [GeneratedRegex("data-testid=\"current-target\">([^<]*)<")]
    private static partial Regex CurrentTarget();

    [Fact]
    public async Task AViewerOpensThePageOfAMilestoneWithoutADate()
    {
        var id = (await IdsAsync())[ClaimScenario.GridTitle];

        var html = await PageAsync($"/campuses/alixan/milestones/{id}");

        Assert.DoesNotContain("milestone-not-found", html, StringComparison.Ordinal);
        Assert.Equal("date to be announced", CurrentTarget().Match(html).Groups[1].Value);
        Assert.Contains(ClaimScenario.GridQuote, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AViewersDashboardQuotesTheReachedDateAndShowsTheEstimateBesideTheOfficialDate()
    {
        var html = await PageAsync("/campuses/alixan");

        Assert.Contains(ClaimScenario.PermitQuote, html, StringComparison.Ordinal);
        Assert.Contains(ClaimScenario.PermitReleaseQuote, html, StringComparison.Ordinal);
        Assert.Contains("reported on 20 May 2026", html, StringComparison.Ordinal);
        Assert.Contains("Internal estimate (1 Oct 2026): Q1 2027", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"undated-milestones\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-05-19")]
    [InlineData("2026-09-15")]
    [InlineData("")]
    public async Task TheTimelinePageAndTheApiListTheSameMilestonesDatedOrNot(string asOf)
    {
        var titles = (await IdsAsync(asOf)).Keys.ToList();
        var html = await PageAsync($"/campuses/alixan/timeline?asOf={asOf}");

        var shown = CalendarAndAsOfApiTests.CountOccurrences(html, "data-testid=\"timeline-marker\"") + CalendarAndAsOfApiTests.CountOccurrences(html, "data-testid=\"undated-milestone\"");
        Assert.Equal(titles.Count, shown);
        Assert.All(titles, t => Assert.Contains(t, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAsOfViewBeforeTheArticleLabelsItsQuotesPublishedLater()
    {
        var html = await PageAsync("/campuses/alixan?asOf=2025-06-01");

        Assert.Contains("published later, on 24 Nov 2025", html, StringComparison.Ordinal);
        Assert.DoesNotContain("published later", await PageAsync("/campuses/alixan"), StringComparison.Ordinal);
    }
}
