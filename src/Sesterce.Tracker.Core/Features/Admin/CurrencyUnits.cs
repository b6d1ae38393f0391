using System.Globalization;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>Whether a figure's unit is an amount of money ("EUR", "USD", "€"): such figures start Internal.</summary>
public static class CurrencyUnits
{
    // The ISO 4217 codes of every culture .NET knows, plus the usual symbols: admins type "EUR" or "€".
    // Case matters: "all" or "cup" as a unit are not the lek or the Cuban peso.
    private static readonly Lazy<HashSet<string>> Codes = new(() =>
    {
        var codes = new HashSet<string>(StringComparer.Ordinal) { "EUR", "USD", "GBP", "CHF", "€", "$", "£", "k€", "M€", "Md€" };
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                codes.Add(new RegionInfo(culture.Name).ISOCurrencySymbol);
            }
            catch (ArgumentException)
            {
                // A culture without a region has no currency of its own.
            }
        }

        return codes;
    });

    public static bool IsCurrency(string? unit) => unit is { } text && Codes.Value.Contains(text.Trim());
}
