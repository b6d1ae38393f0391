using System.Globalization;

namespace Sesterce.Tracker.Web.Features.Api;

/// <summary>Reads the optional <c>asOf</c> query value strictly, so a typo is a 400 and not "today".</summary>
public static class AsOfParameter
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? raw, out DateOnly? asOf)
    {
        asOf = null;
        if (raw is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(raw, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            asOf = day;
            return true;
        }

        return false;
    }
}
