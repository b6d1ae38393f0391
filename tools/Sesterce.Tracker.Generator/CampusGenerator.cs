using System.Globalization;
using Sesterce.Tracker.Core.Domain;
using V = Sesterce.Tracker.Generator.PortfolioVocabulary;

namespace Sesterce.Tracker.Generator;

/// <summary>
/// Invents one campus with its history: when it was announced, its phases, its figures' ledgers and
/// its milestones' target dates, each revision citing a source with its words. Every choice comes
/// from the one seeded <see cref="Random"/>, so the same seed writes the same portfolio.
/// </summary>
internal sealed partial class CampusGenerator(Random random, PortfolioWriter writer, GenerationOptions options)
{
    private readonly DateOnly _anchor = options.Anchor;
    private readonly List<(int Id, DateOnly PublishedOn)> _sources = [];
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

    private List<(int Id, string Name, DateOnly From, DateOnly To)> WritePhases(int campusId, DateOnly announced, decimal finalMw)
    {
        var count = random.Next(2, 5);
        var phases = new List<(int, string, DateOnly, DateOnly)>();
        var start = announced;
        for (var i = 1; i <= count; i++)
        {
            var end = start.AddDays(random.Next(400, 900));
            var capacity = Math.Round(finalMw * i / count);
            var phaseAnnounced = i == 1 ? announced : start.AddDays(-random.Next(30, 300));
            var name = $"Phase {i}";
            var id = writer.Phase(campusId, _slug, name, i, capacity, new PartialDate(end, PickPrecision(end)), Day(phaseAnnounced), Moment(phaseAnnounced), _editor);
            phases.Add((id, name, start, end));
            start = end;
        }

        return phases;
    }

    /// <summary>A source published on <paramref name="on"/> (a new one about a third of the time, else the latest already cited).</summary>
    private int SourceOn(DateOnly on, string excerpt)
    {
        if (_sources.Count > 0 && _sources[^1].PublishedOn <= on && random.NextDouble() < 0.65)
        {
            return _sources[^1].Id;
        }

        var publisher = V.Publishers[random.Next(V.Publishers.Length)];
        var title = $"{V.SourceKinds[random.Next(V.SourceKinds.Length)]}: {_name}";
        var id = writer.Source(title, publisher, on, _place.Language, excerpt, Moment(on), _editor);
        _sources.Add((id, on));
        return id;
    }

    private DatePrecision PickPrecision(DateOnly target)
    {
        // Far targets are stated loosely ("2028", "Q3 2027"), near ones to the month or day.
        var yearsAway = (target.DayNumber - _anchor.DayNumber) / 365.0;
        var roll = random.NextDouble();
        return yearsAway switch
        {
            > 2 => roll < 0.5 ? DatePrecision.Year : roll < 0.85 ? DatePrecision.Quarter : DatePrecision.Month,
            > 0.5 => roll < 0.1 ? DatePrecision.Year : roll < 0.45 ? DatePrecision.Quarter : roll < 0.85 ? DatePrecision.Month : DatePrecision.Day,
            _ => roll < 0.2 ? DatePrecision.Quarter : roll < 0.6 ? DatePrecision.Month : DatePrecision.Day,
        };
    }

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
