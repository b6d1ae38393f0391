using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// An open circuit keeps the user it started with; every minute this re-reads the user and drops the
/// circuit's authentication when they were disabled, deleted, or their security stamp changed (role
/// change, disable), so they lose access within a minute without reloading the page.
/// </summary>
public sealed class TrackerAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<IdentityOptions> _options;

    public TrackerAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
        : base(loggerFactory)
    {
        _scopes = scopes;
        _options = options;
        AuthenticationStateChanged += _ => HasState = true;
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
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
