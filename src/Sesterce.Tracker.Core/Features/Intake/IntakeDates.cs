using System.Globalization;
using System.Text.RegularExpressions;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Intake;

/// <summary>A date read in a sentence, at the precision the words give.</summary>
public sealed record DateMention(TextSpan Match, PartialDate Date, bool SaysLast);

/// <summary>
/// Reads dates in French and English at their precision: "17 novembre" (a day, its year taken from the
/// publication date), "décembre 2026" (a month), "Q1 2027" or "au premier trimestre 2027" (a quarter),
/// "S2 2026" or "second half of 2026" (a half-year), "fin 2026" (the second half), "début 2027" (the
/// first half), "en 2027" (a year), "en février dernier" or "last February" (the last such month before publication).
/// </summary>
public static partial class IntakeDates
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    public static IReadOnlyList<DateMention> Find(string text, TextSpan within, PartialDate published)
    {
        var found = new List<DateMention>();
        var sentence = within.Of(text);
        foreach (var (pattern, read) in Readers)
        {
            foreach (Match m in pattern.Matches(sentence))
            {
                var span = new TextSpan(within.Start + m.Index, m.Length);
                if (found.Any(f => f.Match.Start < span.End && span.Start < f.Match.End))
                {
                    continue;
                }

                if (read(m, published) is { } date)
                {
                    found.Add(new DateMention(span, date, m.Groups["rel"].Success && IsLast(m.Groups["rel"].Value)));
                }
            }
        }

        return [.. found.OrderBy(f => f.Match.Start)];
    }

    private static readonly (Regex Pattern, Func<Match, PartialDate, PartialDate?> Read)[] Readers =
    [
        (DayMonth(), ReadDay),
        (MonthDay(), ReadDay),
        (QuarterCode(), ReadQuarter),
        (QuarterWords(), ReadQuarter),
        (HalfCode(), ReadHalf),
        (HalfWords(), ReadHalf),
        (RelativeMonth(), ReadRelativeMonth),
        (MonthYear(), ReadMonth),
        (EdgeOfYear(), ReadEdge),
        (YearAfterPreposition(), (m, _) => Year(m) is { } y ? PartialDate.InYear(y) : null),
        (BareMonth(), ReadMonth),
    ];

    private static bool IsLast(string rel) => rel.ToLowerInvariant() is "dernier" or "last" or "passé";

    private static int? Year(Match m) =>
        m.Groups["year"].Success && int.TryParse(m.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200 ? y : null;

    private static int Month(Match m) => Months[Normalise(m.Groups["month"].Value)];

    private static string Normalise(string month) =>
        month.ToLowerInvariant().TrimEnd('.').Replace('é', 'e').Replace('û', 'u');

    private static PartialDate? ReadDay(Match m, PartialDate published)
    {
        var month = Month(m);
        var day = m.Groups["day"].Value is "1er" ? 1 : int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = Year(m) ?? NearestYear(published, y => new PartialDate(new DateOnly(y, month, 1), DatePrecision.Month));
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? PartialDate.OnDay(year, month, day) : null;
    }

    private static PartialDate? ReadMonth(Match m, PartialDate published)
    {
        var month = Month(m);
        var year = Year(m) ?? NearestYear(published, y => PartialDate.InMonth(y, month));
        return PartialDate.InMonth(year, month);
    }

    private static PartialDate? ReadRelativeMonth(Match m, PartialDate published)
    {
        var month = Month(m);
        var from = published.Start;
        var year = IsLast(m.Groups["rel"].Value)
            ? (month < from.Month ? from.Year : from.Year - 1)
            : (month > from.Month ? from.Year : from.Year + 1);
        return PartialDate.InMonth(year, month);
    }

    // Without a year, the month nearest the publication: "17 novembre" in an article of 24 November 2025 is 2025.
    private static int NearestYear(PartialDate published, Func<int, PartialDate> at)
    {
        var y = published.Start.Year;
        return new[] { y - 1, y, y + 1 }
            .OrderBy(c => Math.Abs(at(c).Start.DayNumber - published.Start.DayNumber))
            .First();
    }

    private static PartialDate? ReadQuarter(Match m, PartialDate published) =>
        Year(m) is { } y && Ordinal(m.Groups["n"].Value, 4) is { } q ? PartialDate.InQuarter(y, q) : null;

    private static PartialDate? ReadHalf(Match m, PartialDate published) =>
        Year(m) is { } y && Ordinal(m.Groups["n"].Value, 2) is { } h ? PartialDate.InHalf(y, h) : null;

    private static int? Ordinal(string word, int last) => (word.ToLowerInvariant() switch
    {
        "1" or "1er" or "1st" or "premier" or "first" => 1,
        "2" or "2e" or "2ème" or "2nd" or "deuxième" or "second" or "seconde" => 2,
        "3" or "3e" or "3ème" or "3rd" or "troisième" or "third" => 3,
        "4" or "4e" or "4ème" or "4th" or "quatrième" or "fourth" => 4,
        "dernier" or "last" or "final" => last,
        _ => 0,
    }) is var n && n >= 1 && n <= last ? n : null;

    // "fin 2026" and "late 2026" are the second half; "début 2027" and "early 2027" the first; "mi-2027" only the year.
    private static PartialDate? ReadEdge(Match m, PartialDate published)
    {
        if (Year(m) is not { } y)
        {
            return null;
        }

        var edge = m.Groups["edge"].Value.ToLowerInvariant();
        return edge.Contains("fin", StringComparison.Ordinal) || edge.Contains("end", StringComparison.Ordinal) || edge.Contains("late", StringComparison.Ordinal)
            ? PartialDate.InHalf(y, 2)
            : edge.Contains("but", StringComparison.Ordinal) || edge.Contains("early", StringComparison.Ordinal) || edge.Contains("beginning", StringComparison.Ordinal)
                ? PartialDate.InHalf(y, 1)
                : PartialDate.InYear(y);
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] fr = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];
        string[] en = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var i = 0; i < 12; i++)
        {
            names[fr[i]] = i + 1;
            names[en[i]] = i + 1;
            names.TryAdd(en[i][..3], i + 1);
        }

        names["sept"] = 9;
        names["janv"] = 1;
        names["fevr"] = 2;
        names["avr"] = 4;
        names["juil"] = 7;
        names["oct"] = 10;
        names["nov"] = 11;
        names["dec"] = 12;
        return names;
    }

    private const string FrMonth = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";

    // English month names only with their capital, so the verb "may" is no month.
    private const string EnMonth = "(?-i:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";

    private const string AnyMonth = "(?<month>" + FrMonth + "|" + EnMonth + ")";

    private const string YearGroup = @"(?<year>(?:19|20|21)\d{2})(?!\d)";

    [GeneratedRegex(@"(?<![\w])(?<day>1er|[0-3]?\d)(?:st|nd|rd|th)?\s+" + AnyMonth + @"(?![\p{L}])(?:,?\s+" + YearGroup + ")?", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?<![\w])(?<month>" + EnMonth + @")\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s+" + YearGroup + ")?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![\w])(?-i:[QT])(?<n>[1-4])\s*(?:de\s+|of\s+)?" + YearGroup, RegexOptions.IgnoreCase)]
    private static partial Regex QuarterCode();

    [GeneratedRegex(@"(?<![\w])(?<n>1er|1st|[2-4](?:e|ème|nd|rd|th)|premier|deuxième|second|troisième|quatrième|dernier|first|third|fourth|last|final)\s+(?:trimestre|quarter)\s+(?:de\s+|of\s+|de\s+l['’]année\s+)?" + YearGroup, RegexOptions.IgnoreCase)]
    private static partial Regex QuarterWords();

    [GeneratedRegex(@"(?<![\w])(?-i:[HS])(?<n>[12])\s*(?:de\s+|of\s+)?" + YearGroup, RegexOptions.IgnoreCase)]
    private static partial Regex HalfCode();

    [GeneratedRegex(@"(?<![\w])(?<n>1er|1st|2e|2ème|2nd|premier|deuxième|second|seconde|first)\s+(?:semestre|half)\s+(?:de\s+|of\s+)?" + YearGroup, RegexOptions.IgnoreCase)]
    private static partial Regex HalfWords();

    [GeneratedRegex(@"(?<![\w])(?:" + AnyMonth + @"\s+(?<rel>dernier|prochain|passé)|(?<rel>last|next|this\s+coming)\s+" + AnyMonth + @")(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"(?<![\w])" + AnyMonth + @"(?![\p{L}])\s+(?:de\s+|of\s+)?" + YearGroup, RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\w])(?<edge>fin|début|debut|mi|courant|end\s+of|the\s+end\s+of|late|early|mid|beginning\s+of|the\s+beginning\s+of|the\s+middle\s+of)(?:\s+|-)(?:de\s+|d['’]\s*|l['’]année\s+)?" + YearGroup, RegexOptions.IgnoreCase)]
    private static partial Regex EdgeOfYear();

    [GeneratedRegex(@"(?<![\w])(?:en|in|d['’]ici(?:\s+à)?|by|pour|for|dès|à\s+partir\s+de|from|avant|before|à\s+l['’]horizon|horizon|until|jusqu['’]en|during|pendant|courant)\s+" + YearGroup, RegexOptions.IgnoreCase)]
    private static partial Regex YearAfterPreposition();

    [GeneratedRegex(@"(?<=(?:\ben|\bin|\bsince|\bdepuis|\bdès|\bfrom|\buntil|\bjusqu['’]en|\bd['’]ici)\s+)" + AnyMonth + @"(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex BareMonth();
}
