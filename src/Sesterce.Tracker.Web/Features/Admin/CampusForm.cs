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

    public string? DescriptionFr { get; set; }

    public string? BusinessParkFr { get; set; }

    /// <summary>The purposes in French, one per line, in the order of <see cref="Purposes"/>.</summary>
    public string? PurposesFr { get; set; }

    /// <summary>The people's roles in French, one per line, in the order of <see cref="People"/>.</summary>
    public string? RolesFr { get; set; }

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
            DescriptionFr = v.DescriptionFr,
            BusinessParkFr = v.BusinessParkFr,
            PurposesFr = string.Join('\n', v.PurposesFr ?? []),
            RolesFr = string.Join('\n', v.People.Select(p => p.RoleFr ?? "")),
        };
    }

    public CampusInput ToInput()
    {
        // Blank lines among the French roles keep their place: a person without a French role shows the English one.
        var rolesFr = (RolesFr ?? "").Split('\n', StringSplitOptions.TrimEntries);
        var people = Lines(People).Select(ParsePerson).Select((p, i) => p with { RoleFr = i < rolesFr.Length && rolesFr[i].Length > 0 ? rolesFr[i] : null });
        return new(Name, Operator, Commune, BusinessPark, Region, Country, Description, Lines(Purposes), [.. people], DescriptionFr, Lines(PurposesFr), BusinessParkFr);
    }

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
