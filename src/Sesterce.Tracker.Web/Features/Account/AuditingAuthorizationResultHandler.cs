using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Web.Hosting;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// Writes every request refused by an endpoint's or page's authorization (403: signed in, wrong role)
/// to the audit log with the client address, then answers as usual (a redirect to the access-denied
/// page, or problem details on the API). A missing sign-in (401) is not logged: that is every visitor.
/// </summary>
public sealed class AuditingAuthorizationResultHandler(AccessAudit audit, ILogger<AuditingAuthorizationResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden)
        {
            var user = context.User;
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            var address = ClientAddress.Of(context);
            var request = $"{context.Request.Method} {context.Request.Path}";
            logger.LogWarning("Denied {Request} to {UserId} from {ClientAddress}", request, userId, address);
            await audit.RecordAsync(new AccessRecord(AccessEvent.AccessDenied, userId, user.Identity?.Name ?? userId ?? "unknown", address, request), context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
