using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Intake;

/// <summary>
/// Turns a pasted article into candidate claims, deterministically (docs/intake.md). Pure: the same
/// text, language and publication date give the same candidates, with the offsets of their words
/// and of the sentence quoting them.
/// </summary>
public static class IntakeRecogniser
{
    // A past date older than this is an earlier claim the article recalls; a nearer one is the announcement it reports.
    private const int RecallAfterDays = 31;

    public static IReadOnlyList<IntakeCandidate> Extract(string text, string language, PartialDate published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<IntakeCandidate>();
        PartialDate? recalledInContext = null;
        var lastFigureSentence = -10;
        var stated = new HashSet<(string Unit, decimal Value)>();
        var sentences = IntakeSentences.Split(text);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var read = ReadSentence(text, sentence, language, published, recalledInContext, stated);
            if (read.Candidates.Count == 0 && IntakeCues.Outlook(sentence.Of(text)) is { Success: true } outlook
                && s - lastFigureSentence <= 2 && candidates.FindLastIndex(c => c.Kind != CandidateKind.Date) is var last and >= 0)
            {
                // "Désormais, ce chiffre pourrait être revu à la hausse": the sentence speaks of the figure just stated.
                var wording = new IntakeWording(WordingKind.Outlook, outlook.Value, sentence.Start + outlook.Index);
                candidates[last] = candidates[last] with { Wording = [.. candidates[last].Wording, wording] };
            }

            if (read.Candidates.Any(c => c.Kind != CandidateKind.Date))
            {
                lastFigureSentence = s;
            }

            candidates.AddRange(read.Candidates);
            recalledInContext = read.RecalledOn ?? recalledInContext;
        }

        return candidates;
    }

    private sealed record Item(CandidateKind Kind, TextSpan Match, QuantityMention? Quantity, DateMention? Date);

    private sealed record SentenceRead(IReadOnlyList<IntakeCandidate> Candidates, PartialDate? RecalledOn);

    private static SentenceRead ReadSentence(string text, TextSpan sentence, string language, PartialDate published, PartialDate? recalledInContext, HashSet<(string Unit, decimal Value)> stated)
    {
        var words = sentence.Of(text);
        // A value already stated earlier in the article ("l'exploitation complète des 80 MW") names that figure again.
        var quantities = IntakeQuantities.Find(text, sentence, language).Where(q => stated.Add((q.Unit, q.Value))).ToList();
        var dates = IntakeDates.Find(text, sentence, published);
        var milestoneInSentence = IntakeCues.FirstMilestone(words) is not null;
        var reached = IntakeCues.Reached(words);
        var futureDates = dates.Where(d => !IsPast(d.Date, published)).ToList();

        var dateItems = dates.Where(d => milestoneInSentence && (!IsPast(d.Date, published)
                || reached.Success
                || (quantities.Count == 0 && futureDates.Count == 0)))
            .ToList();
        var statedDates = dates.Except(dateItems).Where(d => IsPast(d.Date, published)).ToList();

        var items = quantities.Select(q => new Item(q.Kind, q.Match, q, null))
            .Concat(dateItems.Select(d => new Item(CandidateKind.Date, d.Match, null, d)))
            .OrderBy(i => i.Match.Start)
            .ToList();

        var candidates = new List<IntakeCandidate>();
        PartialDate? recalledHere = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var leadStart = i == 0 ? sentence.Start : items[i - 1].Match.End;
            var tailEnd = i == items.Count - 1 ? sentence.End : items[i + 1].Match.Start;
            var lead = text[leadStart..item.Match.Start];
            var tail = text[item.Match.End..tailEnd];
            var wording = new List<IntakeWording>();

            var (qualifier, qualifierWords) = item.Kind == CandidateKind.Date ? (FigureQualifier.Exact, null) : IntakeCues.QualifierBefore(lead);
            Note(WordingKind.Qualifier, qualifierWords, leadStart);
            var recall = IntakeCues.RecallBefore(lead);
            Note(WordingKind.Recall, recall, leadStart);
            var revision = IntakeCues.RevisionBefore(lead);
            Note(WordingKind.Revision, revision, leadStart);
            var recallAfter = recall.Success || revision.Success ? null : IntakeCues.RecallAfter(tail);
            Note(WordingKind.Recall, recallAfter, item.Match.End);

            var delay = item.Kind == CandidateKind.Date ? IntakeCues.Delay(lead) : null;
            Note(WordingKind.Delay, delay, leadStart);
            var outlook = item.Kind == CandidateKind.Date ? null : IntakeCues.Outlook(words);
            Note(WordingKind.Outlook, outlook, sentence.Start);

            var statedDate = statedDates
                .Where(d => d.Match.Start >= leadStart && d.Match.End <= tailEnd)
                .OrderBy(d => d.Match.Start < item.Match.Start ? 0 : 1)
                .ThenBy(d => Math.Abs(d.Match.Start - item.Match.Start))
                .FirstOrDefault();
            var olderThanArticle = statedDate is not null
                && (statedDate.SaysLast || statedDate.Date.End.DayNumber < published.Start.DayNumber - RecallAfterDays);
            var recalled = recall.Success || recallAfter is { Success: true } || olderThanArticle;
            if (statedDate is not null && olderThanArticle)
            {
                wording.Add(new IntakeWording(WordingKind.Recall, statedDate.Match.Of(text), statedDate.Match.Start));
            }

            var statedOn = statedDate?.Date ?? (recalled ? recalledInContext ?? recalledHere : null);
            if (recalled && statedDate is not null)
            {
                recalledHere = statedDate.Date;
            }

            var milestone = item.Kind == CandidateKind.Date
                ? IntakeCues.LastMilestone(lead) ?? IntakeCues.FirstMilestone(tail) ?? IntakeCues.FirstMilestone(words)
                : null;

            candidates.Add(new IntakeCandidate
            {
                Kind = item.Kind,
                Value = item.Quantity?.Value,
                Unit = item.Quantity?.Unit,
                Date = item.Date?.Date,
                MilestoneKind = milestone?.Kind,
                Reached = item.Kind == CandidateKind.Date && reached.Success && IsPast(item.Date!.Date, published),
                Qualifier = qualifier,
                Recalled = recalled,
                StatedOn = statedOn,
                Match = item.Match,
                QuoteSpan = sentence,
                Quote = words,
                Keywords = milestone is { } k ? [k.Words] : item.Quantity?.Noun is { } noun ? [noun] : [],
                Wording = wording,
            });

            void Note(WordingKind kind, System.Text.RegularExpressions.Match? m, int offset)
            {
                if (m is { Success: true })
                {
                    var cue = IntakeCues.Cue(m);
                    var trimmed = cue.Value.Trim();
                    wording.Add(new IntakeWording(kind, trimmed, offset + cue.Index + (cue.Value.Length - cue.Value.TrimStart().Length)));
                }
            }
        }

        return new SentenceRead(candidates, recalledHere);
    }

    // Before the publication period, or a day within it: an article dated 24 November reports "17 novembre" as past.
    private static bool IsPast(PartialDate date, PartialDate published) =>
        date.End < published.Start || (date.Precision == DatePrecision.Day && date.Start <= published.End && published.Precision != DatePrecision.Day)
        || (date.Precision == DatePrecision.Day && date.Start <= published.Start);
}
