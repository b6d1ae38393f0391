using Microsoft.Extensions.Localization;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// "Firefox on Windows" from a user agent: a few well-known markers, checked in the order that tells the
/// browsers apart (Edge and Opera also say Chrome; Chrome also says Safari). Good enough to recognise a
/// device on the sessions page, never used for a decision.
/// </summary>
public static class DeviceText
{
    private static readonly (string Marker, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("EdgA/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"),
        ("Chrome/", "Chrome"), ("CriOS/", "Chrome"), ("Chromium/", "Chromium"), ("Safari/", "Safari"),
    ];

    private static readonly (string Marker, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Android", "Android"), ("CrOS", "ChromeOS"),
        ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    public static (string? Browser, string? System) Parse(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return (null, null);
        }

        static string? First((string Marker, string Name)[] candidates, string text) =>
            candidates.FirstOrDefault(c => text.Contains(c.Marker, StringComparison.OrdinalIgnoreCase)).Name;
        return (First(Browsers, userAgent), First(Systems, userAgent));
    }

    public static string Describe(IStringLocalizer text, string? userAgent)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (browser, system) = Parse(userAgent);
        return text["DeviceOn", browser ?? text["DeviceUnknownBrowser"], system ?? text["DeviceUnknownSystem"]];
    }
}
