using System.Globalization;

namespace Sesterce.Tracker.Web.Navigation;

/// <summary>
/// The "as known on" day of a view, as the address carries it (<c>?asOf=2025-06-01</c>). Pages,
/// links, the API and the audit filters read and write it here only, so a typo is refused the same
/// way everywhere and a link always reproduces the view it came from. No day means today.
/// </summary>
public readonly record struct AsOf
{
    /// <summary>The query-string name.</summary>
    public const string QueryName = "asOf";

    /// <summary>How a day is written in addresses, API parameters and date inputs (ISO 8601).</summary>
    public const string DayFormat = "yyyy-MM-dd";

    private AsOf(DateOnly? day) => Day = day;

    /// <summary>No day in the address: the view follows today.</summary>
    public static AsOf Today => default;

    /// <summary>The day asked for, or null for today.</summary>
    public DateOnly? Day { get; }

    /// <summary>The day as the address writes it, or null for today.</summary>
    public string? QueryValue => Day is { } day ? FormatDay(day) : null;

    public static AsOf On(DateOnly day) => new(day);

    /// <summary>
    /// Reads a query value strictly: absent or empty is today, a calendar day written YYYY-MM-DD is
    /// that day, anything else is refused (and the caller says so rather than silently showing today).
    /// </summary>
    public static bool TryParse(string? text, out AsOf asOf)
    {
        asOf = Today;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (TryParseDay(text, out var day))
        {
            asOf = On(day);
            return true;
        }

        return false;
    }

    /// <summary>An app-relative path with this as-of day added, so following it stays in the same past.</summary>
    public string AppendTo(string path) => QueryValue is { } value ? $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{QueryName}={value}" : path;

    public static string FormatDay(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public override string ToString() => QueryValue ?? "today";
}
