using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Calendar;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Features.Calendar;

/// <summary>Real users with feed tokens: a token resolves to a stored user, so the test principals of the header sign-in cannot hold one.</summary>
internal static class CalendarFeedTestSupport
{
    public sealed record FeedUser(string UserId, string Token, Caller Caller);

    /// <summary>Creates a user with <paramref name="role"/> and issues their feed token, as the account page would.</summary>
    public static async Task<FeedUser> CreateUserWithTokenAsync(IServiceProvider services, string role)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var email = $"feed-{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        var user = new TrackerUser { UserName = email, Email = email, DisplayName = $"Feed {role}", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        var caller = new Caller(user.Id, user.DisplayName, role);
        var issued = await TokensFor(scope.ServiceProvider, caller).IssueAsync();
        return new FeedUser(user.Id, issued!.Token, caller);
    }

    /// <summary>The token service acting for <paramref name="caller"/>, as if they were signed in.</summary>
    public static CalendarFeedTokenService TokensFor(IServiceProvider services, Caller caller) =>
        ActivatorUtilities.CreateInstance<CalendarFeedTokenService>(services, new FixedCallerAccessor(caller));

    public static Uri FeedUri(string token, string slug = "alixan") => new($"/calendar/{token}/{slug}.ics", UriKind.Relative);

    private sealed class FixedCallerAccessor(Caller caller) : ICallerAccessor
    {
        public ValueTask<Caller> GetCallerAsync() => ValueTask.FromResult(caller);
    }
}
