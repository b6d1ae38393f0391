using Microsoft.AspNetCore.Authorization;
using Sesterce.Tracker.Web.Hosting;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// Holds a signed-in user who must act first: after an admin's reset, every page but the change-password
/// page (and sign-out) redirects there; a user whose role requires two-factor sign-in and who has not
/// enrolled is sent to the account page to enrol. The API answers 403 meanwhile. Anonymous endpoints
/// (static files, sign-in, health, culture) pass, so the pages can still load their styles.
/// </summary>
public static class AccountGate
{
    public static IApplicationBuilder UseAccountGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Destination(context) is { } destination)
        {
            if (AuthenticationSetup.IsApiRequest(context.Request.Path) || !HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            context.Response.Redirect(destination);
            return;
        }

        await next(context);
    });

    /// <summary>Where the request must go instead, or null when it may proceed.</summary>
    public static string? Destination(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var path = context.Request.Path;
        if (path.Equals(AccountEndpoints.SignOutPath, StringComparison.OrdinalIgnoreCase)
            || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return null;
        }

        if (user.HasClaim(TrackerClaimsPrincipalFactory.PendingClaim, TrackerClaimsPrincipalFactory.PendingPasswordChange))
        {
            return path.Equals(AccountEndpoints.ChangePasswordPath, StringComparison.OrdinalIgnoreCase) ? null : AccountEndpoints.ChangePasswordPath;
        }

        if (user.HasClaim(TrackerClaimsPrincipalFactory.PendingClaim, TrackerClaimsPrincipalFactory.PendingTwoFactor))
        {
            return path.Equals(AccountEndpoints.AccountPath, StringComparison.OrdinalIgnoreCase) ? null : AccountEndpoints.AccountPath;
        }

        return null;
    }
}
