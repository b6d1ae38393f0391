using System.Net;
using System.Text.Json;

namespace Sesterce.Tracker.Web.Tests.Api;

public class CampusApiTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static Dictionary<string, JsonElement> FiguresByKey(JsonElement body) =>
        body.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);

    [Fact]
    public async Task FiguresInJuneTwentyTwentyFiveAreFourHundredFiftyMillionAndFortyMegawatts()
    {
        var figures = FiguresByKey(await GetJsonAsync("/api/campuses/alixan/figures?asOf=2025-06-01"));

        Assert.Equal(450_000_000m, figures["investment"].GetProperty("value").GetDecimal());
        Assert.Equal("EUR", figures["investment"].GetProperty("unit").GetString());
        Assert.Equal(40m, figures["power"].GetProperty("value").GetDecimal());
        Assert.Equal("2025-02", figures["power"].GetProperty("announcedOn").GetString());
        Assert.Equal("month", figures["power"].GetProperty("announcedOnPrecision").GetString());
        Assert.Equal("approximately", figures["jobs"].GetProperty("qualifier").GetString());
    }

    [Fact]
    public async Task FiguresInDecemberTwentyTwentyFiveAreOnePointFiveBillionAndEightyMegawatts()
    {
        var body = await GetJsonAsync("/api/campuses/alixan/figures?asOf=2025-12-01");
        var figures = FiguresByKey(body);

        Assert.Equal("2025-12-01", body.GetProperty("asOf").GetString());
        Assert.Equal(1_500_000_000m, figures["investment"].GetProperty("value").GetDecimal());
        Assert.Equal(80m, figures["power"].GetProperty("value").GetDecimal());
        Assert.Equal("officialAnnouncement", figures["investment"].GetProperty("status").GetString());
        var source = Assert.Single(figures["investment"].GetProperty("sources").EnumerateArray());
        Assert.Equal("Sesterce double la mise", source.GetProperty("title").GetString());
        Assert.Contains("1,5 milliard d'euros", source.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal(233.33m, figures["investment"].GetProperty("changeSinceFirst").GetProperty("percent").GetDecimal());
        Assert.Equal("expectedToRise", figures["jobs"].GetProperty("qualifier").GetString());
    }

    [Fact]
    public async Task WithoutAsOfTheFiguresAreTodays()
    {
        var body = await GetJsonAsync("/api/campuses/alixan/figures");

        Assert.Equal("2026-11-25", body.GetProperty("asOf").GetString());
        Assert.Equal(1_500_000_000m, FiguresByKey(body)["investment"].GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task BeforeTheFirstAnnouncementTheFigureListIsEmpty()
    {
        var body = await GetJsonAsync("/api/campuses/alixan/figures?asOf=2025-01-01");

        Assert.Empty(body.GetProperty("figures").EnumerateArray());
    }

    [Fact]
    public async Task RevisionsListEveryKnownRevisionWithItsSources()
    {
        var body = await GetJsonAsync("/api/campuses/alixan/figures/investment/revisions");
        var revisions = body.GetProperty("revisions").EnumerateArray().ToList();

        Assert.Equal(2, revisions.Count);
        Assert.Equal([450_000_000m, 1_500_000_000m], revisions.Select(r => r.GetProperty("value").GetDecimal()));
        Assert.All(revisions, r => Assert.Equal("Sesterce double la mise", Assert.Single(r.GetProperty("sources").EnumerateArray()).GetProperty("title").GetString()));
        Assert.All(revisions, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("sources")[0].GetProperty("quote").GetString())));
    }

    [Fact]
    public async Task MilestonesCarryTargetsAtTheirPrecision()
    {
        var body = await GetJsonAsync("/api/campuses/alixan/milestones");
        var milestones = body.GetProperty("milestones").EnumerateArray().ToList();

        var phase1 = milestones.Single(m => m.GetProperty("kind").GetString() == "commissioning");
        Assert.Equal("2026-12", phase1.GetProperty("target").GetProperty("date").GetString());
        Assert.Equal("month", phase1.GetProperty("target").GetProperty("precision").GetString());
        Assert.Equal("officialAnnouncement", phase1.GetProperty("target").GetProperty("status").GetString());
        Assert.Equal("2025-11-17", phase1.GetProperty("target").GetProperty("reportedOn").GetString());
        Assert.Equal("upcoming", phase1.GetProperty("state").GetString());
        Assert.Single(phase1.GetProperty("history").EnumerateArray());
        Assert.Equal(4, milestones.Count);
    }

    [Fact]
    public async Task CampusListAndDetailDescribeAlixan()
    {
        var list = await GetJsonAsync("/api/campuses");
        var detail = await GetJsonAsync("/api/campuses/alixan");

        Assert.Equal("alixan", Assert.Single(list.EnumerateArray()).GetProperty("slug").GetString());
        Assert.Equal("Alixan", detail.GetProperty("commune").GetString());
        Assert.Equal(2, detail.GetProperty("people").GetArrayLength());
        Assert.Equal(2, detail.GetProperty("phases").GetArrayLength());
    }

    [Fact]
    public async Task SourceIsServedById()
    {
        var figures = FiguresByKey(await GetJsonAsync("/api/campuses/alixan/figures"));
        var id = figures["power"].GetProperty("sources")[0].GetProperty("id").GetInt32();

        var source = await GetJsonAsync($"/api/sources/{id}");

        Assert.Equal("fr", source.GetProperty("language").GetString());
        Assert.Equal("2025-11-24", source.GetProperty("publishedOn").GetString());
        Assert.True(source.GetProperty("citationCount").GetInt32() >= 10);
    }

    [Theory]
    [InlineData("/api/campuses/nowhere", "Unknown campus")]
    [InlineData("/api/campuses/nowhere/figures", "Unknown campus")]
    [InlineData("/api/campuses/nowhere/milestones", "Unknown campus")]
    [InlineData("/api/campuses/nowhere/figures/investment/revisions", "Unknown campus")]
    [InlineData("/api/campuses/alixan/figures/gpus/revisions", "Unknown figure")]
    [InlineData("/api/sources/999999", "Unknown source")]
    public async Task UnknownThingsAreNotFoundProblems(string url, string title)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/api/campuses/alixan/figures?asOf=2025-13-01")]
    [InlineData("/api/campuses/alixan/figures?asOf=yesterday")]
    [InlineData("/api/campuses/alixan/figures?asOf=2025-6-1")]
    [InlineData("/api/campuses/alixan/milestones?asOf=01/06/2025")]
    [InlineData("/api/campuses/alixan/figures/investment/revisions?asOf=2025-02-30")]
    [InlineData("/api/campuses/alixan?asOf=%00")]
    public async Task MalformedAsOfIsABadRequestProblem(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Malformed asOf date", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/campuses/alixan/figures?asOf=")]
    [InlineData("/api/campuses/alixan/milestones?asOf=")]
    [InlineData("/api/campuses/alixan?asOf=")]
    [InlineData("/api/campuses/alixan/figures/power/revisions?asOf=")]
    public async Task AnEmptyAsOfMeansToday(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("2026-11-25", body.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task UnknownApiPathIsAProblemNotAPage()
    {
        var response = await _client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HealthReportsAMigratedWalDatabase()
    {
        var health = await GetJsonAsync("/health");

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var data = health.GetProperty("checks").GetProperty("database").GetProperty("data");
        Assert.Equal("wal", data.GetProperty("journalMode").GetString());
        Assert.Equal(1, data.GetProperty("campuses").GetInt32());
        Assert.Empty(data.GetProperty("pendingMigrations").EnumerateArray());
    }

    [Fact]
    public async Task OpenApiDocumentDescribesEveryEndpoint()
    {
        var document = await GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/campuses", paths);
        Assert.Contains("/api/campuses/{slug}", paths);
        Assert.Contains("/api/campuses/{slug}/figures", paths);
        Assert.Contains("/api/campuses/{slug}/figures/{key}/revisions", paths);
        Assert.Contains("/api/campuses/{slug}/milestones", paths);
        Assert.Contains("/api/sources/{id}", paths);
    }

    [Fact]
    public async Task ApiReferencePageIsServedWithoutExternalScripts()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = true });

        var html = await client.GetStringAsync(new Uri("/api/docs/", UriKind.Relative));

        Assert.Contains("Sesterce Campus Tracker API", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
    }
}
