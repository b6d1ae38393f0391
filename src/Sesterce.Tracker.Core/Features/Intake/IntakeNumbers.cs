using System.Globalization;
using System.Text.RegularExpressions;

namespace Sesterce.Tracker.Core.Features.Intake;

/// <summary>
/// Reads a number as the article's language writes it. Spaces (plain, no-break, thin) group
/// thousands in both languages. French writes "1,5" for one and a half and may write "1.500" for
/// fifteen hundred; English writes "1.5" and "1,500". A separator followed by exactly three digits
/// groups thousands in the language that uses it for grouping; anything else is a decimal point.
/// </summary>
public static partial class IntakeNumbers
{
    public static bool IsFrench(string language) => language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);

    public static bool TryParse(string text, string language, out decimal value)
    {
        value = 0;
        var s = Spaces().Replace(text.Trim(), string.Empty);
        if (s.Length == 0)
        {
            return false;
        }

        var grouping = IsFrench(language) ? '.' : ',';
        var decimalMark = IsFrench(language) ? ',' : '.';
        var groups = s.Split(grouping);
        if (groups.Length > 1 && groups.Skip(1).All(g => g.Length == 3 || (g.Length > 3 && g[3] == decimalMark && g[..3].All(char.IsAsciiDigit))))
        {
            s = string.Concat(groups);
        }

        // The other mark, or this language's mark not grouping thousands, is a decimal point.
        s = s.Replace(',', '.');
        return s.Count(c => c == '.') <= 1
            && decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A number as articles write it: "5 000", "1,5", "1.500", "2,000,000", "450".</summary>
    public const string Pattern = @"(?<![\w.,])(?:\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)";

    [GeneratedRegex(@"[ \u00A0\u202F\u2009]")]
    private static partial Regex Spaces();
}
