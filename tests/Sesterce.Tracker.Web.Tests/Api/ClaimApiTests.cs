using System.Net;
using System.Text.Json;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Api;

/// <summary>
/// The API's claim shapes (issue 13, item 10) on the events of <see cref="ClaimScenario"/>: every
/// milestone carries its headline target, the other claim beside it, baseline, slip, reached date
/// and history, each claim with its status, the day it was reported and its sources.
/// </summary>
public class ClaimApiTests(ClaimedTracker tracker) : IClassFixture<ClaimedTracker>
{
    private readonly HttpClient _client = tracker.Factory.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string url, HttpClient? client = null)
    {
        var response = await (client ?? _client).GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<Dictionary<string, JsonElement>> MilestonesAsync(string asOf = "")
    {
        var body = await GetJsonAsync($"/api/campuses/alixan/milestones?asOf={asOf}");
        return body.GetProperty("milestones").EnumerateArray().ToDictionary(m => m.GetProperty("title").GetString()!);
    }

    private static JsonElement Only(JsonElement array) => Assert.Single(array.EnumerateArray());

    [Fact]
    public async Task AnInternalEstimateStandsBesideTheOfficialTargetNotInsteadOfIt()
    {
        var phase1 = (await MilestonesAsync())[ClaimScenario.PhaseOneTitle];

        var target = phase1.GetProperty("target");
        Assert.Equal("2026-12", target.GetProperty("date").GetString());
        Assert.Equal("officialAnnouncement", target.GetProperty("status").GetString());
        var other = phase1.GetProperty("otherTarget");
        Assert.Equal("2027-Q1", other.GetProperty("date").GetString());
        Assert.Equal("quarter", other.GetProperty("precision").GetString());
        Assert.Equal("internalEstimate", other.GetProperty("status").GetString());
        Assert.Equal("2026-10-01", other.GetProperty("reportedOn").GetString());
        var source = Only(other.GetProperty("sources"));
        Assert.Equal(ClaimScenario.SteeringTitle, source.GetProperty("title").GetString());
        Assert.Equal(ClaimScenario.EstimateQuote, source.GetProperty("quote").GetString());
        Assert.Equal(0, phase1.GetProperty("slip").GetProperty("amount").GetInt32());
        Assert.Equal(["officialAnnouncement", "internalEstimate"], phase1.GetProperty("history").EnumerateArray().Select(c => c.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task BeforeTheEstimateWasReportedThereIsNoOtherTarget()
    {
        var phase1 = (await MilestonesAsync("2026-09-30"))[ClaimScenario.PhaseOneTitle];

        Assert.Equal(JsonValueKind.Null, phase1.GetProperty("otherTarget").ValueKind);
        Assert.Single(phase1.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task AnUndatedMilestoneHasATargetClaimWithoutADateAndNoBaselineOrSlip()
    {
        var grid = (await MilestonesAsync())[ClaimScenario.GridTitle];

        var target = grid.GetProperty("target");
        Assert.Equal(JsonValueKind.Null, target.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, target.GetProperty("precision").ValueKind);
        Assert.Equal("pressReport", target.GetProperty("status").GetString());
        Assert.Equal("2026-09-15", target.GetProperty("reportedOn").GetString());
        Assert.Equal(ClaimScenario.GridQuote, Only(target.GetProperty("sources")).GetProperty("quote").GetString());
        Assert.Equal(JsonValueKind.Null, grid.GetProperty("baseline").ValueKind);
        Assert.Equal(JsonValueKind.Null, grid.GetProperty("slip").ValueKind);
        Assert.Equal(JsonValueKind.Null, grid.GetProperty("reached").ValueKind);
        Assert.Equal("upcoming", grid.GetProperty("state").GetString());
        Assert.Equal("Phase 1", grid.GetProperty("phase").GetString());
    }

    [Fact]
    public async Task AnUndatedMilestoneIsUnknownBeforeItsFirstClaim()
    {
        Assert.DoesNotContain(ClaimScenario.GridTitle, (await MilestonesAsync("2026-09-14")).Keys);
        Assert.Contains(ClaimScenario.GridTitle, (await MilestonesAsync("2026-09-15")).Keys);
    }

    [Fact]
    public async Task AReachedDateCarriesItsTwoSourcesAndTheDayItWasReported()
    {
        var permit = (await MilestonesAsync())[ClaimScenario.PermitTitle];

        var reached = permit.GetProperty("reached");
        Assert.Equal("2026-05-12", reached.GetProperty("date").GetString());
        Assert.Equal("day", reached.GetProperty("precision").GetString());
        Assert.Equal("reached", reached.GetProperty("kind").GetString());
        Assert.Equal("2026-05-20", reached.GetProperty("reportedOn").GetString());
        Assert.Equal("officialAnnouncement", reached.GetProperty("status").GetString());
        var sources = reached.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal([ClaimScenario.NewspaperTitle, ClaimScenario.PressReleaseTitle], sources.Select(s => s.GetProperty("title").GetString()));
        Assert.Equal([ClaimScenario.PermitQuote, ClaimScenario.PermitReleaseQuote], sources.Select(s => s.GetProperty("quote").GetString()));
        Assert.Equal(["2026-05-20", "2026-05"], sources.Select(s => s.GetProperty("publishedOn").GetString()));
        Assert.Equal("achieved", permit.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, permit.GetProperty("target").ValueKind);
    }

    [Theory]
    [InlineData("2026-05-12")]
    [InlineData("2026-05-19")]
    public async Task AReachedDateIsUnknownOnTheDaysBeforeItWasReported(string asOf)
    {
        Assert.DoesNotContain(ClaimScenario.PermitTitle, (await MilestonesAsync(asOf)).Keys);
    }

    [Fact]
    public async Task AReachedDateIsKnownFromTheDayItWasReported()
    {
        var permit = (await MilestonesAsync("2026-05-20"))[ClaimScenario.PermitTitle];

        Assert.Equal("achieved", permit.GetProperty("state").GetString());
    }

    [Fact]
    public async Task AMoveToAHalfYearSlipsByOneHalfYearFromTheBaseline()
    {
        var full = (await MilestonesAsync())[ClaimScenario.FullTitle];

        Assert.Equal("2028-H1", full.GetProperty("target").GetProperty("date").GetString());
        Assert.Equal("halfYear", full.GetProperty("target").GetProperty("precision").GetString());
        Assert.Equal("2027-12", full.GetProperty("baseline").GetString());
        Assert.Equal(1, full.GetProperty("slip").GetProperty("amount").GetInt32());
        Assert.Equal("halfYear", full.GetProperty("slip").GetProperty("unit").GetString());
        var history = full.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["2025-11-17", "2026-06-02"], history.Select(c => c.GetProperty("reportedOn").GetString()));
        Assert.All(history, c => Assert.Equal("target", c.GetProperty("kind").GetString()));
        Assert.All(history, c => Assert.NotEmpty(c.GetProperty("sources").EnumerateArray()));
    }

    [Fact]
    public async Task AFigureConfirmedByASecondArticleCarriesBothSourcesWithTheirWords()
    {
        var revisions = (await GetJsonAsync("/api/campuses/alixan/figures/power/revisions")).GetProperty("revisions").EnumerateArray().ToList();
        var figures = (await GetJsonAsync("/api/campuses/alixan/figures")).GetProperty("figures").EnumerateArray().ToList();

        var confirmed = revisions[^1];
        Assert.Equal(80m, confirmed.GetProperty("value").GetDecimal());
        Assert.Equal([ClaimScenario.PowerQuote, ClaimScenario.PowerReleaseQuote], confirmed.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("quote").GetString()));
        var power = figures.Single(f => f.GetProperty("key").GetString() == "power");
        Assert.Equal([ClaimScenario.NewspaperTitle, ClaimScenario.PressReleaseTitle], power.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task APhaseCarriesItsPlanClaimsAndEndsWithItsCommissioningMilestone()
    {
        var campus = await GetJsonAsync("/api/campuses/alixan");
        var milestones = await MilestonesAsync();

        var phases = campus.GetProperty("phases").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        var full = phases["Full 80 MW"];
        Assert.Equal(80m, full.GetProperty("targetCapacityMw").GetDecimal());
        Assert.Equal("2028-H1", full.GetProperty("targetDate").GetString());
        Assert.Equal(milestones[ClaimScenario.FullTitle].GetProperty("id").GetInt32(), full.GetProperty("commissioningMilestoneId").GetInt32());
        var plan = full.GetProperty("plan");
        Assert.Equal(80m, plan.GetProperty("capacityMw").GetDecimal());
        Assert.Equal("officialAnnouncement", plan.GetProperty("status").GetString());
        Assert.Equal("2025-11-17", plan.GetProperty("reportedOn").GetString());
        Assert.Equal("Sesterce double la mise", Only(plan.GetProperty("sources")).GetProperty("title").GetString());
        Assert.Single(full.GetProperty("planHistory").EnumerateArray());
        Assert.Equal("2026-12", phases["Phase 1"].GetProperty("targetDate").GetString());
        Assert.Equal(JsonValueKind.Null, phases["Phase 1"].GetProperty("plan").ValueKind);
    }

    [Fact]
    public async Task ThePhaseEndFollowsItsMilestoneAsKnownOnTheDay()
    {
        var before = await GetJsonAsync("/api/campuses/alixan?asOf=2026-06-01");

        var full = before.GetProperty("phases").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Full 80 MW");
        Assert.Equal("2027-12", full.GetProperty("targetDate").GetString());
    }

    [Fact]
    public async Task TheFinancingFileBehindTheInvestmentNeverReachesAViewer()
    {
        using var viewer = tracker.Factory.CreateClientAs(TrackerRoles.Viewer);
        using var executive = tracker.Factory.CreateClientAs(TrackerRoles.Executive);
        string[] viewerAddresses =
        [
            "/api/campuses/alixan/figures", "/api/campuses/alixan/milestones", "/api/campuses/alixan", "/api/campuses/alixan/milestones.ics",
            "/campuses/alixan", "/campuses/alixan/timeline", "/campuses/alixan/figures/power", "/campuses/alixan/figures/investment",
        ];

        foreach (var address in viewerAddresses)
        {
            var text = WebUtility.HtmlDecode(await viewer.GetStringAsync(new Uri(address, UriKind.Relative)));
            Assert.DoesNotContain(ClaimScenario.FinancingTitle, text, StringComparison.Ordinal);
            Assert.DoesNotContain(ClaimScenario.FinancingQuote, text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(new Uri("/api/campuses/alixan/figures/investment/revisions", UriKind.Relative))).StatusCode);
        var seenByExecutive = await executive.GetStringAsync(new Uri("/api/campuses/alixan/figures", UriKind.Relative));
        Assert.Contains(ClaimScenario.FinancingTitle, seenByExecutive, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheClaimShapes()
    {
        var document = await GetJsonAsync("/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");

        static IReadOnlyList<string> Properties(JsonElement schemas, string name) =>
            [.. schemas.GetProperty(name).GetProperty("properties").EnumerateObject().Select(p => p.Name)];

        Assert.Equal(
            ["id", "title", "kind", "state", "phase", "commissionsPhase", "target", "otherTarget", "baseline", "slip", "reached", "history"],
            Properties(schemas, "MilestoneDto"));
        Assert.Equal(
            ["id", "kind", "date", "precision", "reportedOn", "status", "sources", "reason", "corrects", "correctedBy"],
            Properties(schemas, "DateClaimDto"));
        Assert.Equal(["amount", "unit"], Properties(schemas, "SlipDto"));
        Assert.Equal(["id", "title", "publisher", "url", "publishedOn", "language", "quote", "sourceRestricted", "quoteRestricted"], Properties(schemas, "CitationDto"));
        Assert.Contains("sources", Properties(schemas, "FigureRevisionDto"));
        Assert.Contains("sources", Properties(schemas, "FigureDto"));
        Assert.Contains("planHistory", Properties(schemas, "PhaseDto"));
    }

    [Fact]
    public async Task AViewerCannotOpenASourceCitedOnlyByTheInvestmentNorCountItsInvestmentCitations()
    {
        using var viewer = tracker.Factory.CreateClientAs(TrackerRoles.Viewer);
        using var executive = tracker.Factory.CreateClientAs(TrackerRoles.Executive);
        var investment = (await GetJsonAsync("/api/campuses/alixan/figures", executive)).GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "investment");
        var financing = Only(investment.GetProperty("sources")).GetProperty("id").GetInt32();
        var article = Only((await MilestonesAsync())[ClaimScenario.PhaseOneTitle].GetProperty("target").GetProperty("sources")).GetProperty("id").GetInt32();

        var hidden = await viewer.GetAsync(new Uri($"/api/sources/{financing}", UriKind.Relative));
        var shown = await GetJsonAsync($"/api/sources/{financing}", executive);
        var articleForViewer = await GetJsonAsync($"/api/sources/{article}", viewer);
        var articleForExecutive = await GetJsonAsync($"/api/sources/{article}", executive);

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(ClaimScenario.FinancingTitle, await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((ClaimScenario.FinancingTitle, 1), (shown.GetProperty("title").GetString(), shown.GetProperty("citationCount").GetInt32()));
        Assert.Equal("Sesterce double la mise", articleForViewer.GetProperty("title").GetString());
        Assert.Equal(articleForExecutive.GetProperty("citationCount").GetInt32() - 2, articleForViewer.GetProperty("citationCount").GetInt32());
    }
}
