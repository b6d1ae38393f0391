using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Account;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Account;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Features.Account;

/// <summary>An open circuit on a session that ends: dropped at once when it ends on this server, and at its next check anyway.</summary>
public class CircuitSessionTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private SessionStore Store => factory.Services.GetRequiredService<SessionStore>();

    private async Task<(TrackerAuthenticationStateProvider Provider, string SessionId, TrackerUser User)> OpenCircuitAsync(string email)
    {
        var user = await factory.CreateAsync(email, TrackerRoles.Viewer);
        var sessionId = await Store.StartAsync(user.Id, "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", "192.0.2.30");
        await using var scope = factory.Services.CreateAsyncScope();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<TrackerUser>>().CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SessionCookie.SessionIdClaim, sessionId));
        var provider = new TrackerAuthenticationStateProvider(
            factory.Services.GetRequiredService<ILoggerFactory>(),
            factory.Services.GetRequiredService<IServiceScopeFactory>(),
            factory.Services.GetRequiredService<IOptions<IdentityOptions>>(),
            factory.Services.GetRequiredService<SessionEvents>());
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return (provider, sessionId, user);
    }

    [Fact]
    public async Task EndingTheSessionSignsItsOpenCircuitOutAtOnce()
    {
        var (provider, sessionId, _) = await OpenCircuitAsync("circuit.ended@sesterce.example");
        using var circuit = provider;
        var changed = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.AuthenticationStateChanged += async state => changed.TrySetResult(await state);

        await Store.EndAsync(sessionId, SessionEndReasons.EndedByUser);
        var after = await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(after.User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task AnotherSessionEndingLeavesTheCircuitSignedIn()
    {
        var (provider, sessionId, user) = await OpenCircuitAsync("circuit.kept@sesterce.example");
        using var circuit = provider;
        var other = await Store.StartAsync(user.Id, null, null);

        await Store.EndAsync(other, SessionEndReasons.EndedByUser);

        Assert.True((await provider.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
        Assert.True(await provider.IsStillValidAsync((await provider.GetAuthenticationStateAsync()).User));
        await Store.EndAsync(sessionId, SessionEndReasons.EndedByUser);
    }

    [Fact]
    public async Task TheRegularCheckDropsACircuitWhoseSessionEndedElsewhere()
    {
        var (provider, sessionId, _) = await OpenCircuitAsync("circuit.elsewhere@sesterce.example");
        using var circuit = provider;
        var principal = (await provider.GetAuthenticationStateAsync()).User;

        // As another server instance would: the row changes, no in-process notice arrives.
        await using (var db = await factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Core.Data.TrackerDbContext>>().CreateDbContextAsync())
        {
            var session = await db.UserSessions.FindAsync(sessionId);
            session!.EndedAt = factory.Clock.GetUtcNow();
            session.EndedReason = SessionEndReasons.EndedByAdmin;
            await db.SaveChangesAsync();
        }

        Assert.False(await provider.IsStillValidAsync(principal));
    }
}
