using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Account;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// An open circuit keeps the user it started with; every minute this re-reads the user and drops the
/// circuit's authentication when they were disabled, deleted, their security stamp changed (role
/// change, disable) or their session ended, so they lose access within a minute without reloading the
/// page. A session ended on this server (sign-out elsewhere, "end session", an admin) drops it at once.
/// </summary>
public sealed class TrackerAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<IdentityOptions> _options;
    private readonly SessionEvents _sessionEvents;
    private readonly ILogger _logger;

    public TrackerAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options, SessionEvents sessionEvents)
        : base(loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(sessionEvents);
        _scopes = scopes;
        _options = options;
        _sessionEvents = sessionEvents;
        _logger = loggerFactory.CreateLogger<TrackerAuthenticationStateProvider>();
        AuthenticationStateChanged += _ => HasState = true;
        _sessionEvents.SessionsEnded += OnSessionsEnded;
    }

    /// <summary>True once the Blazor host handed over the user (during prerendering or in a circuit).</summary>
    public bool HasState { get; private set; }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillValidAsync(authenticationState.User);

    internal async Task<bool> IsStillValidAsync(ClaimsPrincipal principal)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        if (await users.GetUserAsync(principal) is not { IsDisabled: false } user)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(_options.Value.ClaimsIdentity.SecurityStampClaimType);
        if (stamp != await users.GetSecurityStampAsync(user))
        {
            return false;
        }

        // Every cookie carries its session; a principal without one (built in a test) is judged on the user alone.
        return SessionCookie.SessionIdOf(principal) is not { } sessionId
            || await scope.ServiceProvider.GetRequiredService<SessionStore>().CheckAsync(sessionId, user.Id) == SessionState.Active;
    }

    protected override void Dispose(bool disposing)
    {
        _sessionEvents.SessionsEnded -= OnSessionsEnded;
        base.Dispose(disposing);
    }

    private void OnSessionsEnded(IReadOnlySet<string> sessionIds)
    {
        if (HasState)
        {
            _ = DropIfEndedAsync(sessionIds);
        }
    }

    private async Task DropIfEndedAsync(IReadOnlySet<string> sessionIds)
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (SessionCookie.SessionIdOf(state.User) is { } sessionId && sessionIds.Contains(sessionId))
            {
                _logger.LogInformation("Session {Session} ended; its circuit is signed out", SessionStore.ShortId(sessionId));
                SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
            }
        }
        catch (InvalidOperationException exception)
        {
            // No user was handed over yet; the circuit's regular check covers it.
            _logger.LogDebug(exception, "Session end notice before the circuit had a user");
        }
    }
}
