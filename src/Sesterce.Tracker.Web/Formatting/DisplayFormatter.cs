using System.Globalization;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Web.Formatting;

/// <summary>
/// Turns domain values into text for the current UI culture: compact money ("€1.5B" / "1,5 Md€"),
/// units, qualifiers, dates at their precision ("Dec 2026" / "déc. 2026") and countdowns.
/// </summary>
public sealed class DisplayFormatter(IStringLocalizer<SharedResource> text)
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public string Value(ValueRange value, string unit) =>
        value.IsSingle ? Amount(value.Low, unit) : text["RangeFormat", Amount(value.Low, unit), Amount(value.High, unit)];

    public string Value(ValueRange value, string unit, FigureQualifier qualifier)
    {
        var plain = Value(value, unit);
        return qualifier switch
        {
            FigureQualifier.Approximately => text["QualifiedApproximately", plain],
            FigureQualifier.AtLeast => text["QualifiedAtLeast", plain],
            FigureQualifier.AtMost => text["QualifiedAtMost", plain],
            _ => plain,
        };
    }

    /// <summary>A signed change such as "+€1.05B" or "−40 MW".</summary>
    public string Change(ValueRange change, string unit)
    {
        if (change.IsSingle)
        {
            return Sign(change.Low) + Amount(Math.Abs(change.Low), unit);
        }

        return text["RangeFormat", Sign(change.Low) + Amount(Math.Abs(change.Low), unit), Sign(change.High) + Amount(Math.Abs(change.High), unit)];
    }

    public string Percent(ValueRange percent)
    {
        string One(decimal p) => Sign(p) + (Math.Abs(p) / 100m).ToString("P0", Culture);
        return percent.IsSingle ? One(percent.Low) : text["RangeFormat", One(percent.Low), One(percent.High)];
    }

    public string Amount(decimal value, string unit) => unit switch
    {
        "EUR" => Money(value),
        "EUR/MW" => text["PerMegawatt", Money(value)],
        "MW" => text["UnitMegawatt", Number(value)],
        "jobs" => Number(value),
        "jobs/MW" => text["PerMegawatt", Number(value)],
        "USD" => Money(value, "USD"),
        "USD/MW" => text["PerMegawatt", Money(value, "USD")],
        _ => text["UnitOther", Number(value), unit],
    };

    public string UnitLabel(string unit) => unit switch
    {
        "EUR" => "€",
        "MW" => "MW",
        "jobs" => text["UnitJobs"],
        _ => unit,
    };

    public string Money(decimal euros)
    {
        var magnitude = Math.Abs(euros);
        return magnitude switch
        {
            >= 1_000_000_000m => text["MoneyBillions", Number(euros / 1_000_000_000m)],
            >= 1_000_000m => text["MoneyMillions", Number(euros / 1_000_000m)],
            >= 10_000m => text["MoneyThousands", Number(euros / 1_000m)],
            _ => text["MoneyUnits", Number(euros)],
        };
    }

    /// <summary>
    /// Money in its own currency, never converted: the euro patterns with the currency's symbol,
    /// so "$10.7M" in English and "10,7 M$" in French.
    /// </summary>
    public string Money(decimal amount, string currency) => currency switch
    {
        "EUR" => Money(amount),
        "USD" => Money(amount).Replace("€", "$", StringComparison.Ordinal),
        _ => Money(amount).Replace("€", currency + "\u00a0", StringComparison.Ordinal),
    };

    /// <summary>Up to two decimals, trailing zeros dropped, grouped per culture.</summary>
    public static string Number(decimal value) => decimal.Round(value, 2).ToString("#,0.##", Culture);

    public string Date(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString(text["DateDayFormat"], Culture),
        DatePrecision.Month => date.Start.ToString(text["DateMonthFormat"], Culture),
        DatePrecision.Quarter => text["DateQuarterFormat", date.Quarter, date.Start.Year],
        DatePrecision.HalfYear => text["DateHalfFormat", date.Half, date.Start.Year],
        _ => date.Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    public string Date(DateOnly date) => Date(new PartialDate(date, DatePrecision.Day));

    /// <summary>A count of rows or records with the culture's group separator (16,000 / 16 000).</summary>
    public string Count(int count) => count.ToString("N0", Culture);

    /// <summary>The month's short name in the current language, for axis ticks ("Mar", "mars").</summary>
    public string MonthName(DateOnly day) => day.ToString("MMM", Culture);

    /// <summary>A moment as the audit log writes it, the same in every language: "2026-11-25 10:00:00 UTC".</summary>
    public static string UtcMoment(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public string Qualifier(FigureQualifier qualifier) => text[$"Qualifier_{qualifier}"];

    public string Status(ClaimStatus status) => text[$"Status_{status}"];

    /// <summary>What part of the campus a claim speaks of: "Whole campus", "Phase 1" (the phase's own name), "Building B2".</summary>
    public string ClaimScope(ClaimScopeKind kind, string? label) => kind switch
    {
        ClaimScopeKind.Campus => text["ClaimScope_Campus"],
        _ when !string.IsNullOrWhiteSpace(label) => label.Trim(),
        _ => text[$"ClaimScope_{kind}"],
    };

    /// <summary>"Scope: Phase 1"; the whole campus goes unsaid, so this is null for it.</summary>
    public string? ScopeLine(ClaimScopeKind kind, string? label) =>
        kind == ClaimScopeKind.Campus ? null : text["ScopeIs", ClaimScope(kind, label)].Value;

    public string State(MilestoneState state) => text[$"State_{state}"];

    public string Kind(MilestoneKind kind) => text[$"Kind_{kind}"];

    /// <summary>
    /// The figure's own name, which the services give in the reader's language (its French name in
    /// French), so a renamed figure reads as renamed everywhere; the built-in label only when none is known.
    /// </summary>
    public string FigureName(string key, string? storedName)
    {
        if (!string.IsNullOrWhiteSpace(storedName))
        {
            return storedName;
        }

        var localized = text[$"Figure_{key}"];
        return localized.ResourceNotFound ? key : localized.Value;
    }

    public string RatioName(string key) => text[$"Ratio_{key}"];

    /// <summary>
    /// Time from <paramref name="today"/> to <paramref name="target"/> counted at the target's
    /// precision: days for a day, calendar months for a month, quarters, years.
    /// </summary>
    public string Countdown(PartialDate target, DateOnly today)
    {
        if (target.Contains(today))
        {
            return text[$"Countdown_This{target.Precision}"];
        }

        var steps = target.PeriodsFrom(today);
        var unit = target.Precision.ToString();
        return steps > 0
            ? text[steps == 1 ? $"Countdown_In{unit}One" : $"Countdown_In{unit}Many", steps]
            : text[steps == -1 ? $"Countdown_Ago{unit}One" : $"Countdown_Ago{unit}Many", -steps];
    }

    /// <summary>"+3 months", "−1 quarter", "on plan".</summary>
    public string Slip(Core.Features.Timeline.Slip slip)
    {
        if (slip.Amount == 0)
        {
            return text["SlipNone"];
        }

        var size = Math.Abs(slip.Amount);
        var unit = text[size == 1 ? $"SlipUnit_{slip.Unit}One" : $"SlipUnit_{slip.Unit}Many"];
        return $"{(slip.Amount > 0 ? "+" : "\u2212")}{size.ToString(Culture)} {unit}";
    }

    private static string Sign(decimal value) => value switch
    {
        > 0 => "+",
        < 0 => "\u2212",
        _ => "±",
    };
}
