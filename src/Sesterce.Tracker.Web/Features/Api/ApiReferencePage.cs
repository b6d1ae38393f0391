using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using Scalar.AspNetCore;
using Sesterce.Tracker.Web.Components.Layout;

namespace Sesterce.Tracker.Web.Features.Api;

/// <summary>
/// The API reference (Scalar) dressed as part of the app for each request: the reader's light or
/// dark theme from the same cookie the app reads, its title and a way back to the tracker in the
/// reader's language. Scalar's own labels exist in English only.
/// </summary>
public static class ApiReferencePage
{
    public const string Path = "/api/docs";

    // The app's palette (TrackerTheme): a first paint in the colours the reader left the app in.
    private const string Css = """
        .tracker-api-bar { display: flex; align-items: center; gap: 16px; padding: 10px 24px;
          background: #1f3a5f; color: #ffffff; font: 500 0.95rem system-ui, sans-serif; }
        .tracker-api-bar a { color: #ffffff; text-decoration: underline; }
        .tracker-api-bar a:focus-visible { outline: 2px solid #ffffff; outline-offset: 2px; }
        .light-mode { --scalar-color-accent: #1f3a5f; }
        .dark-mode { --scalar-color-accent: #8ab4f8; --scalar-background-1: #121212; }
        """;

    public static void Configure(ScalarOptions options, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var dark = ThemeChoice.From(context).StartsDark;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

        options.Title = text["ApiReferenceTitle"];
        options.ForceThemeMode = dark ? ThemeMode.Dark : ThemeMode.Light;
        // The app's own switch sets the theme; a second one here would disagree with it.
        options.HideDarkModeToggle = true;
        options.Favicon = "/favicon.svg";
        options.CustomCss = Css;
        options.HeaderContent =
            $"""<nav class="tracker-api-bar" lang="{language}" aria-label="{Encode(text["ApiReferenceNav"])}"><a href="/">{Encode(text["ApiBackToApp"])}</a><span>{Encode(text["ApiReferenceTitle"])}</span></nav>""";
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
