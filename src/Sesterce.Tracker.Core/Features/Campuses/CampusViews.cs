using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;

namespace Sesterce.Tracker.Core.Features.Campuses;

public sealed record CampusSummary(string Slug, string Name, string Operator, string Commune, string Country, DateOnly? FirstKnownOn);

public sealed record PersonView(string Name, string Role);

/// <summary>One claim about a phase's plan: its target date and the cumulative capacity it brings, either possibly unknown.</summary>
public sealed record PhasePlanView(
    int Id,
    PartialDate? Target,
    decimal? CapacityMw,
    PartialDate AnnouncedOn,
    DateOnly KnownFrom,
    ClaimStatus Status,
    IReadOnlyList<CitationView> Sources,
    string? Note,
    int? CorrectsRevisionId = null,
    int? CorrectedByRevisionId = null) : IClaimView
{
    /// <summary>Who may see the claim; admins' pages show it as a chip.</summary>
    public Visibility Visibility { get; init; }
}

/// <summary>
/// A phase as known on a date. Its plan is the headline plan claim (<see cref="Plan"/>); when the
/// phase follows a commissioning milestone, its target date is that milestone's date instead
/// (<see cref="CommissioningMilestone"/>), so the two never disagree.
/// </summary>
public sealed record PhaseView(
    int Id,
    string Name,
    int Order,
    PartialDate AnnouncedOn,
    PhasePlanView? Plan,
    PhasePlanView? PlanChallenger,
    IReadOnlyList<PhasePlanView> PlanHistory,
    PhaseMilestone? CommissioningMilestone)
{
    /// <summary>Cumulative capacity with this phase, when stated.</summary>
    public decimal? TargetCapacityMw => Plan?.CapacityMw;

    /// <summary>
    /// The phase's end: its commissioning milestone's date when it follows one that has a date, else
    /// its own plan's (a milestone whose date is still to be announced does not erase the plan's).
    /// </summary>
    public PartialDate? TargetDate => CommissioningMilestone?.Date ?? Plan?.Target;
}

/// <summary>The milestone a phase follows, with the date it stands at on the view's date (null when not known yet).</summary>
public sealed record PhaseMilestone(int Id, string Title, PartialDate? Date);

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
