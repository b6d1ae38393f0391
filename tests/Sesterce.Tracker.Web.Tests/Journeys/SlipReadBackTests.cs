using System.Net;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Journeys;

/// <summary>
/// A realistic event that is not in the seed, entered through the admin write path as a target claim:
/// phase 1 slips to Q1 2027, officially reported on 10 March 2026 with its source and quote. Every
/// reader (API, calendar, export, pages) must not know it on the 9th and must show it from the 10th.
/// </summary>
public class SlipReadBackTests(SlippedTracker tracker) : IClassFixture<SlippedTracker>
{
    private readonly HttpClient _client = tracker.Factory.CreateClient();

    private static string CurrentTarget(string html) =>
        Regex.Match(html, "data-testid=\"current-target\"[^>]*>([^<]*)<").Groups[1].Value;

    private async Task<JsonElement> PhaseOneAsync(string asOf)
    {
        var body = JsonDocument.Parse(await _client.GetStringAsync(new Uri($"/api/campuses/alixan/milestones?asOf={asOf}", UriKind.Relative))).RootElement;
        return body.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("title").GetString() == "Phase 1 commissioning");
    }

    [Fact]
    public async Task TheApiKnowsTheSlipFromTheDayItWasAnnouncedOnly()
    {
        var before = await PhaseOneAsync("2026-03-09");
        var after = await PhaseOneAsync("2026-03-10");

        Assert.Equal("2026-12", before.GetProperty("target").GetProperty("date").GetString());
        Assert.Equal(0, before.GetProperty("slip").GetProperty("amount").GetInt32());
        Assert.Single(before.GetProperty("history").EnumerateArray());

        var target = after.GetProperty("target");
        Assert.Equal(("2027-Q1", "2026-03-10"), (target.GetProperty("date").GetString(), target.GetProperty("reportedOn").GetString()));
        Assert.Equal("le raccordement au réseau est repoussé", target.GetProperty("sources")[0].GetProperty("quote").GetString());
        Assert.Equal("2026-12", after.GetProperty("baseline").GetString());
        Assert.Equal(1, after.GetProperty("slip").GetProperty("amount").GetInt32());
        Assert.Equal(2, after.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task TheCalendarAndTheExportFollowTheSameDay()
    {
        var icsBefore = await _client.GetStringAsync(new Uri("/api/campuses/alixan/milestones.ics?asOf=2026-03-09", UriKind.Relative));
        var icsAfter = await _client.GetStringAsync(new Uri("/api/campuses/alixan/milestones.ics?asOf=2026-03-10", UriKind.Relative));
        var csvBefore = await _client.GetStringAsync(new Uri("/api/campuses/alixan/milestones.csv?asOf=2026-03-09", UriKind.Relative));
        var csvAfter = await _client.GetStringAsync(new Uri("/api/campuses/alixan/milestones.csv?asOf=2026-03-10", UriKind.Relative));

        Assert.DoesNotContain("raccordement", icsBefore, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20270101", icsAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("2027-Q1", csvBefore, StringComparison.Ordinal);
        Assert.Contains("2027-Q1", csvAfter, StringComparison.Ordinal);
        Assert.Contains("le raccordement au réseau est repoussé", csvAfter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMilestonePageShowsTheSlipOnlyFromItsDayAndAViewerSeesItToo()
    {
        var id = (await PhaseOneAsync("2026-03-10")).GetProperty("id").GetInt32();
        var viewer = tracker.Factory.CreateClientAs(TrackerRoles.Viewer);

        var before = WebUtility.HtmlDecode(await viewer.GetStringAsync(new Uri($"/campuses/alixan/milestones/{id}?asOf=2026-03-09", UriKind.Relative)));
        var after = WebUtility.HtmlDecode(await viewer.GetStringAsync(new Uri($"/campuses/alixan/milestones/{id}?asOf=2026-03-10", UriKind.Relative)));

        Assert.Equal("Dec 2026", CurrentTarget(before));
        Assert.Equal("Q1 2027", CurrentTarget(after));
        Assert.DoesNotContain("le raccordement au réseau est repoussé", before, StringComparison.Ordinal);
        Assert.Contains("+1 quarter", after, StringComparison.Ordinal);
        Assert.Contains("le raccordement au réseau est repoussé", after, StringComparison.Ordinal);
    }
}

/// <summary>The tracker after the slip was entered once, shared by the class's tests.</summary>
public sealed class SlippedTracker : IAsyncLifetime
{
    public TrackerWebFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var identity = new ClaimsIdentity([new(ClaimTypes.NameIdentifier, "user-admin"), new(ClaimTypes.Name, "admin@example.test"), new(ClaimTypes.Role, TrackerRoles.Admin)], "Test");
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
        var milestones = scope.ServiceProvider.GetRequiredService<MilestoneAdminService>();
        var phase1 = (await milestones.ListAsync("alixan"))!.Single(m => m.Title == "Phase 1 commissioning");
        var source = (await scope.ServiceProvider.GetRequiredService<SourceAdminService>().ListAsync())[0];

        var claim = new ClaimInput("2026-03-10", ClaimStatus.OfficialAnnouncement, [new CitationInput(source.Id, "le raccordement au réseau est repoussé")], "Grid connection late");
        var result = await milestones.AddDateClaimAsync(phase1.Id, MilestoneDateKind.Target, new DateClaimInput("2027-Q1", claim), phase1.Version);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
