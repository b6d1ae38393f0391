using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Sesterce.Tracker.Core.Features.Calendar;
using Sesterce.Tracker.Web.Features.Api;

namespace Sesterce.Tracker.Web.Features.Calendar;

/// <summary>
/// The calendar feed for calendar apps, which cannot sign in: the address carries the user's feed token
/// instead of a cookie. The token stands for its owner, so the feed is exactly the milestones calendar
/// that user would download signed in (their role, their clearance, now). A malformed, unknown or revoked
/// token and a disabled owner all answer the same 404, and each client address gets a bounded number of
/// tries a minute so guessing tokens is hopeless on top of their 256 bits.
/// </summary>
public static class CalendarFeedEndpoints
{
    public const string PathPrefix = "/calendar/";
    public const string RateLimitPolicy = "calendar-feed";
    public const string PermitsSetting = "Security:CalendarFeedPermitsPerMinute";
    public const int DefaultPermitsPerMinute = 30;
    public const string NotFoundMessage = "This calendar address is unknown or was revoked. Create a new one on your account page.";

    public static IServiceCollection AddCalendarFeedRateLimit(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var permits = Math.Max(1, configuration.GetValue(PermitsSetting, DefaultPermitsPerMinute));
            options.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // The sign-in limiter's refusal speaks of sign-in attempts; a calendar app gets its own words.
            var previous = options.OnRejected;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                if (!rejected.HttpContext.Request.Path.StartsWithSegments(PathPrefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
                {
                    if (previous is not null)
                    {
                        await previous(rejected, cancellationToken);
                    }

                    return;
                }

                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await rejected.HttpContext.Response.WriteAsync("Too many calendar requests from your address. Wait a minute, then try again.", cancellationToken);
            };
        });
        return services;
    }

    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet(PathPrefix + "{token}/{slug}.ics", GetFeedAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .WithTags("Calendar")
            .WithSummary("The milestones calendar for calendar apps, authenticated by the feed token in the address (created on the account page); 404 for an unknown or revoked token.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");
        return app;
    }

    private static async Task<IResult> GetFeedAsync(string token, string slug, HttpContext context, CalendarFeedTokenService tokens, CancellationToken cancellationToken)
    {
        var owner = await tokens.ResolveAsync(token, cancellationToken);
        if (owner?.UserId is null)
        {
            return TypedResults.Text(NotFoundMessage, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        // The services read the caller from the request's user: from here on the request is the token's owner,
        // whatever cookie the client may also have sent.
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, owner.UserId), new(ClaimTypes.Name, owner.Name ?? owner.UserId)];
        if (owner.Role is { } role)
        {
            claims.Add(new Claim(ClaimTypes.Role, role));
        }

        context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, "CalendarFeedToken"));
        var services = context.RequestServices;
        return await TrackerApi.CalendarAsync(slug, null, services.GetRequiredService<Core.Features.Milestones.MilestoneService>(),
            services.GetRequiredService<Core.Features.Campuses.CampusService>(), services.GetRequiredService<TimeProvider>(), cancellationToken);
    }
}
