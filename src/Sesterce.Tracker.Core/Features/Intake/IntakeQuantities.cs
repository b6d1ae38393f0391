using System.Text.RegularExpressions;

namespace Sesterce.Tracker.Core.Features.Intake;

/// <summary>A quantity read in a sentence, its value in the unit's base (euros, MW).</summary>
public sealed record QuantityMention(CandidateKind Kind, TextSpan Match, decimal Value, string Unit, string? Noun);

/// <summary>
/// Reads money ("1,5 milliard d'euros", "€450 million", "450 M€", "$2bn"), power ("80 MW", "1,2 GW",
/// "40 mégawatts") and counts with their noun ("800 emplois", "5 000 GPU", "about 1,000 jobs").
/// </summary>
public static partial class IntakeQuantities
{
    public static IReadOnlyList<QuantityMention> Find(string text, TextSpan within, string language)
    {
        var sentence = within.Of(text);
        var found = new List<QuantityMention>();
        Read(MoneyBefore(), CandidateKind.Money);
        Read(MoneyAfter(), CandidateKind.Money);
        Read(Power(), CandidateKind.Power);
        Read(Count(), CandidateKind.Count);
        return [.. found.OrderBy(f => f.Match.Start)];

        void Read(Regex pattern, CandidateKind kind)
        {
            foreach (Match m in pattern.Matches(sentence))
            {
                var span = new TextSpan(within.Start + m.Index, m.Length);
                if (found.Any(f => f.Match.Start < span.End && span.Start < f.Match.End)
                    || !IntakeNumbers.TryParse(m.Groups["num"].Value, language, out var number)
                    || Unit(kind, m) is not { } unit)
                {
                    continue;
                }

                var value = kind switch
                {
                    CandidateKind.Money => number * Scale(m.Groups["scale"].Value),
                    CandidateKind.Power => number * PowerFactor(m.Groups["unit"].Value),
                    _ => number,
                };
                found.Add(new QuantityMention(kind, span, value, unit, kind == CandidateKind.Count ? m.Groups["noun"].Value : null));
            }
        }
    }

    private static string? Unit(CandidateKind kind, Match m) => kind switch
    {
        CandidateKind.Money => Currency(m.Groups["cur"].Value),
        CandidateKind.Power => "MW",
        _ => CountUnit(m.Groups["noun"].Value),
    };

    private static string? Currency(string written)
    {
        var w = written.ToLowerInvariant();
        return w.Contains('€', StringComparison.Ordinal) || w.StartsWith("eur", StringComparison.Ordinal) ? "EUR"
            : w.Contains('$', StringComparison.Ordinal) || w.StartsWith("dollar", StringComparison.Ordinal) || w == "usd" ? "USD"
            : w.Contains('£', StringComparison.Ordinal) || w.StartsWith("livre", StringComparison.Ordinal) || w.StartsWith("pound", StringComparison.Ordinal) || w == "gbp" ? "GBP"
            : null;
    }

    private static decimal Scale(string scale) => scale.ToLowerInvariant() switch
    {
        "" => 1m,
        "k" or "mille" or "thousand" => 1_000m,
        "m" or "mn" or "mio" or "million" or "millions" => 1_000_000m,
        _ => 1_000_000_000m,
    };

    private static decimal PowerFactor(string unit)
    {
        var u = unit.ToLowerInvariant();
        return u.StartsWith('g') ? 1000m : u.StartsWith('k') ? 0.001m : 1m;
    }

    // The tracker's custom figures name their unit in English plural: "jobs", "GPUs".
    public static string? CountUnit(string noun) => noun.ToLowerInvariant() switch
    {
        "emplois" or "emploi" or "jobs" or "job" or "postes" or "poste" or "positions" or "salariés" or "employés" or "employees" or "workers" or "recrutements" or "hires" => "jobs",
        "gpu" or "gpus" or "processeurs graphiques" or "accélérateurs" or "accelerators" or "puces" or "chips" => "GPUs",
        "serveurs" or "servers" => "servers",
        "baies" or "racks" => "racks",
        "hectares" or "ha" => "hectares",
        "m²" or "m2" or "mètres carrés" or "square metres" or "square meters" => "m²",
        _ => null,
    };

    private const string Num = "(?<num>" + IntakeNumbers.Pattern + ")";

    private const string ScaleWords = @"milliards?|billions?|millions?|mille|thousand|bn|bln|mds|mrds?|md|mio|mn|m|k";

    [GeneratedRegex(@"(?<cur>US\$|€|\$|£|(?-i:EUR|USD|GBP))\s?" + Num + @"(?:\s?(?<scale>" + ScaleWords + @"))?(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyBefore();

    [GeneratedRegex(Num + @"(?:\s?(?<scale>" + ScaleWords + @"))?\s?(?:d['’]\s?|de\s|of\s)?(?<cur>euros?|€|(?-i:EUR|USD|GBP)|dollars?|\$|livres(?:\ssterling)?|pounds?(?:\ssterling)?|£)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyAfter();

    [GeneratedRegex(Num + @"\s?(?<unit>(?-i:GW|MW|kW)|gigawatts?|mégawatts?|megawatts?|kilowatts?)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Power();

    [GeneratedRegex(Num + @"\s(?:(?!(?:de|d['’]|of)\s)[\p{L}\d'’-]+\s){0,2}?(?<noun>emplois?|jobs?|postes?|positions|salariés|employés|employees|workers|recrutements|hires|GPUs?|processeurs\sgraphiques|accélérateurs|accelerators|puces|chips|serveurs|servers|baies|racks|hectares|ha|m²|m2|mètres\scarrés|square\smet(?:re|er)s)(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex Count();
}
