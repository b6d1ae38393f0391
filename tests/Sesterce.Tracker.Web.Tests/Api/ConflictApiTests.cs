using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Api;

/// <summary>
/// The real app with a disputed figure written through the admin services: an official €1.5B in
/// November 2025, a press report of €2.1B in March 2026 (open), one of €3B in April 2026 rejected by
/// an admin in May, and a building's €400M (another scope, no conflict).
/// </summary>
public sealed class ConflictedTracker : IAsyncLifetime
{
    public TrackerWebFactory Factory { get; } = new();

    public int Official { get; private set; }

    public int OpenPress { get; private set; }

    public int RejectedPress { get; private set; }

    public int Building { get; private set; }

    public async Task InitializeAsync()
    {
        using var scope = Factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new(ClaimTypes.NameIdentifier, "user-admin"), new(ClaimTypes.Name, "admin@example.test"), new(ClaimTypes.Role, TrackerRoles.Admin)], "Test")),
        };
        var services = scope.ServiceProvider;
        var sources = services.GetRequiredService<SourceAdminService>();
        var press = Check(await sources.CreateAsync(new SourceInput("Le coût réel d'Alixan", "Le Dauphiné libéré", null, "2026-03", "fr", null)));
        var rumour = Check(await sources.CreateAsync(new SourceInput("Alixan à 3 milliards ?", "Blog", null, "2026-04-10", "fr", null)));
        var article = (await sources.ListAsync()).Single(s => s.Title == "Sesterce double la mise").Id;
        var figures = services.GetRequiredService<FigureAdminService>();
        Check(await figures.CreateFigureAsync("alixan", new FigureInput("cost", "Total cost", "EUR")));
        Official = Check(await figures.AddRevisionAsync("alixan", "cost", Revision(1_500_000_000, "2025-11-24", ClaimStatus.OfficialAnnouncement, article)));
        OpenPress = Check(await figures.AddRevisionAsync("alixan", "cost", Revision(2_100_000_000, "2026-03", ClaimStatus.PressReport, press)));
        RejectedPress = Check(await figures.AddRevisionAsync("alixan", "cost", Revision(3_000_000_000, "2026-04-10", ClaimStatus.PressReport, rumour)));
        Building = Check(await figures.AddRevisionAsync("alixan", "cost", Revision(400_000_000, "2026-04-10", ClaimStatus.PressReport, rumour) with
        {
            Scope = new ScopeInput(ClaimScopeKind.Building, Label: "Hall B"),
        }));
        Check(await services.GetRequiredService<ConflictAdminService>().ResolveAsync("alixan", DisputedClaimKind.Figure, RejectedPress, new ResolutionInput(
            ConflictResolutionKind.Rejected, "The blog counted the second campus.", new ClaimInput("2026-05-02", ClaimStatus.OfficialAnnouncement, [new CitationInput(rumour, "démenti")], null))));
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    private static RevisionInput Revision(decimal value, string reportedOn, ClaimStatus status, int source) =>
        new(value, null, null, FigureQualifier.Exact, new ClaimInput(reportedOn, status, [new CitationInput(source, $"{value}")], null));

    private static int Check(WriteResult result) => result.Succeeded
        ? result.Id ?? 0
        : throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => $"{e.Field} {e.Code}")));
}

public class ConflictApiTests(ConflictedTracker tracker) : IClassFixture<ConflictedTracker>
{
    private readonly HttpClient _client = tracker.Factory.CreateClient();

    private async Task<Dictionary<int, JsonElement>> RevisionsAsync(string asOf = "")
    {
        var response = await _client.GetAsync(new Uri($"/api/campuses/alixan/figures/cost/revisions?asOf={asOf}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("revisions").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task RevisionsSayWhichIsTheHeadlineAndWhatEachDisputes()
    {
        var revisions = await RevisionsAsync();

        Assert.True(revisions[tracker.Official].GetProperty("headline").GetBoolean());
        Assert.Equal(JsonValueKind.Null, revisions[tracker.Official].GetProperty("conflict").ValueKind);
        var open = revisions[tracker.OpenPress];
        Assert.False(open.GetProperty("headline").GetBoolean());
        Assert.Equal(tracker.Official, open.GetProperty("conflict").GetProperty("with").GetInt32());
        Assert.Equal("open", open.GetProperty("conflict").GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("conflict").GetProperty("resolution").ValueKind);
    }

    [Fact]
    public async Task AnAdminsResolutionComesWithItsReasonAndSourcesAndIsUnknownBeforeItsDay()
    {
        var now = (await RevisionsAsync())[tracker.RejectedPress].GetProperty("conflict");
        var before = (await RevisionsAsync("2026-05-01"))[tracker.RejectedPress].GetProperty("conflict");

        Assert.Equal("resolved", now.GetProperty("state").GetString());
        var resolution = now.GetProperty("resolution");
        Assert.Equal("rejected", resolution.GetProperty("kind").GetString());
        Assert.False(resolution.GetProperty("automatic").GetBoolean());
        Assert.Equal("The blog counted the second campus.", resolution.GetProperty("reason").GetString());
        Assert.Equal("démenti", Assert.Single(resolution.GetProperty("sources").EnumerateArray()).GetProperty("quote").GetString());
        Assert.Equal("open", before.GetProperty("state").GetString());
    }

    [Fact]
    public async Task EachRevisionCarriesItsScopeAndAnotherScopeIsNoConflict()
    {
        var revisions = await RevisionsAsync();

        var building = revisions[tracker.Building];
        Assert.Equal("building", building.GetProperty("scope").GetProperty("kind").GetString());
        Assert.Equal("Hall B", building.GetProperty("scope").GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, building.GetProperty("conflict").ValueKind);
        Assert.Equal("campus", revisions[tracker.Official].GetProperty("scope").GetProperty("kind").GetString());
    }
}
