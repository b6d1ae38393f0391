using System.Globalization;
using Sesterce.Tracker.Core.Domain;
using V = Sesterce.Tracker.Generator.PortfolioVocabulary;

namespace Sesterce.Tracker.Generator;

internal sealed partial class CampusGenerator
{
    private void WriteMilestones(int campusId, DateOnly campusAnnounced, List<PhaseSpan> phases)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var plan = Enumerable.Range(0, options.MilestonesPerCampus)
            .Select(m => (Phase: phases[m * phases.Count / options.MilestonesPerCampus], Template: V.MilestoneTemplates[m % V.MilestoneTemplates.Length]))
            .ToList();

        // The latest milestone of each phase ends it: the phase's date then follows that milestone's.
        var ending = plan.Select((p, m) => (p, m)).GroupBy(x => x.p.Phase.Id).Select(g => g.MaxBy(x => x.p.Template.At).m).ToHashSet();
        for (var m = 0; m < plan.Count; m++)
        {
            var (phase, template) = plan[m];
            var title = $"{template.Title} – {phase.Name}";
            for (var n = 2; !titles.Add(title); n++)
            {
                title = $"{template.Title} – {phase.Name} ({n})";
            }

            var baseline = phase.From.AddDays((int)((phase.To.DayNumber - phase.From.DayNumber) * template.At) + random.Next(-20, 21));
            var milestone = new Milestone
            {
                CampusId = campusId,
                PhaseId = phase.Id,
                CommissionsPhase = ending.Contains(m),
                Title = title,
                Kind = template.Kind,
                Description = $"{title} at {_name}.",
            };
            WriteMilestone(milestone, campusAnnounced, phase.From, baseline);
        }
    }

    /// <summary>
    /// The milestone's claims, in the order they became known: a first target (about one in
    /// fifteen says "date to be announced" and gets its date later, or never while it is still
    /// ahead), then up to seven moves, each reported after the previous one and before the date it
    /// moves (most slip later, some come earlier, a fifth are press reports or internal estimates
    /// that stand beside the official date), dates getting finer as they approach. Once its date
    /// has passed, a milestone is mostly reached: a reached date reported that day or up to three
    /// weeks later, now and then corrected or retracted.
    /// </summary>
    private void WriteMilestone(Milestone milestone, DateOnly campusAnnounced, DateOnly phaseStart, DateOnly baseline)
    {
        var announced = phaseStart.AddDays(-random.Next(0, 240));
        announced = announced < campusAnnounced ? campusAnnounced : Min(announced, _anchor);
        var claims = new List<PlannedClaim>();
        var target = baseline;
        var undatedFirst = random.NextDouble() < 0.07;
        if (undatedFirst)
        {
            claims.Add(Claim(MilestoneDateKind.Target, null, announced, ClaimStatus.OfficialAnnouncement, null, $"“{milestone.Title}: date to be announced.”"));

            // The date comes months later, or not yet when the milestone is still well ahead.
            announced = announced.AddDays(random.Next(60, 300));
            if (announced > _anchor || (baseline > _anchor.AddDays(120) && random.NextDouble() < 0.5))
            {
                Write(milestone, claims);
                return;
            }
        }

        var moves = random.Next(1, 8);
        PartialDate? final = null;
        for (var k = 0; k <= moves && announced <= _anchor; k++)
        {
            if (k > 0)
            {
                target = random.NextDouble() < 0.8 ? target.AddDays(random.Next(15, 200)) : target.AddDays(-random.Next(10, 60));
            }

            var dated = new PartialDate(target, PrecisionBetween(announced, target));
            var status = k == 0 ? ClaimStatus.OfficialAnnouncement : PickStatus(official: 0.8);
            var reason = k == 0 ? null : V.SlipReasons[random.Next(V.SlipReasons.Length)];
            claims.Add(Claim(MilestoneDateKind.Target, dated, announced, status, reason, $"“{milestone.Title}: {Spoken(dated)}.”"));
            final = dated;

            // A move can be reported up to a month after the date it replaces has passed.
            announced = announced.AddDays(random.Next(15, 150));
            if (announced > dated.End.AddDays(30))
            {
                break;
            }
        }

        if (final is { } last && last.End < _anchor)
        {
            var roll = random.NextDouble();
            if (roll < 0.85)
            {
                WriteReached(milestone, claims, last);
            }
            else
            {
                milestone.Status = roll < 0.9 ? MilestoneStatus.Cancelled : MilestoneStatus.Planned;
            }
        }
        else if (final is { } ahead)
        {
            milestone.Status = ahead.Start.DayNumber - _anchor.DayNumber < 180 && milestone.Kind is MilestoneKind.Construction or MilestoneKind.Commissioning
                ? MilestoneStatus.InProgress
                : MilestoneStatus.Planned;
        }

        Write(milestone, claims);
    }

    private void WriteReached(Milestone milestone, List<PlannedClaim> claims, PartialDate final)
    {
        var reached = Min(final.Start.AddDays(random.Next(-10, 30)), _anchor);
        var reported = Min(random.NextDouble() < 0.6 ? reached : reached.AddDays(random.Next(1, 21)), _anchor);
        var first = Claim(MilestoneDateKind.Reached, new PartialDate(reached, DatePrecision.Day), reported, ClaimStatus.OfficialAnnouncement, null,
            string.Create(CultureInfo.InvariantCulture, $"“{milestone.Title} was completed on {reached:d MMMM yyyy}.”"));
        claims.Add(first);
        var later = reported.AddDays(random.Next(5, 60));
        var roll = random.NextDouble();
        if (later > _anchor || roll >= 0.04)
        {
            return;
        }

        // A few reached dates are corrected (the day was misreported) or retracted (it was not reached after all).
        var corrected = roll < 0.03 ? Min(reached.AddDays(random.Next(1, 10)), later) : (DateOnly?)null;
        var fix = Claim(MilestoneDateKind.Reached, corrected is { } day ? new PartialDate(day, DatePrecision.Day) : null, later, ClaimStatus.OfficialAnnouncement,
            corrected is null ? "Not reached after all: the works were stopped." : "The first report gave the wrong day.",
            corrected is { } d ? string.Create(CultureInfo.InvariantCulture, $"“{milestone.Title} was in fact completed on {d:d MMMM yyyy}.”") : $"“{milestone.Title} is not complete.”");
        claims.Add(fix with { CorrectsPrevious = corrected is not null });
    }

    /// <summary>A claim to write, with its sources; <see cref="CorrectsPrevious"/> when it corrects the claim written just before it.</summary>
    private sealed record PlannedClaim(MilestoneDateRevision Claim, List<Cited> Cited, bool CorrectsPrevious = false);

    private PlannedClaim Claim(MilestoneDateKind kind, PartialDate? date, DateOnly reportedOn, ClaimStatus status, string? reason, string words) =>
        new(new MilestoneDateRevision { Kind = kind, Target = date, AnnouncedOn = Day(reportedOn), Status = status, Reason = reason }, Cite(reportedOn, words));

    /// <summary>The milestone, its first claim, each later claim moving its version, and its recorded status last.</summary>
    private void Write(Milestone milestone, List<PlannedClaim> claims)
    {
        milestone.IsArchived = random.NextDouble() < 0.02;
        milestone.Version = claims.Count - 1 + (milestone.Status == MilestoneStatus.Planned ? 0 : 1);
        var first = claims[0].Claim;
        var id = writer.Milestone(milestone, _slug, first, claims[0].Cited, Moment(first.KnownFrom), _editor);
        for (var k = 1; k < claims.Count; k++)
        {
            var (claim, cited, correctsPrevious) = claims[k];
            claim.MilestoneId = id;

            // The id of the claim it corrects is known only once that one is written.
            claim.CorrectsRevisionId = correctsPrevious ? claims[k - 1].Claim.Id : null;
            writer.DateClaim(_slug, milestone.Title, claim, cited, k, Moment(claim.KnownFrom), _editor);
        }

        if (milestone.Status != MilestoneStatus.Planned)
        {
            var at = claims[^1].Claim.KnownFrom;
            writer.Audit(Moment(at), _editor, "Milestone", id, _slug, "Updated", milestone.Title,
                [new("Status", nameof(MilestoneStatus.Planned), milestone.Status.ToString())], null, milestone.Version);
        }
    }

    /// <summary>Loose when the date is far from the announcement ("2028", "H2 2027", "Q3 2027"), exact when it is near.</summary>
    private DatePrecision PrecisionBetween(DateOnly announced, DateOnly target)
    {
        var yearsAway = (target.DayNumber - announced.DayNumber) / 365.0;
        var roll = random.NextDouble();
        return yearsAway switch
        {
            > 2 => roll < 0.35 ? DatePrecision.Year : roll < 0.5 ? DatePrecision.HalfYear : roll < 0.8 ? DatePrecision.Quarter : DatePrecision.Month,
            > 0.75 => roll < 0.1 ? DatePrecision.Year : roll < 0.2 ? DatePrecision.HalfYear : roll < 0.45 ? DatePrecision.Quarter : roll < 0.85 ? DatePrecision.Month : DatePrecision.Day,
            _ => roll < 0.15 ? DatePrecision.Quarter : roll < 0.55 ? DatePrecision.Month : DatePrecision.Day,
        };
    }

    private static string Spoken(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Quarter => $"Q{date.Quarter} {date.Start.Year}",
        DatePrecision.HalfYear => $"H{date.Half} {date.Start.Year}",
        _ => $"in {date.Start.Year}",
    };
}
