using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Intake;

/// <summary>A figure as the matcher sees it: its unit and name, and the headline value today.</summary>
public sealed record KnownFigure(int Id, string Key, string Name, string? NameFr, string Unit, decimal? Headline);

/// <summary>A milestone as the matcher sees it: its titles, kind and current target.</summary>
public sealed record KnownMilestone(int Id, string Title, string? TitleFr, MilestoneKind Kind, PartialDate? Target);

/// <summary>What a campus already records, small enough to build by hand in a test.</summary>
public sealed record CampusSnapshot(IReadOnlyList<KnownFigure> Figures, IReadOnlyList<KnownMilestone> Milestones);
