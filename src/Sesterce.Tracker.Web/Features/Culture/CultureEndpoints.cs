using Microsoft.AspNetCore.Localization;
using Sesterce.Tracker.Web.Hosting;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Culture;

/// <summary>Stores the chosen language in the culture cookie; Blazor circuits read it when they start.</summary>
public static class CultureEndpoints
{
    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/set", (string culture, string? redirectUri, HttpContext context) =>
        {
            if (!WebServiceCollectionExtensions.SupportedCultures.Contains(culture, StringComparer.Ordinal))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unsupported language", detail: $"Choose one of: {string.Join(", ", WebServiceCollectionExtensions.SupportedCultures)}.");
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(LocalRedirect.OrHome(redirectUri));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
