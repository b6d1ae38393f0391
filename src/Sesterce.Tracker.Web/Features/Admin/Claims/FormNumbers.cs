using System.Globalization;

namespace Sesterce.Tracker.Web.Features.Admin.Claims;

internal static class FormNumbers
{
    /// <summary>A stored amount without the trailing zeros the store's scale adds: 80, not 80.0, in a form field.</summary>
    public static decimal? Plain(decimal? value) =>
        value is { } v ? decimal.Parse(v.ToString("G29", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture) : null;
}
