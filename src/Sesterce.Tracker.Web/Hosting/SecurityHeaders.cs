using System.Security.Cryptography;

namespace Sesterce.Tracker.Web.Hosting;

/// <summary>
/// Browser-side defences on every response: a Content-Security-Policy, no MIME sniffing, a strict
/// referrer, no powerful browser features and no caching of anything but static files. The headers are added when the response starts, so
/// error pages and re-executed status pages carry them too.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy = "Content-Security-Policy";
    public const string PermissionsPolicyValue = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public const string NoStore = "no-store";

    /// <summary>HSTS lifetime outside Development: one year, the minimum browsers' preload lists accept.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    private static readonly object NonceKey = new();

    /// <summary>
    /// Files from the app's build output (scripts, styles, fonts) are the same for everyone and keep
    /// the caching that static assets set; every other response is dynamic.
    /// </summary>
    public static bool IsStaticAsset(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null;
    }

    /// <summary>HSTS for every host the app answers for, its subdomains included, for a year.</summary>
    public static IServiceCollection AddTrackerHsts(this IServiceCollection services) => services.AddHsts(options =>
    {
        options.MaxAge = HstsMaxAge;
        options.IncludeSubDomains = true;
    });

    /// <summary>
    /// The nonce of this response's policy. Blazor's import map is an inline script; it carries this
    /// nonce rather than the whole site allowing inline scripts.
    /// </summary>
    public static string Nonce(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceKey] is not string nonce)
        {
            // Hex, not Base64: Razor would HTML-encode a '+' in the attribute, and hex is still a valid nonce.
            nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    /// <summary>
    /// The app's policy. MudBlazor sets inline styles on its components (and its theme is a
    /// <c>style</c> element), hence <c>'unsafe-inline'</c> for styles only; the circuit is a
    /// WebSocket back to this host, hence <c>ws:</c> and <c>wss:</c>; charts and icons may be
    /// <c>data:</c> images.
    /// </summary>
    public static string AppPolicy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self' ws: wss:; " +
        "object-src 'none'; " +
        "frame-ancestors 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'";

    /// <summary>
    /// The API reference page (Scalar) boots from an inline script and builds its styles at run time;
    /// it reads only this host's OpenAPI document. It is for signed-in users and shows no tracker data
    /// beyond the document itself.
    /// </summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; " +
        "script-src 'self' 'unsafe-inline'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "worker-src 'self' blob:; " +
        "object-src 'none'; " +
        "frame-ancestors 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'";

    public static IApplicationBuilder UseTrackerSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var nonce = Nonce(context);
        var apiReference = context.Request.Path.StartsWithSegments("/api/docs");
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[ContentSecurityPolicy] = apiReference ? ApiReferencePolicy : AppPolicy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicyValue;
            // For browsers that predate frame-ancestors.
            headers.XFrameOptions = "DENY";
            // Not a defence: asks Chromium for the colour-scheme hint so the first render of the next
            // page already matches a system dark mode (see ThemeChoice).
            headers["Accept-CH"] = Components.Layout.ThemeChoice.ColorSchemeHint;
            if (!IsStaticAsset(context))
            {
                // Pages, API answers, exports and calendar feeds carry tracker data for one signed-in
                // user: no browser, proxy or shared cache may keep a copy once the response is shown.
                headers.CacheControl = NoStore;
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        await next(context);
    });
}
