using System.Globalization;
using System.Text.RegularExpressions;

namespace Sesterce.Tracker.Web.Features.Admin.Claims;

/// <summary>A multiple of a figure's unit the admin may type in: "1.7" in €B is 1,700,000,000 euros.</summary>
public sealed record AmountScale(string Key, decimal Factor)
{
    public static readonly AmountScale Units = new("Units", 1m);

    /// <summary>The scales offered for a unit, smallest first; a single one (no selector) for counts and unknown units.</summary>
    public static IReadOnlyList<AmountScale> For(string? unit) => unit switch
    {
        "EUR" or "USD" or "EUR/MW" or "USD/MW" =>
            [Units, new("Thousands", 1_000m), new("Millions", 1_000_000m), new("Billions", 1_000_000_000m)],
        "MW" => [new("Kilowatts", 0.001m), new("Megawatts", 1m), new("Gigawatts", 1_000m)],
        _ => [Units],
    };

    /// <summary>
    /// The scale a value reads best in: the largest whose factor it reaches (€1.5B in €B, 80 MW in
    /// MW). No value yet, or zero, gives the unit itself.
    /// </summary>
    public static AmountScale Natural(string? unit, decimal? value)
    {
        var scales = For(unit);
        var unitScale = scales.FirstOrDefault(s => s.Factor == 1m) ?? scales[0];
        if (value is not { } v || v == 0)
        {
            return unitScale;
        }

        return scales.LastOrDefault(s => Math.Abs(v) >= s.Factor) ?? scales[0];
    }
}

/// <summary>What is wrong with the typed text, when something is.</summary>
public enum AmountProblem
{
    None,
    NotANumber,
    TooLarge,
}

/// <summary>
/// One number field of a figure claim as the admin types it: the text exactly as typed (kept
/// whatever happens, so a refused number can be fixed rather than retyped), the chosen scale, and
/// the amount in the figure's base unit that the service stores. Parsing follows the user's
/// culture: "1,7" is 1.7 in French; spaces, no-break and narrow no-break spaces separate thousands.
/// </summary>
public sealed partial class AmountEntry
{
    /// <summary>Beyond this (in base units) nothing is accepted, whatever the unit: the store's decimals stop near 7.9 × 10²⁸.</summary>
    public const decimal Ceiling = 1_000_000_000_000_000_000m;

    private string? _unit;

    public string? Text { get; private set; }

    public AmountScale Scale { get; private set; } = AmountScale.Units;

    /// <summary>The amount in base units (euros, MW, jobs); null while empty or refused.</summary>
    public decimal? Amount { get; private set; }

    public AmountProblem Problem { get; private set; }

    /// <summary>The figure's unit the scales belong to; null until a page or dialog says it.</summary>
    public string? Unit => _unit;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    /// <summary>
    /// Says which figure the field belongs to: the scales offered, and the scale of
    /// <paramref name="reference"/> (the current headline) when nothing is typed yet, else the one
    /// the amount reads best in. The amount itself never changes here.
    /// </summary>
    public void UseUnit(string? unit, decimal? reference, CultureInfo culture)
    {
        if (_unit == unit)
        {
            return;
        }

        _unit = unit;
        Scale = AmountScale.Natural(unit, Amount ?? reference);
        if (Amount is { } amount && Problem == AmountProblem.None)
        {
            Text = Show(amount / Scale.Factor, culture);
        }
    }

    /// <summary>Puts a stored amount in the field (a correction's prefill), shown in the scale it reads best in.</summary>
    public void SetAmount(decimal? amount, CultureInfo culture)
    {
        Amount = amount;
        Problem = AmountProblem.None;
        if (_unit is not null)
        {
            Scale = AmountScale.Natural(_unit, amount);
        }

        Text = amount is { } a ? Show(a / Scale.Factor, culture) : null;
    }

    /// <summary>The admin typed <paramref name="text"/>: it stays as typed; the amount follows when it reads as a number.</summary>
    public void Type(string? text, CultureInfo culture)
    {
        Text = text;
        Reparse(culture);
    }

    /// <summary>The typed number stays; the scale changes what it means ("1.7" from €M to €B).</summary>
    public void ChooseScale(AmountScale scale, CultureInfo culture)
    {
        Scale = scale;
        Reparse(culture);
    }

    private void Reparse(CultureInfo culture)
    {
        var (number, problem) = Parse(Text, culture);
        Problem = problem;
        Amount = null;
        if (number is not { } n)
        {
            return;
        }

        // Scaling can overflow decimal itself: that is a number too large, not a crash.
        try
        {
            var amount = n * Scale.Factor;
            if (Math.Abs(amount) > Ceiling)
            {
                Problem = AmountProblem.TooLarge;
                return;
            }

            Amount = amount;
        }
        catch (OverflowException)
        {
            Problem = AmountProblem.TooLarge;
        }
    }

    /// <summary>
    /// Reads a number typed in <paramref name="culture"/>. Whitespace of any kind separates
    /// thousands; the culture's own group separator only between groups of three digits (so "1,7"
    /// is never seventeen in English); a point is a decimal point in French too when no comma is typed.
    /// </summary>
    public static (decimal? Number, AmountProblem Problem) Parse(string? text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, AmountProblem.None);
        }

        var compact = Whitespace().Replace(text.Trim(), "").Replace('\u2212', '-');
        var format = culture.NumberFormat;
        var decimalSeparator = format.NumberDecimalSeparator;
        var group = format.NumberGroupSeparator;
        if (decimalSeparator != "." && !compact.Contains(decimalSeparator, StringComparison.Ordinal) && !string.Equals(group, ".", StringComparison.Ordinal))
        {
            decimalSeparator = ".";
        }

        var integerPart = compact;
        var fraction = "";
        var at = compact.IndexOf(decimalSeparator, StringComparison.Ordinal);
        if (at >= 0)
        {
            integerPart = compact[..at];
            fraction = compact[(at + decimalSeparator.Length)..];
        }

        var sign = "";
        if (integerPart.StartsWith('-') || integerPart.StartsWith('+'))
        {
            sign = integerPart[..1] == "-" ? "-" : "";
            integerPart = integerPart[1..];
        }

        if (!string.IsNullOrEmpty(group) && !string.IsNullOrWhiteSpace(group) && integerPart.Contains(group, StringComparison.Ordinal))
        {
            var groups = integerPart.Split(group);
            if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                return (null, AmountProblem.NotANumber);
            }

            integerPart = string.Concat(groups);
        }

        if ((integerPart.Length == 0 && fraction.Length == 0) || !Digits().IsMatch(integerPart) || !Digits().IsMatch(fraction))
        {
            return (null, AmountProblem.NotANumber);
        }

        var invariant = sign + (integerPart.Length == 0 ? "0" : integerPart) + (fraction.Length > 0 ? "." + fraction : "");
        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? (number, AmountProblem.None)
            : (null, AmountProblem.TooLarge);
    }

    /// <summary>A number as the field shows it: the culture's decimal separator, no grouping, no trailing zeros.</summary>
    public static string Show(decimal number, CultureInfo culture) =>
        decimal.Parse(number.ToString("G29", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("0.############################", culture);

    [GeneratedRegex(@"[\s\u00A0\u202F\u2009\u2007]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\d*$")]
    private static partial Regex Digits();
}
