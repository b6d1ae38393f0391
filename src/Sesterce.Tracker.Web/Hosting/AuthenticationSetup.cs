using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Account;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Account;

namespace Sesterce.Tracker.Web.Hosting;

/// <summary>
/// Cookie sign-in on top of the Identity store that Core registers, one authorization policy per
/// <see cref="TrackerPermission"/>, and sign-in required everywhere that does not say otherwise.
/// </summary>
public static class AuthenticationSetup
{
    /// <summary>The session cookie's name outside Development: host-only, Secure and path / are enforced by browsers.</summary>
    public const string SessionCookieName = "__Host-Tracker";

    public const string AntiforgeryCookieName = "__Host-Tracker.Antiforgery";

    public static IServiceCollection AddTrackerAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
        {
            options.DefaultScheme = IdentityConstants.ApplicationScheme;
            options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        }).AddIdentityCookies();
        new IdentityBuilder(typeof(TrackerUser), typeof(IdentityRole), services)
            .AddSignInManager<TrackerSignInManager>()
            .AddClaimsPrincipalFactory<TrackerClaimsPrincipalFactory>()
            // Time-based one-time codes (RFC 6238) for two-factor sign-in; the key lives in AspNetUserTokens.
            .AddTokenProvider<AuthenticatorTokenProvider<TrackerUser>>(TokenOptions.DefaultAuthenticatorProvider);

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IWebHostEnvironment>((cookie, environment) =>
            {
                cookie.LoginPath = AccountEndpoints.SignInPath;
                cookie.LogoutPath = AccountEndpoints.SignOutPath;
                cookie.AccessDeniedPath = AccountEndpoints.AccessDeniedPath;
                cookie.ReturnUrlParameter = "returnUrl";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.Path = "/";
                // Development runs on plain http://localhost, where a Secure or __Host- cookie would not stick.
                // Everywhere else the cookie never travels unencrypted, cannot be set by a sibling subdomain
                // (the __Host- prefix) and is not sent with requests started by another site.
                if (!environment.IsDevelopment())
                {
                    cookie.Cookie.Name = SessionCookieName;
                }

                cookie.Cookie.SameSite = environment.IsDevelopment() ? SameSiteMode.Lax : SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.Events.OnRedirectToLogin = context => ApiOrRedirectAsync(context, StatusCodes.Status401Unauthorized, "Sign-in required", "Sign in first; the API answers signed-in users only.");
                cookie.Events.OnRedirectToAccessDenied = context => ApiOrRedirectAsync(context, StatusCodes.Status403Forbidden, "Forbidden", "Your role does not allow this request.");
                SessionCookie.Attach(cookie);
            });
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>()
            .Configure<IWebHostEnvironment>((antiforgery, environment) =>
            {
                antiforgery.Cookie.Path = "/";
                if (!environment.IsDevelopment())
                {
                    antiforgery.Cookie.Name = AntiforgeryCookieName;
                    antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                    antiforgery.Cookie.SameSite = SameSiteMode.Strict;
                }
            });
        services.AddOptions<SessionLifetimeOptions>().BindConfiguration("Security");
        services.AddSingleton<SessionCookie>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();

        // How long a disabled user's cookie may still work: the stamp is re-checked at this interval.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            options.OnRefreshingPrincipal = SessionCookie.KeepSessionId;
        });

        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var permission in Enum.GetValues<TrackerPermission>())
        {
            authorization.AddPolicy(permission.ToString(), policy => policy.RequireAuthenticatedUser().RequireRole(TrackerPermissions.RolesHolding(permission)));
        }

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, TrackerAuthenticationStateProvider>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICallerAccessor, TrackerCallerAccessor>();
        services.AddScoped<SignInService>();
        services.AddScoped<AccountService>();
        services.AddSingleton<AccountNameLimiter>();
        return services;
    }

    /// <summary>The API and its OpenAPI document answer 401 or 403 as problem details; pages redirect to the sign-in or access-denied page.</summary>
    public static bool IsApiRequest(PathString path) =>
        (path.StartsWithSegments("/api") && !path.StartsWithSegments("/api/docs")) || path.StartsWithSegments("/openapi");

    private static Task ApiOrRedirectAsync(RedirectContext<CookieAuthenticationOptions> context, int status, string title, string detail)
    {
        if (IsApiRequest(context.Request.Path))
        {
            return TypedResults.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context.HttpContext);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
