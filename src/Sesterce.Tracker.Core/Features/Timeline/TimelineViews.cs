using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Risks;

namespace Sesterce.Tracker.Core.Features.Timeline;

/// <summary>A phase drawn as a bar from <see cref="Start"/> to the end of its target period.</summary>
public sealed record PhaseBar(string Name, int Order, decimal? TargetCapacityMw, DateOnly Start, PartialDate Target);

/// <summary>A milestone on the timeline with its slip against the baseline (null when nothing to compare).</summary>
public sealed record TimelineMilestone(MilestoneSummary Milestone, Slip? SlipFromBaseline)
{
    /// <summary>Where the marker sits: the actual date once reached, else the current target.</summary>
    public PartialDate? Position => Milestone.KeyDate;
}

/// <summary>
/// One standing assessment of a risk known on the view's day, drawn at its reported-on date on the
/// lanes of the milestones the risk concerns (<see cref="RiskView.Concerns"/>). A risk event is
/// never an achievement, whatever its state: it is drawn as a warning, never as a reached milestone.
/// </summary>
public sealed record TimelineRiskEvent(int RiskId, string Title, RiskAssessmentView Assessment, IReadOnlyList<int> MilestoneIds)
{
    public PartialDate Position => Assessment.AnnouncedOn;
}

public sealed record CampusTimeline(string Slug, string Name, DateOnly? FirstKnownOn, IReadOnlyList<PhaseBar> Phases, IReadOnlyList<TimelineMilestone> Milestones)
{
    /// <summary>Milestones with no date known yet: listed beside the chart, which has nowhere to draw them.</summary>
    public IEnumerable<TimelineMilestone> Undated => Milestones.Where(m => m.Position is null);

    /// <summary>Phases known but without an end date yet.</summary>
    public IReadOnlyList<string> UndatedPhases { get; init; } = [];

    /// <summary>The risk assessments known on the day, in date order, each on the lanes of the milestones its risk concerns.</summary>
    public IReadOnlyList<TimelineRiskEvent> RiskEvents { get; init; } = [];

    /// <summary>The risk events drawn on a milestone's lane.</summary>
    public IEnumerable<TimelineRiskEvent> RiskEventsOn(int milestoneId) => RiskEvents.Where(e => e.MilestoneIds.Contains(milestoneId));
}

/// <summary>One or several campuses on one time axis as known on <see cref="AsOf"/>.</summary>
public sealed record TimelineView(DateOnly AsOf, bool IsToday, IReadOnlyList<CampusTimeline> Campuses)
{
    /// <summary>How many campuses the portfolio holds in all, of which <see cref="Campuses"/> is one page.</summary>
    public int Total { get; init; } = Campuses.Count;

    /// <summary>The span that holds every bar, marker and the as-of line.</summary>
    public (DateOnly Start, DateOnly End) Extent()
    {
        var dates = new List<DateOnly> { AsOf };
        foreach (var campus in Campuses)
        {
            dates.AddRange(campus.Phases.SelectMany(p => new[] { p.Start, p.Target.End }));
            foreach (var m in campus.Milestones)
            {
                dates.AddRange(new[] { m.Milestone.Baseline, m.Milestone.TargetDate, m.Milestone.ActualDate, m.Milestone.TargetChallenger?.Date }
                    .OfType<PartialDate>()
                    .SelectMany(d => new[] { d.Start, d.End }));
            }

            dates.AddRange(campus.RiskEvents.SelectMany(e => new[] { e.Position.Start, e.Position.End }));
        }

        return (dates.Min(), dates.Max());
    }
}
