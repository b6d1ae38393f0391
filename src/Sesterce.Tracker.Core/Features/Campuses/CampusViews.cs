using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Campuses;

public sealed record CampusSummary(string Slug, string Name, string Operator, string Commune, string Country, DateOnly? FirstKnownOn);

public sealed record PersonView(string Name, string Role);

public sealed record PhaseView(string Name, int Order, decimal? TargetCapacityMw, PartialDate? TargetDate, PartialDate AnnouncedOn);

/// <summary>A campus as known on a date. <see cref="FirstKnownOn"/> is when anything about it first became known.</summary>
public sealed record CampusDetail(
    string Slug,
    string Name,
    string Operator,
    string Commune,
    string? BusinessPark,
    string Region,
    string Country,
    IReadOnlyList<string> Purposes,
    string Description,
    IReadOnlyList<PersonView> People,
    IReadOnlyList<PhaseView> Phases,
    DateOnly? FirstKnownOn);
