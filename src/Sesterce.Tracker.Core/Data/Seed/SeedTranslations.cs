using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Data.Seed;

/// <summary>Matches stored records to the seed's texts and fills in the seed's French where the English is still the seed's own.</summary>
internal static class SeedTranslations
{
    public static int Fill(Campus campus, SeedCampus seed)
    {
        var filled = Fill(campus.Description, campus.DescriptionFr, seed.Description, seed.DescriptionFr, fr => campus.DescriptionFr = fr)
            + Fill(campus.BusinessPark, campus.BusinessParkFr, seed.BusinessPark, seed.BusinessParkFr, fr => campus.BusinessParkFr = fr);
        if (campus.PurposesFr.Count == 0 && seed.PurposesFr is { Count: > 0 } purposesFr && campus.Purposes.SequenceEqual(seed.Purposes, StringComparer.Ordinal))
        {
            campus.PurposesFr = [.. purposesFr];
            filled++;
        }

        foreach (var person in campus.People)
        {
            var match = seed.People.FirstOrDefault(p => p.Name == person.Name && p.Role == person.Role);
            filled += Fill(person.Role, person.RoleFr, match?.Role, match?.RoleFr, fr => person.RoleFr = fr);
        }

        foreach (var phase in campus.Phases)
        {
            var match = seed.Phases.FirstOrDefault(p => p.Name == phase.Name);
            filled += Fill(phase.Name, phase.NameFr, match?.Name, match?.NameFr, fr => phase.NameFr = fr);
        }

        foreach (var milestone in campus.Milestones)
        {
            var match = seed.Milestones.FirstOrDefault(m => m.Title == milestone.Title);
            filled += Fill(milestone.Title, milestone.TitleFr, match?.Title, match?.TitleFr, fr => milestone.TitleFr = fr);
        }

        foreach (var figure in campus.Figures)
        {
            var match = seed.Figures.FirstOrDefault(f => f.Key == figure.Key);
            filled += Fill(figure.Name, figure.NameFr, match?.Name, match?.NameFr, fr => figure.NameFr = fr);
        }

        return filled;
    }

    /// <summary>Sets the French when the stored text is exactly the seed's and has none yet; 1 when it did.</summary>
    public static int Fill(string? stored, string? storedFr, string? seed, string? seedFr, Action<string> setFr)
    {
        if (stored is null || seedFr is null || !string.IsNullOrEmpty(storedFr) || !string.Equals(stored, seed, StringComparison.Ordinal))
        {
            return 0;
        }

        setFr(seedFr);
        return 1;
    }
}
