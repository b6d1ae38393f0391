using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Core.Features.Intake;

/// <summary>How a candidate stands against the headline of the record it was matched to.</summary>
public enum HeadlineAgreement
{
    /// <summary>No figure or milestone of the campus fits: the admin picks one or drops the candidate.</summary>
    NoRecord = 0,

    /// <summary>The record has no headline yet: the candidate would be its first.</summary>
    NoHeadline = 1,

    Agrees = 2,

    Disagrees = 3,
}

/// <summary>A candidate with the record it most likely speaks of and the claim the tracker proposes to record.</summary>
public sealed record MatchedCandidate(
    IntakeCandidate Candidate,
    KnownFigure? Figure,
    KnownMilestone? Milestone,
    HeadlineAgreement Agreement,
    ClaimStatus ProposedStatus,
    PartialDate ReportedOn);

/// <summary>
/// Places candidates on a campus's figures (by unit and noun) and milestones (by kind and words), and
/// proposes each claim's status and reported-on day. Pure: it sees only the <see cref="CampusSnapshot"/>.
/// </summary>
public static class IntakeMatcher
{
    public static IReadOnlyList<MatchedCandidate> Match(
        IReadOnlyList<IntakeCandidate> candidates, CampusSnapshot campus, PartialDate published, bool operatorAnnouncement)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(campus);
        var status = operatorAnnouncement ? ClaimStatus.OfficialAnnouncement : ClaimStatus.PressReport;
        return [.. candidates.Select(c =>
        {
            var reportedOn = c.StatedOn ?? published;
            if (c.Kind == CandidateKind.Date)
            {
                var milestone = MilestoneFor(c, campus.Milestones);
                var agreement = milestone is null ? HeadlineAgreement.NoRecord
                    : milestone.Target is not { } target ? HeadlineAgreement.NoHeadline
                    : target == c.Date ? HeadlineAgreement.Agrees : HeadlineAgreement.Disagrees;
                return new MatchedCandidate(c, null, milestone, agreement, status, reportedOn);
            }

            var figure = FigureFor(c, campus.Figures);
            var figureAgreement = figure is null ? HeadlineAgreement.NoRecord
                : figure.Headline is not { } headline ? HeadlineAgreement.NoHeadline
                : headline == c.Value ? HeadlineAgreement.Agrees : HeadlineAgreement.Disagrees;
            return new MatchedCandidate(c, figure, null, figureAgreement, status, reportedOn);
        })];
    }

    private static KnownFigure? FigureFor(IntakeCandidate c, IReadOnlyList<KnownFigure> figures)
    {
        var fitting = c.Kind switch
        {
            CandidateKind.Money => figures.Where(f => CurrencyUnits.IsCurrency(f.Unit) && CurrencyCode(f.Unit) == c.Unit).ToList(),
            CandidateKind.Power => figures.Where(f => f.Unit.Trim().Equals("MW", StringComparison.OrdinalIgnoreCase)).ToList(),
            _ => figures.Where(f => SameCount(f, c)).ToList(),
        };
        var preferredKey = c.Kind switch
        {
            CandidateKind.Money => "investment",
            CandidateKind.Power => "power",
            _ => c.Unit == "jobs" ? "jobs" : null,
        };
        return fitting.FirstOrDefault(f => f.Key == preferredKey) ?? fitting.FirstOrDefault();
    }

    private static string CurrencyCode(string unit) => unit.Trim() switch
    {
        "€" or "k€" or "M€" or "Md€" => "EUR",
        "$" => "USD",
        "£" => "GBP",
        var code => code.ToUpperInvariant(),
    };

    // "GPUs" and "GPU", or a custom figure named "GPU count" with a unit of "units".
    private static bool SameCount(KnownFigure figure, IntakeCandidate c)
    {
        if (c.Unit is not { } unit)
        {
            return false;
        }

        var stem = Stem(unit);
        return Stem(figure.Unit) == stem
            || IntakeQuantities.CountUnit(figure.Unit) == unit
            || Words(figure.Name).Concat(Words(figure.NameFr)).Concat(Words(figure.Key)).Any(w => Stem(w) == stem || IntakeQuantities.CountUnit(w) == unit);
    }

    private static string Stem(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        return w.Length > 3 && w.EndsWith('s') ? w[..^1] : w;
    }

    private static KnownMilestone? MilestoneFor(IntakeCandidate c, IReadOnlyList<KnownMilestone> milestones)
    {
        var sentence = Words(c.Quote).Select(Stem).ToHashSet(StringComparer.Ordinal);
        int Overlap(KnownMilestone m) => Words(m.Title).Concat(Words(m.TitleFr)).Select(Stem).Distinct().Count(sentence.Contains);
        int Distance(KnownMilestone m) => m.Target is { } t && c.Date is { } d ? Math.Abs(t.Start.DayNumber - d.Start.DayNumber) : int.MaxValue;

        var sameKind = milestones.Where(m => m.Kind == c.MilestoneKind).ToList();
        var pool = sameKind.Count > 0 ? sameKind : [.. milestones.Where(m => Overlap(m) > 0)];
        return pool.OrderByDescending(Overlap).ThenBy(Distance).FirstOrDefault();
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "les", "des", "une", "est", "pour", "par", "avec", "dans", "sur", "qui", "que", "sera", "son", "ses", "aux",
        "the", "and", "for", "with", "will", "was", "are", "its", "from", "into", "this", "that",
    };

    // Words of three letters or more and numbers: "phase", "commissioning", "80", not "de", "la" or "the".
    private static IEnumerable<string> Words(string? text) =>
        text is null ? [] : text.Split([' ', ',', '.', ';', ':', '\'', '’', '-', '(', ')', '"', '«', '»'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Where(w => (w.Length >= 3 || w.All(char.IsAsciiDigit)) && !StopWords.Contains(w));
}
