using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Sesterce.Tracker.Web.Hosting;

/// <summary>
/// Counts this circuit against its user in <see cref="CircuitCounter"/> while its connection is up.
/// Connected rather than open: a tab whose connection dropped can come back even when the user is
/// at the limit, because its own place was freed when it went down.
/// </summary>
public sealed class UserCircuitHandler(CircuitCounter counter, AuthenticationStateProvider authentication) : CircuitHandler
{
    private string? _countedFor;

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_countedFor is null && UserId((await authentication.GetAuthenticationStateAsync()).User) is { } user)
        {
            counter.Opened(user);
            _countedFor = user;
        }
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Release();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Release();
        return Task.CompletedTask;
    }

    /// <summary>The key circuits are counted under: the user's id, or null for nobody signed in.</summary>
    public static string? UserId(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity.Name : null;

    private void Release()
    {
        if (_countedFor is { } user)
        {
            counter.Closed(user);
            _countedFor = null;
        }
    }
}
