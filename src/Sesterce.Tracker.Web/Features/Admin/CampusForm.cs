using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>What the campus details form edits, at the version it was loaded; purposes and people are one per line.</summary>
public sealed class CampusForm
{
    public int Version { get; set; }

    public string? Name { get; set; }

    public string? Operator { get; set; }

    public string? Commune { get; set; }

    public string? BusinessPark { get; set; }

    public string? Region { get; set; }

    public string? Country { get; set; }

    public string? Description { get; set; }

    public string? Purposes { get; set; }

    /// <summary>"Name — Role" per line (an em dash, a plain dash or a comma separates them).</summary>
    public string? People { get; set; }

    public static CampusForm From(CampusEdit edit)
    {
        var v = edit.Values;
        return new()
        {
            Version = edit.Version,
            Name = v.Name,
            Operator = v.Operator,
            Commune = v.Commune,
            BusinessPark = v.BusinessPark,
            Region = v.Region,
            Country = v.Country,
            Description = v.Description,
            Purposes = string.Join('\n', v.Purposes),
            People = string.Join('\n', v.People.Select(p => $"{p.Name} — {p.Role}")),
        };
    }

    public CampusInput ToInput() =>
        new(Name, Operator, Commune, BusinessPark, Region, Country, Description, Lines(Purposes), [.. Lines(People).Select(ParsePerson)]);

    private static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static PersonInput ParsePerson(string line)
    {
        foreach (var separator in new[] { " — ", " - ", "," })
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return new PersonInput(line[..at].Trim(), line[(at + separator.Length)..].Trim());
            }
        }

        return new PersonInput(line.Trim(), null);
    }
}
