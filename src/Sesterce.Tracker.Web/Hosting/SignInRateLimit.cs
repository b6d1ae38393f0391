using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Sesterce.Tracker.Web.Features.Account;

namespace Sesterce.Tracker.Web.Hosting;

/// <summary>
/// Caps sign-in posts (password and two-factor code) per client address. The per-account throttle
/// (SignInThrottle) and the per-name cap (AccountNameLimiter) protect one account against guessing; this
/// slows one address trying many accounts (password spraying) and bounds the hashing work it can
/// cause, since every attempt costs a 600,000-iteration hash.
/// </summary>
public static class SignInRateLimit
{
    public const string PermitsSetting = "Security:SignInPermitsPerMinute";
    public const int DefaultPermitsPerMinute = 10;
    public const string RefusalMessage = "Too many sign-in attempts from your address. Wait a minute, then try again.";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var permits = Math.Max(1, configuration.GetValue(PermitsSetting, DefaultPermitsPerMinute));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignInPost(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(RefusalMessage, cancellationToken);
            };
        });
        return services;
    }

    private static bool IsSignInPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals(AccountEndpoints.SignInPath, StringComparison.OrdinalIgnoreCase) || request.Path.Equals(AccountEndpoints.TwoFactorPath, StringComparison.OrdinalIgnoreCase));
}
