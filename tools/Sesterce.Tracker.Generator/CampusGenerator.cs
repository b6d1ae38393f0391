using System.Globalization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using V = Sesterce.Tracker.Generator.PortfolioVocabulary;

namespace Sesterce.Tracker.Generator;

/// <summary>
/// Invents one campus with its history as claims: when it was announced, its phases' plans and
/// re-plans, its figures' ledgers, its milestones' target and reached dates (some undated for a
/// while, some moved by a press report or an internal estimate), each claim citing one or more
/// sources with their words. Every choice comes from the one seeded <see cref="Random"/>, so the
/// same seed writes the same portfolio.
/// </summary>
internal sealed partial class CampusGenerator(Random random, PortfolioWriter writer, GenerationOptions options)
{
    private readonly DateOnly _anchor = options.Anchor;
    private readonly List<(int Id, PartialDate Published)> _sources = [];
    private string _slug = "";
    private string _name = "";
    private V.Place _place = V.Places[0];
    private string _editor = "";

    public void Write(int index, Dictionary<string, int> slugsTaken)
    {
        _sources.Clear();
        _place = V.Places[random.Next(V.Places.Length)];
        var @operator = V.Operators[random.Next(V.Operators.Length)];
        var kind = V.CampusKinds[random.Next(V.CampusKinds.Length)];
        var baseSlug = Slugify(_place.Commune);
        var taken = slugsTaken.GetValueOrDefault(baseSlug);
        slugsTaken[baseSlug] = taken + 1;
        _slug = taken == 0 ? baseSlug : $"{baseSlug}-{taken + 1}";
        _name = taken == 0 ? $"{_place.Commune} {kind}" : $"{_place.Commune} {kind} {taken + 1}";
        _editor = V.Editors[index % V.Editors.Length];

        // Announced three to seven years before the anchor; fully built two to five years after announcement.
        var announced = _anchor.AddDays(-random.Next(3 * 365, 7 * 365));
        var finalMw = (decimal)(20 + (random.Next(0, 29) * 10));
        var purposes = V.Purposes.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        var description = $"{@operator} builds a {finalMw.ToString(CultureInfo.InvariantCulture)} MW campus at {_place.Commune} ({_place.Region}) for {string.Join(", ", purposes).ToLowerInvariant()}.";
        var campusId = writer.Campus(_slug, _name, @operator, _place, purposes, description, Moment(announced), _editor);
        for (var p = 0; p < 2; p++)
        {
            var person = $"{V.FirstNames[random.Next(V.FirstNames.Length)]} {V.LastNames[random.Next(V.LastNames.Length)]}";
            writer.Person(campusId, person, V.PersonRoles[random.Next(V.PersonRoles.Length)], p);
        }

        var phases = WritePhases(campusId, announced, finalMw);
        WriteFigures(campusId, announced, finalMw);
        WriteMilestones(campusId, announced, phases);
    }

    /// <summary>A phase as the milestones need it: its id and name, the span it covers, and the milestone that ends it.</summary>
    private sealed record PhaseSpan(int Id, string Name, DateOnly From, DateOnly To);

    /// <summary>
    /// Two to four phases, each announced with a first plan (date and capacity; now and then the
    /// capacity alone), then re-planned up to twice: most re-plans are official, some a press report
    /// or an internal estimate that does not replace the official plan, a few correct the plan before.
    /// </summary>
    private List<PhaseSpan> WritePhases(int campusId, DateOnly announced, decimal finalMw)
    {
        var count = random.Next(2, 5);
        var phases = new List<PhaseSpan>();
        var start = announced;
        for (var i = 1; i <= count; i++)
        {
            var end = start.AddDays(random.Next(400, 900));
            var capacity = Math.Round(finalMw * i / count);
            var phaseAnnounced = Min(i == 1 ? announced : start.AddDays(-random.Next(30, 300)), _anchor);
            var name = $"Phase {i}";
            var target = new PartialDate(end, PrecisionBetween(phaseAnnounced, end));
            var dated = random.NextDouble() >= 0.1;
            var plan = new PhasePlanRevision
            {
                Target = dated ? target : null,
                CapacityMw = capacity,
                AnnouncedOn = Day(phaseAnnounced),
                Status = ClaimStatus.OfficialAnnouncement,
            };
            var words = dated
                ? string.Create(CultureInfo.InvariantCulture, $"{name} of {_name}: {capacity} MW by {Spoken(target)}.")
                : string.Create(CultureInfo.InvariantCulture, $"{name} of {_name}: {capacity} MW, date to be set.");
            var id = writer.Phase(campusId, _slug, name, i, Day(phaseAnnounced), plan, Cite(phaseAnnounced, words), Moment(phaseAnnounced), _editor);
            WriteReplans(id, name, plan, phaseAnnounced, end);
            phases.Add(new PhaseSpan(id, name, start, end));
            start = end;
        }

        return phases;
    }

    private void WriteReplans(int phaseId, string name, PhasePlanRevision first, DateOnly announced, DateOnly end)
    {
        var previous = first;
        var on = announced;
        for (var k = random.Next(0, 3); k > 0; k--)
        {
            on = on.AddDays(random.Next(60, 400));
            if (on > _anchor || on > end)
            {
                return;
            }

            var corrects = random.NextDouble() < 0.08;
            var moved = (previous.Target ?? new PartialDate(end, DatePrecision.Quarter)).Start.AddDays(random.NextDouble() < 0.8 ? random.Next(30, 240) : -random.Next(20, 90));
            var plan = new PhasePlanRevision
            {
                PhaseId = phaseId,
                Target = new PartialDate(moved, PrecisionBetween(on, moved)),
                CapacityMw = random.NextDouble() < 0.3 ? Math.Round((previous.CapacityMw ?? 10) * (decimal)(1 + (random.NextDouble() * 0.4)), 0) : previous.CapacityMw,
                AnnouncedOn = Day(on),
                Status = corrects ? previous.Status : PickStatus(official: 0.7),
                Note = corrects ? "Corrects the plan misreported the first time." : V.SlipReasons[random.Next(V.SlipReasons.Length)],
                CorrectsRevisionId = corrects ? previous.Id : null,
            };
            var words = string.Create(CultureInfo.InvariantCulture, $"{name} of {_name}: {plan.CapacityMw} MW by {Spoken(plan.Target!.Value)}.");
            writer.Plan(_slug, name, plan, Cite(on, words), Moment(on), _editor);

            // A correction replaces its plan; a re-plan of lower status stands beside the official one.
            if (corrects || ClaimRules.IsAuthoritative(plan.Status))
            {
                previous = plan;
            }
        }
    }

    /// <summary>Mostly official; else a press report or, less often, an internal estimate; now and then an approved figure.</summary>
    private ClaimStatus PickStatus(double official) => random.NextDouble() switch
    {
        var r when r < official => ClaimStatus.OfficialAnnouncement,
        var r when r < official + ((1 - official) * 0.55) => ClaimStatus.PressReport,
        var r when r < official + ((1 - official) * 0.9) => ClaimStatus.InternalEstimate,
        _ => ClaimStatus.Approved,
    };

    /// <summary>
    /// The sources of a claim made known on <paramref name="on"/>: one, or (about one claim in seven)
    /// a second article confirming it, rarely a third. Every source was published by then.
    /// </summary>
    private List<Cited> Cite(DateOnly on, string words)
    {
        var cited = new List<Cited> { new(SourceOn(on, words), words) };
        for (var extra = random.NextDouble() switch { < 0.03 => 2, < 0.15 => 1, _ => 0 }; extra > 0; extra--)
        {
            var earlier = _sources.Where(s => s.Published.Start <= on && cited.All(c => c.SourceId != s.Id)).ToList();
            var id = earlier.Count > 0 && random.NextDouble() < 0.7 ? earlier[random.Next(earlier.Count)].Id : NewSource(on, words);
            if (cited.All(c => c.SourceId != id))
            {
                cited.Add(new Cited(id, $"Confirmed: {words}"));
            }
        }

        return cited;
    }

    /// <summary>A source published on <paramref name="on"/> (a new one about a third of the time, else the latest already cited).</summary>
    private int SourceOn(DateOnly on, string excerpt) =>
        _sources.Count > 0 && _sources[^1].Published.Start <= on && random.NextDouble() < 0.65 ? _sources[^1].Id : NewSource(on, excerpt);

    /// <summary>A new source; one in ten is known by its month only ("published in July 2025"), never after <paramref name="on"/>.</summary>
    private int NewSource(DateOnly on, string excerpt)
    {
        var publisher = V.Publishers[random.Next(V.Publishers.Length)];
        var title = $"{V.SourceKinds[random.Next(V.SourceKinds.Length)]}: {_name}";
        var published = new PartialDate(on, random.NextDouble() < 0.1 ? DatePrecision.Month : DatePrecision.Day);
        var id = writer.Source(title, publisher, published, _place.Language, excerpt, Moment(on), _editor);
        _sources.Add((id, published));
        return id;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a <= b ? a : b;

    private static PartialDate Day(DateOnly day) => new(day, DatePrecision.Day);

    /// <summary>Records are entered in the morning after the news, by the campus's editor.</summary>
    private DateTimeOffset Moment(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero).AddMinutes(random.Next(0, 600));

    private static string Slugify(string text)
    {
        var plain = new string([.. text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
        var slug = SlugPattern().Replace(plain.ToLowerInvariant().Replace("œ", "oe", StringComparison.Ordinal), "-").Trim('-');
        return slug.Length == 0 ? "campus" : slug;
    }

    [System.Text.RegularExpressions.GeneratedRegex("[^a-z0-9]+")]
    private static partial System.Text.RegularExpressions.Regex SlugPattern();
}
