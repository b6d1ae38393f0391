using System.Globalization;

namespace Sesterce.Tracker.Core.Domain;

/// <summary>
/// How precisely an event's date is known ("17 Nov 2025", "December 2026", "Q4 2026", "H2 2026", "2027").
/// Ordered from finest to coarsest: code compares precisions by their numbers, and the store keeps the number.
/// </summary>
public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Quarter = 2,
    HalfYear = 3,
    Year = 4,
}

/// <summary>
/// A date known only to some precision. It stands for a whole period: <see cref="Start"/> is the
/// first day of that period and <see cref="End"/> the last. See docs/dates.md for how periods
/// compare in as-of queries.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public PartialDate(DateOnly date, DatePrecision precision)
    {
        if (!Enum.IsDefined(precision))
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown date precision.");
        }

        Precision = precision;
        Start = precision switch
        {
            DatePrecision.Day => date,
            DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
            DatePrecision.Quarter => new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
            DatePrecision.HalfYear => new DateOnly(date.Year, date.Month <= 6 ? 1 : 7, 1),
            _ => new DateOnly(date.Year, 1, 1),
        };
    }

    public DateOnly Start { get; }

    public DatePrecision Precision { get; }

    // Built from the period's own last month, never by stepping past it, so the last period of year 9999 has an end too.
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => LastDayOf(Start.Year, Start.Month),
        DatePrecision.Quarter => LastDayOf(Start.Year, Start.Month + 2),
        DatePrecision.HalfYear => LastDayOf(Start.Year, Start.Month + 5),
        _ => new DateOnly(Start.Year, 12, 31),
    };

    public int Quarter => ((Start.Month - 1) / 3) + 1;

    /// <summary>1 for January to June, 2 for July to December.</summary>
    public int Half => Start.Month <= 6 ? 1 : 2;

    private static DateOnly LastDayOf(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>The period of <paramref name="precision"/> that holds this date's start: "15 Dec 2026" in quarters is Q4 2026.</summary>
    public PartialDate At(DatePrecision precision) => new(Start, precision);

    /// <summary>
    /// Whole periods from <paramref name="from"/> to <paramref name="to"/>, counted at the coarser of
    /// their precisions, because a finer count would claim more than the vaguer date says: "15 Dec
    /// 2026" to "March 2027" is three months, not a number of days. Positive when
    /// <paramref name="to"/> is later.
    /// </summary>
    public static (int Amount, DatePrecision Unit) PeriodsBetween(PartialDate from, PartialDate to)
    {
        var unit = (DatePrecision)Math.Max((int)from.Precision, (int)to.Precision);
        return (to.At(unit).PeriodNumber - from.At(unit).PeriodNumber, unit);
    }

    /// <summary>
    /// Whole periods of this date's precision from the period holding <paramref name="day"/> to this
    /// one: positive ahead, negative behind, zero when this period holds the day.
    /// </summary>
    public int PeriodsFrom(DateOnly day) => PeriodNumber - new PartialDate(day, Precision).PeriodNumber;

    // Consecutive periods of one precision have consecutive numbers, so differences count periods.
    private int PeriodNumber => Precision switch
    {
        DatePrecision.Day => Start.DayNumber,
        DatePrecision.Month => (Start.Year * 12) + Start.Month - 1,
        DatePrecision.Quarter => (Start.Year * 4) + Quarter - 1,
        DatePrecision.HalfYear => (Start.Year * 2) + Half - 1,
        _ => Start.Year,
    };

    public static PartialDate OnDay(int year, int month, int day) => new(new DateOnly(year, month, day), DatePrecision.Day);

    public static PartialDate InMonth(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    public static PartialDate InQuarter(int year, int quarter) =>
        quarter is < 1 or > 4
            ? throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.")
            : new(new DateOnly(year, ((quarter - 1) * 3) + 1, 1), DatePrecision.Quarter);

    public static PartialDate InHalf(int year, int half) =>
        half is < 1 or > 2
            ? throw new ArgumentOutOfRangeException(nameof(half), half, "A half-year is 1 or 2.")
            : new(new DateOnly(year, half == 1 ? 1 : 7, 1), DatePrecision.HalfYear);

    public static PartialDate InYear(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    /// <summary>True when the whole period lies on or before <paramref name="day"/>.</summary>
    public bool IsCompletelyOnOrBefore(DateOnly day) => End <= day;

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>
    /// Orders by start, then by precision (finer first): "1 Dec 2026" sorts before "Dec 2026",
    /// which sorts before "Q4 2026".
    /// </summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>ISO 8601 at the date's precision: 2025-11-17, 2025-11, 2025-Q4, 2025-H2, 2025.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-Q{Quarter}"),
        DatePrecision.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-H{Half}"),
        _ => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Parses the forms written by <see cref="ToString"/>, and the French letters too: "T" (trimestre)
    /// for a quarter, 2026-T4 being 2026-Q4, and "S" (semestre) for a half-year, 2026-S2 being 2026-H2.
    /// </summary>
    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            value = new PartialDate(day, DatePrecision.Day);
            return true;
        }

        if (DateOnly.TryParseExact(s, "yyyy-MM", inv, DateTimeStyles.None, out var month))
        {
            value = new PartialDate(month, DatePrecision.Month);
            return true;
        }

        if (s.Length == 7 && s[4] == '-' && (s[5] is 'Q' or 'q' or 'T' or 't')
            && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, inv, out var qYear)
            && int.TryParse(s.AsSpan(6, 1), NumberStyles.None, inv, out var quarter)
            && qYear >= 1 && quarter is >= 1 and <= 4)
        {
            value = InQuarter(qYear, quarter);
            return true;
        }

        if (s.Length == 7 && s[4] == '-' && (s[5] is 'H' or 'h' or 'S' or 's')
            && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, inv, out var hYear)
            && int.TryParse(s.AsSpan(6, 1), NumberStyles.None, inv, out var half)
            && hYear >= 1 && half is 1 or 2)
        {
            value = InHalf(hYear, half);
            return true;
        }

        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, inv, out var year) && year >= 1)
        {
            value = InYear(year);
            return true;
        }

        return false;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a date such as 2025-11-17, 2025-11, 2025-Q4, 2025-H2 or 2025.");
}
