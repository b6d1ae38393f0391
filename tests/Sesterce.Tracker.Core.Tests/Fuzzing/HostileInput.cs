using CsCheck;

namespace Sesterce.Tracker.Fuzzing;

/// <summary>
/// Generators of hostile input for the property tests of the services (Core.Tests) and the API
/// (Web.Tests, which links this file): numbers at and past every limit, dates far outside the
/// tracker's range, very long and malformed text, markup, and slugs that try to leave their folder.
/// Each generator mixes hand-picked nasty values with random ones.
/// </summary>
public static class HostileInput
{
    public const string Script = "<script>alert('fuzz')</script>";
    public const string ImageTag = "\"><img src=x onerror=alert(1)>";

    /// <summary>Iterations per property: enough to hit every hand-picked value several times, few enough for a quick suite.</summary>
    public const int Iterations = 40;

    public static readonly string[] NastyTexts =
    [
        "",
        " ",
        "\t\n",
        "\0",
        "a\0b",
        "line\u0007bell",
        Script,
        ImageTag,
        "<svg onload=alert(1)>",
        "javascript:alert(1)",
        "مركز البيانات",
        "\u202Eevil\u202C",
        "e\u0301\u0301\u0301",
        "🚀🇫🇷👩🏽‍💻",
        "\uD800",
        "x\uDC00y",
        "\uFFFE\uFFFF",
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "%2e%2e%2f",
        "' OR 1=1 --",
        "\"; DROP TABLE Campuses; --",
        "{{7*7}}@(1+1)${1}",
        "=cmd|' /C calc'!A0",
        new string('a', 201),
        new string('é', 2001),
        new string('x', 4001),
        string.Concat(Enumerable.Repeat("🚀", 3000)),
    ];

    public static readonly string[] NastyDates =
    [
        "0001-01-01", "0001", "0000", "9999-12-31", "9999-12", "9999-Q4", "9999", "1999-12-31", "2101-01-01", "2100-12-31",
        "2026-02-30", "2026-13", "2026-Q5", "2026-Q0", "2026-H0", "2026-H3", "2026-S3", "9999-H2", "2026-T5", "2026-HH", "-2026", "2026-12-15T00:00", "2026/12/15", "15/12/2026", "２０２６", "2026-1-1",
        " 2026 ", "NaN", "Infinity", "1e999", "", "null", "2026-12-15\0",
    ];

    public static readonly decimal?[] NastyNumbers =
    [
        null, 0m, -0m, -1m, -0.0000000000000000000000000001m, 0.0000000000000000000000000001m, decimal.MaxValue, decimal.MinValue,
        100_000m, 100_000.0000000000000000001m, 1_000_000_000_000m, 1_000_000_000_001m, 10_000_000m, 1_000_000_000_000_000m, 79228162514264337593543950335m,
    ];

    public static readonly int[] NastyInts = [int.MinValue, -1, 0, 1, 2, 1000, 1001, int.MaxValue];

    public static readonly string[] NastySlugs =
    [
        "alixan", "ALIXAN", "alixan ", " alixan", "alixan/../alixan", "../../etc/passwd", "..", ".", "%2e%2e", "a", "", "new", "export",
        Script, ImageTag, "\0", "alixan\0", "ali\u0301xan", "🚀", new string('a', 300), "con", "nul", "alixan?x=1", "alixan#frag", "alixan;drop",
    ];

    /// <summary>Text: a nasty value, random unicode of any length up to 5,000, or a plain short word.</summary>
    public static readonly Gen<string?> Text = Gen.Frequency(
        (4, (IGen<string?>)Gen.OneOf<string?>([.. NastyTexts, null])),
        (2, Gen.String.Select(s => (string?)s)),
        (1, Gen.Char.Array[0, 5000].Select(c => (string?)new string(c))),
        (2, Gen.Char["abcdefghijklmnopqrstuvwxyz -"].Array[1, 30].Select(c => (string?)new string(c))));

    /// <summary>Dates as typed in a form: nasty ones, well-formed ones from year 1 to 9999, and plain valid ones.</summary>
    public static readonly Gen<string?> Date = Gen.Frequency(
        (4, (IGen<string?>)Gen.OneOf<string?>([.. NastyDates, null])),
        (2, Gen.DateOnly.Select(d => (string?)d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.Int[1, 9999].Select(y => (string?)y.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.Int[2000, 2026].Select(Gen.Int[1, 12]).Select((y, m) => (string?)$"{y:D4}-{m:D2}")));

    public static readonly Gen<decimal?> Number = Gen.Frequency(
        (4, (IGen<decimal?>)Gen.OneOf(NastyNumbers)),
        (2, Gen.Decimal.Select(d => (decimal?)d)),
        (2, Gen.Int[-1000, 200_000].Select(i => (decimal?)i)));

    public static readonly Gen<int> WholeNumber = Gen.Frequency((3, (IGen<int>)Gen.OneOf(NastyInts)), (1, Gen.Int));

    public static readonly Gen<int?> OptionalInt = Gen.Frequency((1, (IGen<int?>)Gen.Const((int?)null)), (4, WholeNumber.Select(i => (int?)i)));

    public static readonly Gen<DateOnly?> Day = Gen.OneOf(
        Gen.Const((DateOnly?)null),
        Gen.OneOf<DateOnly?>(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1999, 12, 31), new DateOnly(2101, 1, 1), new DateOnly(2026, 11, 25)),
        Gen.DateOnly.Select(d => (DateOnly?)d));

    public static readonly Gen<string> Slug = Gen.Frequency((3, (IGen<string>)Gen.OneOf(NastySlugs)), (1, Gen.String));

    /// <summary>Any value of the enum's underlying int: defined members and undefined ones alike.</summary>
    public static Gen<T> Enum<T>() where T : struct, System.Enum =>
        Gen.Frequency((3, (IGen<T>)Gen.OneOf(System.Enum.GetValues<T>())), (1, Gen.OneOf(-1, 99, int.MaxValue, int.MinValue).Select(i => (T)(object)i)));
}
