using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// The caller for services. In a Blazor circuit the HTTP context is the long-gone request that
/// opened it, so the circuit's revalidated authentication state wins; an API request or a static
/// page has only its HTTP context.
/// </summary>
public sealed class TrackerCallerAccessor(AuthenticationStateProvider authentication, IHttpContextAccessor http) : ICallerAccessor
{
    public async ValueTask<Caller> GetCallerAsync()
    {
        var principal = authentication is TrackerAuthenticationStateProvider { HasState: true }
            ? (await authentication.GetAuthenticationStateAsync()).User
            : http.HttpContext?.User;
        return From(principal);
    }

    public static Caller From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return Caller.Anonymous;
        }

        var name = principal.FindFirstValue(TrackerClaimsPrincipalFactory.DisplayNameClaim) ?? principal.Identity.Name;
        var role = TrackerRoles.All.LastOrDefault(principal.IsInRole);
        return new Caller(id, name, role);
    }
}
