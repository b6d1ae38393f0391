namespace Sesterce.Tracker.Web.Navigation;

/// <summary>
/// Which addresses the app follows after sign-in, sign-out or a language change: only paths of
/// this site. Browsers drop tabs and line breaks from an address and read a backslash as a slash,
/// so "/\t/evil.example" or "/\evil.example" would leave the site; such values, and anything a
/// response header cannot carry, fall back to the home page instead of failing the request.
/// </summary>
public static class LocalRedirect
{
    public const string Home = "/";

    /// <summary>True for a path of this site that is safe to put in a Location header as it is.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }

        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return false;
        }

        foreach (var c in url)
        {
            // Control characters (tab, LF, CR, NUL, DEL), backslashes and anything outside ASCII:
            // a local path the app builds itself is always percent-encoded ASCII.
            if (c < 0x20 || c >= 0x7F || c == '\\')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="url"/> when it is a safe local path, else the home page.</summary>
    public static string OrHome(string? url) => IsSafe(url) ? url! : Home;
}
