using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Sesterce.Tracker.Web.Hosting;

/// <summary>
/// Guards <c>/_blazor</c>, where circuits connect: a browser request from another site's page is
/// refused (a WebSocket is not bound by the same-origin policy, so the Origin header is the only
/// sign of a cross-site connection), and a user already at <see cref="CircuitCounter.Limit"/>
/// connected circuits gets no new one.
/// </summary>
public static partial class CircuitGuard
{
    public const string AllowedOriginsSetting = "Security:AllowedOrigins";
    public const string ForeignOriginTitle = "Connections from another site's page are refused";
    public const string TooManyCircuitsTitle = "Too many open tabs";
    public const string TooManyCircuitsDetail = "This account has too many tabs of the tracker open. Close some and reload this page.";

    public static IServiceCollection AddTrackerCircuitGuard(this IServiceCollection services)
    {
        services.AddSingleton<CircuitCounter>();
        services.AddScoped<UserCircuitHandler>();
        services.AddScoped<CircuitHandler>(provider => provider.GetRequiredService<UserCircuitHandler>());
        return services;
    }

    /// <summary>After authentication, so the limit knows whose circuit it is.</summary>
    public static IApplicationBuilder UseTrackerCircuitGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/_blazor", out var rest))
        {
            await next(context);
            return;
        }

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CircuitGuard).FullName!);
        var configuration = context.RequestServices.GetRequiredService<IConfiguration>();
        var origin = context.Request.Headers.Origin.ToString();
        if (!IsAllowedOrigin(context.Request, configuration.GetSection(AllowedOriginsSetting).Get<string[]>() ?? []))
        {
            LogForeignOrigin(logger, origin, context.Request.Scheme + "://" + context.Request.Host, context.Request.Path, context.Connection.RemoteIpAddress?.ToString());
            // With a body, so the status-code pages leave it alone rather than re-running the request as a page.
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: ForeignOriginTitle).ExecuteAsync(context);
            return;
        }

        // A new connection starts with negotiation; refusing there keeps the client from building a circuit at all.
        if (rest.StartsWithSegments("/negotiate") && UserCircuitHandler.UserId(context.User) is { } user)
        {
            var counter = context.RequestServices.GetRequiredService<CircuitCounter>();
            if (counter.IsFull(user))
            {
                LogTooManyCircuits(logger, user, counter.Count(user), counter.Limit);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: TooManyCircuitsTitle, detail: TooManyCircuitsDetail).ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    });

    /// <summary>
    /// No Origin header (a non-browser client, which no page can drive) is allowed; otherwise the
    /// origin must be this request's own scheme and host, or one configured in <see cref="AllowedOriginsSetting"/>.
    /// </summary>
    public static bool IsAllowedOrigin(HttpRequest request, IReadOnlyCollection<string> extraOrigins)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(extraOrigins);
        var origins = request.Headers.Origin;
        if (origins.Count == 0)
        {
            return true;
        }

        if (origins.Count > 1 || Normalise(origins[0]) is not { } origin)
        {
            return false;
        }

        return string.Equals(origin, Normalise($"{request.Scheme}://{request.Host.Value}"), StringComparison.Ordinal)
            || extraOrigins.Any(extra => string.Equals(origin, Normalise(extra), StringComparison.Ordinal));
    }

    /// <summary>scheme://host[:port] in lower case with the default port dropped, or null for anything else (including "null").</summary>
    private static string? Normalise(string? origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.AbsolutePath == "/" && uri.Query.Length == 0 && string.IsNullOrEmpty(uri.UserInfo)
            ? uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped).ToLowerInvariant()
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a circuit request from origin {Origin} to {Host}{Path} (client {ClientAddress})")]
    private static partial void LogForeignOrigin(ILogger logger, string origin, string host, PathString path, string? clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a new circuit for user {UserId}: {Open} connected, limit {Limit}")]
    private static partial void LogTooManyCircuits(ILogger logger, string userId, int open, int limit);
}
