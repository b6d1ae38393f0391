using System.Net;
using System.Text.Json;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;
using static Sesterce.Tracker.Web.Tests.RiskFixtures;

namespace Sesterce.Tracker.Web.Tests.Api;

/// <summary>A tracker with two risks: a permit appeal that materialised on 1 June 2026, and a closed financing risk.</summary>
public sealed class RiskedTracker : IAsyncLifetime
{
    public const string AppealTitle = "Permit appeal";
    public const string AppealQuote = "un recours a été déposé";
    public const string SuspendedReason = "The court suspended the permit";

    public TrackerWebFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        var appeal = await AddRiskAsync(
            Factory.Services,
            AppealTitle,
            [
                Claim(RiskState.Open, RiskLevel.Medium, RiskLevel.High, PartialDate.OnDay(2026, 3, 10), "Neighbours filed an appeal", AppealQuote),
                Claim(RiskState.Materialised, RiskLevel.High, RiskLevel.High, PartialDate.OnDay(2026, 6, 1), SuspendedReason),
            ],
            RiskCategory.Legal,
            milestones: ["Phase 1 commissioning"],
            phases: ["Phase 1"],
            owner: "Legal team");
        Assert.True(appeal > 0);
        await AddRiskAsync(Factory.Services, "Financing gap", [Claim(RiskState.Closed, RiskLevel.Low, RiskLevel.High, PartialDate.OnDay(2026, 4, 2))], RiskCategory.Financing);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>GET /api/campuses/{slug}/risks: the register as known on asOf, with the milestones API's conventions.</summary>
public class RiskApiTests(RiskedTracker tracker) : IClassFixture<RiskedTracker>
{
    private async Task<JsonElement> RisksAsync(string asOf = "", string? role = TrackerRoles.Admin)
    {
        using var client = tracker.Factory.CreateClientAs(role);
        var response = await client.GetAsync(new Uri($"/api/campuses/alixan/risks?asOf={asOf}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task EachRiskCarriesItsStateLevelsThreatsAndHistoryWithSources()
    {
        var body = await RisksAsync();

        Assert.Equal("alixan", body.GetProperty("campus").GetString());
        Assert.Equal("2026-11-25", body.GetProperty("asOf").GetString());
        var risks = body.GetProperty("risks").EnumerateArray().ToList();
        Assert.Equal([RiskedTracker.AppealTitle, "Financing gap"], risks.Select(r => r.GetProperty("title").GetString()));
        var appeal = risks[0];
        Assert.Equal("legal", appeal.GetProperty("category").GetString());
        Assert.Equal("materialised", appeal.GetProperty("state").GetString());
        Assert.Equal(("high", "high", 9), (appeal.GetProperty("likelihood").GetString(), appeal.GetProperty("impact").GetString(), appeal.GetProperty("severity").GetInt32()));
        Assert.Equal("Legal team", appeal.GetProperty("owner").GetString());
        var threats = appeal.GetProperty("threatens").EnumerateArray().ToList();
        Assert.Equal(["Phase 1 commissioning", "Phase 1"], threats.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Number, threats[0].GetProperty("milestoneId").ValueKind);
        Assert.Equal(JsonValueKind.Number, threats[1].GetProperty("phaseId").ValueKind);
        Assert.Empty(appeal.GetProperty("consequences").EnumerateArray());
        var history = appeal.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["open", "materialised"], history.Select(h => h.GetProperty("state").GetString()));
        Assert.Equal(["2026-03-10", "2026-06-01"], history.Select(h => h.GetProperty("reportedOn").GetString()));
        Assert.Equal("2026-06-01", history[1].GetProperty("knownFrom").GetString());
        Assert.Equal("officialAnnouncement", history[1].GetProperty("status").GetString());
        Assert.Equal(RiskedTracker.SuspendedReason, history[1].GetProperty("reason").GetString());
        Assert.Equal(RiskedTracker.AppealQuote, Assert.Single(history[0].GetProperty("sources").EnumerateArray()).GetProperty("quote").GetString());
    }

    [Fact]
    public async Task AsOfShowsTheRegisterAsItWasKnownThatDay()
    {
        var before = await RisksAsync("2026-03-09");
        var march = await RisksAsync("2026-03-10");

        Assert.Empty(before.GetProperty("risks").EnumerateArray());
        var appeal = Assert.Single(march.GetProperty("risks").EnumerateArray());
        Assert.Equal("open", appeal.GetProperty("state").GetString());
        Assert.Single(appeal.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task AViewerReadsTheRegister()
    {
        var body = await RisksAsync(role: TrackerRoles.Viewer);

        Assert.Equal(2, body.GetProperty("risks").GetArrayLength());
    }

    [Fact]
    public async Task AnUnknownCampusIs404AndAMalformedDate400()
    {
        using var client = tracker.Factory.CreateClientAs(TrackerRoles.Admin);

        var unknown = await client.GetAsync(new Uri("/api/campuses/atlantis/risks", UriKind.Relative));
        var malformed = await client.GetAsync(new Uri("/api/campuses/alixan/risks?asOf=2026-13-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("atlantis", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }
}
