using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Sesterce.Tracker.Core.Features.Account;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Web.Hosting;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// Ties the Identity cookie to a server-side session: signing in starts one and puts its id in the
/// cookie as the <see cref="SessionIdClaim"/> claim; every request checks it is still active (a copied
/// cookie stops working once its session ends, and no session outlives its absolute end); signing out
/// ends it. Sign-ins, sign-outs and refused cookies are written to the audit log with the client address.
/// </summary>
public sealed class SessionCookie(SessionStore sessions, AccessAudit audit, ILogger<SessionCookie> logger)
{
    public const string SessionIdClaim = "sid";

    public static string? SessionIdOf(ClaimsPrincipal? principal) => principal?.FindFirstValue(SessionIdClaim);

    /// <summary>Hooks the session into the application cookie's events, keeping Identity's own stamp check.</summary>
    public static void Attach(CookieAuthenticationOptions cookie)
    {
        var stampCheck = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnSigningIn = context => Of(context.HttpContext).SigningInAsync(context);
        cookie.Events.OnValidatePrincipal = async context =>
        {
            if (await Of(context.HttpContext).ValidateAsync(context))
            {
                await stampCheck(context);
            }
        };
        cookie.Events.OnSigningOut = context => Of(context.HttpContext).SigningOutAsync(context.HttpContext);
    }

    /// <summary>Identity rebuilds the principal when it re-checks the security stamp; the session id must survive that.</summary>
    public static Task KeepSessionId(SecurityStampRefreshingPrincipalContext context)
    {
        if (SessionIdOf(context.CurrentPrincipal) is { } id && context.NewPrincipal?.Identity is ClaimsIdentity identity && SessionIdOf(context.NewPrincipal) is null)
        {
            identity.AddClaim(new Claim(SessionIdClaim, id));
        }

        return Task.CompletedTask;
    }

    private static SessionCookie Of(HttpContext context) => context.RequestServices.GetRequiredService<SessionCookie>();

    private async Task SigningInAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } userId)
        {
            return;
        }

        var address = ClientAddress.Of(context.HttpContext);
        // A refresh of the same user's cookie (after a password change, say) keeps the session it had.
        var current = SessionIdOf(context.HttpContext.User);
        var keep = current is not null
            && context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) == userId
            && await sessions.IsActiveAsync(current, context.HttpContext.RequestAborted);
        var sessionId = keep ? current! : await sessions.StartAsync(userId, context.Request.Headers.UserAgent.ToString(), address, context.HttpContext.RequestAborted);
        foreach (var stale in identity.FindAll(SessionIdClaim).ToList())
        {
            identity.RemoveClaim(stale);
        }

        identity.AddClaim(new Claim(SessionIdClaim, sessionId));
        if (!keep)
        {
            await audit.RecordAsync(
                new AccessRecord(AccessEvent.SignedIn, userId, identity.Name ?? userId, address, $"Signed in; session {SessionStore.ShortId(sessionId)}"),
                context.HttpContext.RequestAborted);
        }
    }

    /// <summary>False when the cookie was refused (and removed): its session is missing, ended or past its absolute end.</summary>
    private async Task<bool> ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessionId = SessionIdOf(principal);
        var state = sessionId is null || userId is null
            ? SessionState.Missing
            : await sessions.CheckAsync(sessionId, userId, touch: true, context.HttpContext.RequestAborted);
        if (state == SessionState.Active)
        {
            return true;
        }

        var address = ClientAddress.Of(context.HttpContext);
        var request = $"{context.Request.Method} {context.Request.Path}";
        logger.LogWarning("Refused a cookie of {UserId} whose session is {State} on {Request} from {ClientAddress}", userId, state, request, address);
        // An expired session was audited as it ended; a cookie whose session was ended elsewhere is a copy
        // or a leftover, and worth an entry of its own.
        if (state != SessionState.Expired)
        {
            await audit.RecordAsync(
                new AccessRecord(AccessEvent.AccessDenied, userId, principal?.Identity?.Name ?? userId ?? "unknown", address, $"{request}: session {state.ToString().ToLowerInvariant()}"),
                context.HttpContext.RequestAborted);
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return false;
    }

    private async Task SigningOutAsync(HttpContext context)
    {
        if (SessionIdOf(context.User) is not { } sessionId)
        {
            return;
        }

        var actor = new SessionActor(context.User.FindFirstValue(ClaimTypes.NameIdentifier), context.User.Identity?.Name ?? "unknown", ClientAddress.Of(context));
        await sessions.EndAsync(sessionId, SessionEndReasons.SignedOut, actor, context.RequestAborted);
    }
}
