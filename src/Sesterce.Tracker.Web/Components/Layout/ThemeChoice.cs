namespace Sesterce.Tracker.Web.Components.Layout;

/// <summary>How a person wants the app to look: as their system does, or always light or dark.</summary>
public enum ThemePreference
{
    System,
    Light,
    Dark,
}

/// <summary>
/// The theme a page starts with. The preference lives in a cookie so the first server render is
/// already in the right colours; for "system" the server only knows the answer when the browser
/// sends the colour-scheme client hint, otherwise the circuit asks the browser once it starts.
/// </summary>
public sealed record ThemeChoice(ThemePreference Preference, bool StartsDark)
{
    public const string CookieName = "tracker-theme";

    /// <summary>The client hint Chromium sends once we ask for it with Accept-CH.</summary>
    public const string ColorSchemeHint = "Sec-CH-Prefers-Color-Scheme";

    public static ThemeChoice Default { get; } = new(ThemePreference.System, false);

    public static ThemeChoice From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var preference = Parse(context.Request.Cookies[CookieName]);
        var dark = preference switch
        {
            ThemePreference.Dark => true,
            ThemePreference.Light => false,
            _ => string.Equals(context.Request.Headers[ColorSchemeHint].ToString().Trim('"'), "dark", StringComparison.OrdinalIgnoreCase),
        };
        return new ThemeChoice(preference, dark);
    }

    public static ThemePreference Parse(string? value) => value switch
    {
        "light" => ThemePreference.Light,
        "dark" => ThemePreference.Dark,
        _ => ThemePreference.System,
    };

    public static string CookieValue(ThemePreference preference) => preference switch
    {
        ThemePreference.Light => "light",
        ThemePreference.Dark => "dark",
        _ => "system",
    };
}
