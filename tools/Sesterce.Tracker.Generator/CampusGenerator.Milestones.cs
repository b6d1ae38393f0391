using Sesterce.Tracker.Core.Domain;
using V = Sesterce.Tracker.Generator.PortfolioVocabulary;

namespace Sesterce.Tracker.Generator;

internal sealed partial class CampusGenerator
{
    private void WriteMilestones(int campusId, DateOnly campusAnnounced, List<(int Id, string Name, DateOnly From, DateOnly To)> phases)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        for (var m = 0; m < options.MilestonesPerCampus; m++)
        {
            var phase = phases[m * phases.Count / options.MilestonesPerCampus];
            var template = V.MilestoneTemplates[m % V.MilestoneTemplates.Length];
            var title = $"{template.Title} – {phase.Name}";
            for (var n = 2; !titles.Add(title); n++)
            {
                title = $"{template.Title} – {phase.Name} ({n})";
            }

            var baseline = phase.From.AddDays((int)((phase.To.DayNumber - phase.From.DayNumber) * template.At) + random.Next(-20, 21));
            WriteMilestone(campusId, phase.Id, title, template.Kind, campusAnnounced, phase.From, baseline);
        }
    }

    /// <summary>
    /// The baseline, then up to seven moves, each announced after the previous one and before the
    /// date it moves; most slip later, some come earlier, and dates get finer as they approach.
    /// </summary>
    private void WriteMilestone(int campusId, int phaseId, string title, MilestoneKind kind, DateOnly campusAnnounced, DateOnly phaseStart, DateOnly baseline)
    {
        var announced = phaseStart.AddDays(-random.Next(0, 240));
        if (announced < campusAnnounced)
        {
            announced = campusAnnounced;
        }

        if (announced > _anchor)
        {
            announced = _anchor;
        }

        var revisions = new List<MilestoneDateRevision>();
        var target = baseline;
        var moves = random.Next(1, 8);
        for (var k = 0; k <= moves && announced <= _anchor; k++)
        {
            if (k > 0)
            {
                target = random.NextDouble() < 0.8 ? target.AddDays(random.Next(15, 200)) : target.AddDays(-random.Next(10, 60));
            }

            var precision = PrecisionBetween(announced, target);
            var dated = new PartialDate(target, precision);
            var revision = new MilestoneDateRevision
            {
                AnnouncedOn = new PartialDate(announced, DatePrecision.Day),
                Target = dated,
                Reason = k == 0 ? null : V.SlipReasons[random.Next(V.SlipReasons.Length)],
                Quote = $"“{title}: {Spoken(dated)}.”",
            };
            revision.SourceId = SourceOn(announced, revision.Quote);
            revisions.Add(revision);
            // A move can be announced up to a month after the date it replaces has passed.
            announced = announced.AddDays(random.Next(15, 150));
            if (announced > dated.End.AddDays(30))
            {
                break;
            }
        }

        var final = revisions[^1].Target;
        var milestone = new Milestone { CampusId = campusId, PhaseId = phaseId, Title = title, Kind = kind, Description = $"{title} at {_name}." };
        if (final.End < _anchor)
        {
            var roll = random.NextDouble();
            if (roll < 0.85)
            {
                var reached = final.Start.AddDays(random.Next(-10, 30));
                reached = reached > _anchor ? _anchor : reached;
                milestone.Status = MilestoneStatus.Achieved;
                milestone.ActualDate = new PartialDate(reached, DatePrecision.Day);
                milestone.ActualQuote = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"“{title} was completed on {reached:d MMMM yyyy}.”");
                milestone.ActualSourceId = SourceOn(reached, milestone.ActualQuote);
            }
            else
            {
                milestone.Status = roll < 0.9 ? MilestoneStatus.Cancelled : MilestoneStatus.Planned;
            }
        }
        else
        {
            milestone.Status = final.Start.DayNumber - _anchor.DayNumber < 180 && kind is MilestoneKind.Construction or MilestoneKind.Commissioning
                ? MilestoneStatus.InProgress
                : MilestoneStatus.Planned;
        }

        milestone.IsArchived = random.NextDouble() < 0.02;
        milestone.Version = revisions.Count - 1 + (milestone.Status == MilestoneStatus.Planned ? 0 : 1);
        var created = revisions[0].AnnouncedOnStart;
        var id = writer.Milestone(milestone, _slug, Moment(created), _editor);
        PartialDate? previous = null;
        for (var k = 0; k < revisions.Count; k++)
        {
            writer.DateRevision(id, _slug, title, revisions[k], previous, k, Moment(revisions[k].KnownFrom), _editor);
            previous = revisions[k].Target;
        }

        if (milestone.Status != MilestoneStatus.Planned)
        {
            var at = milestone.ActualDate?.End ?? final.End;
            writer.Audit(Moment(at), _editor, "Milestone", id, _slug, "Updated", title,
                [new("Status", nameof(MilestoneStatus.Planned), milestone.Status.ToString()), new("ActualDate", null, milestone.ActualDate?.ToString())], null, milestone.Version);
        }
    }

    /// <summary>Loose when the date is far from the announcement ("2028", "Q3 2027"), exact when it is near.</summary>
    private DatePrecision PrecisionBetween(DateOnly announced, DateOnly target)
    {
        var yearsAway = (target.DayNumber - announced.DayNumber) / 365.0;
        var roll = random.NextDouble();
        return yearsAway switch
        {
            > 2 => roll < 0.4 ? DatePrecision.Year : roll < 0.8 ? DatePrecision.Quarter : DatePrecision.Month,
            > 0.75 => roll < 0.1 ? DatePrecision.Year : roll < 0.45 ? DatePrecision.Quarter : roll < 0.85 ? DatePrecision.Month : DatePrecision.Day,
            _ => roll < 0.15 ? DatePrecision.Quarter : roll < 0.55 ? DatePrecision.Month : DatePrecision.Day,
        };
    }

    private static string Spoken(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Start.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Quarter => $"Q{date.Quarter} {date.Start.Year}",
        _ => $"in {date.Start.Year}",
    };
}
