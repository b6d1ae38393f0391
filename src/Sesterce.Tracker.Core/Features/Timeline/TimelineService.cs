using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Features.Timeline;

/// <summary>Phase bars and milestone markers of one campus, or of a page of the portfolio, as known on a date.</summary>
public sealed class TimelineService(CampusService campuses, MilestoneService milestones, TrackerClock clock)
{
    public const int PortfolioPageSize = 25;

    public async Task<TimelineView?> GetCampusAsync(string slug, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        var campus = await BuildAsync(slug, day, cancellationToken);
        return campus is null ? null : new TimelineView(day, day == clock.Today, [campus]);
    }

    /// <summary>Campuses in name order, one page at a time, so a large portfolio never loads whole.</summary>
    public async Task<(TimelineView View, int Total)> GetPortfolioAsync(DateOnly? asOf = null, int page = 0, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        var (shown, total) = await campuses.PageAsync(page, PortfolioPageSize, cancellationToken);
        var result = new List<CampusTimeline>();
        foreach (var summary in shown)
        {
            if (await BuildAsync(summary.Slug, day, cancellationToken) is { } timeline)
            {
                result.Add(timeline);
            }
        }

        return (new TimelineView(day, day == clock.Today, result), total);
    }

    private async Task<CampusTimeline?> BuildAsync(string slug, DateOnly day, CancellationToken cancellationToken)
    {
        var campus = await campuses.GetAsync(slug, day, cancellationToken);
        var list = await milestones.GetMilestonesAsync(slug, day, cancellationToken);
        if (campus is null || list is null)
        {
            return null;
        }

        var bars = new List<PhaseBar>();
        var start = campus.FirstKnownOn ?? day;
        foreach (var phase in campus.Phases.Where(p => p.TargetDate is not null).OrderBy(p => p.Order))
        {
            var target = phase.TargetDate!.Value;
            var barStart = start <= target.Start ? start : target.Start;
            bars.Add(new PhaseBar(phase.Name, phase.Order, phase.TargetCapacityMw, barStart, target));
            start = target.End.AddDays(1);
        }

        var markers = list
            .Select(m => new TimelineMilestone(m, m.Baseline is { } baseline && (m.ActualDate ?? m.Target) is { } current ? Slip.Between(baseline, current) : null))
            .ToList();
        return new CampusTimeline(campus.Slug, campus.Name, campus.FirstKnownOn, bars, markers);
    }
}
