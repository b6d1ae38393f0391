using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Timeline;

namespace Sesterce.Tracker.Web.Features.Timeline;

/// <summary>Which milestones to show; an empty set means no restriction on that dimension.</summary>
public sealed record TimelineFilter(IReadOnlySet<string> Phases, IReadOnlySet<MilestoneKind> Kinds, IReadOnlySet<MilestoneState> States)
{
    public static TimelineFilter None { get; } = new(new HashSet<string>(), new HashSet<MilestoneKind>(), new HashSet<MilestoneState>());

    public bool IsEmpty => Phases.Count == 0 && Kinds.Count == 0 && States.Count == 0;

    public bool Matches(TimelineMilestone item) =>
        (Phases.Count == 0 || (item.Milestone.PhaseName is { } phase && Phases.Contains(phase)))
        && (Kinds.Count == 0 || Kinds.Contains(item.Milestone.Kind))
        && (States.Count == 0 || States.Contains(item.Milestone.State));

    /// <summary>The campuses with only matching milestones; phase bars stay unless phases are filtered.</summary>
    public IReadOnlyList<CampusTimeline> Apply(IEnumerable<CampusTimeline> campuses) =>
        [.. campuses.Select(c => c with
        {
            Milestones = [.. c.Milestones.Where(Matches)],
            Phases = Phases.Count == 0 ? c.Phases : [.. c.Phases.Where(p => Phases.Contains(p.Name))],
            UndatedPhases = Phases.Count == 0 ? c.UndatedPhases : [.. c.UndatedPhases.Where(Phases.Contains)],
        })];
}
