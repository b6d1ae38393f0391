using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Features.Calendar;

/// <summary>
/// The token feed over the leak walk's scenario (a milestone with a confidential target in March 2031 and
/// an internal quote): each role's token shows what that role may see, asked without any cookie.
/// </summary>
public sealed class CalendarFeedEndpointTests(LeakWalkTracker tracker) : IClassFixture<LeakWalkTracker>
{
    private TrackerWebFactory Factory => tracker.Factory;

    private async Task<(HttpStatusCode Status, string Body, string? Type)> FetchAsync(string token, string slug = "alixan")
    {
        using var client = Factory.CreateClientAs(null);
        using var response = await client.GetAsync(CalendarFeedTestSupport.FeedUri(token, slug));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AViewersTokenGivesTheCalendarWithoutInternalOrConfidentialItems()
    {
        var viewer = await CalendarFeedTestSupport.CreateUserWithTokenAsync(Factory.Services, TrackerRoles.Viewer);

        var (status, body, type) = await FetchAsync(viewer.Token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/calendar", type);
        Assert.Contains("BEGIN:VCALENDAR", body, StringComparison.Ordinal);
        Assert.Contains("Phase 1 commissioning", body, StringComparison.Ordinal);
        Assert.DoesNotContain("20310301", body, StringComparison.Ordinal);
        Assert.DoesNotContain(LeakScenario.ConfidentialMark, body, StringComparison.Ordinal);
        Assert.DoesNotContain(LeakScenario.InternalMark, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExecutivesTokenShowsNoConfidentialDateAndAnAdminsShowsIt()
    {
        var executive = await CalendarFeedTestSupport.CreateUserWithTokenAsync(Factory.Services, TrackerRoles.Executive);
        var admin = await CalendarFeedTestSupport.CreateUserWithTokenAsync(Factory.Services, TrackerRoles.Admin);

        var executiveFeed = await FetchAsync(executive.Token);
        var adminFeed = await FetchAsync(admin.Token);

        Assert.Equal(HttpStatusCode.OK, executiveFeed.Status);
        Assert.DoesNotContain("20310301", executiveFeed.Body, StringComparison.Ordinal);
        Assert.Contains("20310301", adminFeed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevokedTokenIsNotFound()
    {
        var viewer = await CalendarFeedTestSupport.CreateUserWithTokenAsync(Factory.Services, TrackerRoles.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(viewer.Token)).Status);

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            Assert.True(await CalendarFeedTestSupport.TokensFor(scope.ServiceProvider, viewer.Caller).RevokeAsync());
        }

        var (status, body, _) = await FetchAsync(viewer.Token);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("BEGIN:VCALENDAR", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADisabledUsersTokenIsNotFound()
    {
        var viewer = await CalendarFeedTestSupport.CreateUserWithTokenAsync(Factory.Services, TrackerRoles.Viewer);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Sesterce.Tracker.Core.Data.TrackerDbContext>();
            var user = await db.Users.FindAsync(viewer.UserId);
            user!.IsDisabled = true;
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(viewer.Token)).Status);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AnUnknownTokenIsNotFound(string token) =>
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(token)).Status);

    [Fact]
    public async Task AValidTokenForAnUnknownCampusIsNotFound()
    {
        var viewer = await CalendarFeedTestSupport.CreateUserWithTokenAsync(Factory.Services, TrackerRoles.Viewer);

        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(viewer.Token, "nope")).Status);
    }

    [Fact]
    public async Task TheFeedSpeaksFrenchWhenItsAddressSaysSo()
    {
        var viewer = await CalendarFeedTestSupport.CreateUserWithTokenAsync(Factory.Services, TrackerRoles.Viewer);
        using var client = Factory.CreateClientAs(null);

        var body = await client.GetStringAsync(new Uri($"/calendar/{viewer.Token}/alixan.ics?culture=fr", UriKind.Relative));

        Assert.Contains("Mise en service de la phase 1", body, StringComparison.Ordinal);
    }
}
