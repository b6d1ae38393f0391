using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Features.Timeline;

/// <summary>Phase bars and milestone markers of one campus, or of a page of the portfolio, as known on a date.</summary>
public sealed class TimelineService(IDbContextFactory<TrackerDbContext> contextFactory, TrackerClock clock)
{
    public const int PortfolioPageSize = 25;

    public async Task<ReadResult<TimelineView>> GetCampusAsync(string slug, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var campuses = await BuildAsync(db, db.Campuses.Where(c => c.Slug == slug).Take(1), day, cancellationToken);
        return campuses.Count == 0 ? ReadResult.NotFound<TimelineView>() : ReadResult.Found(new TimelineView(day, day == clock.Today, campuses));
    }

    /// <summary>Campuses in name order, one page at a time, so a large portfolio never loads whole.</summary>
    public async Task<(TimelineView View, int Total)> GetPortfolioAsync(DateOnly? asOf = null, int page = 0, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var total = await db.Campuses.CountAsync(cancellationToken);
        var shown = db.Campuses.OrderBy(c => c.Name).ThenBy(c => c.Id).Skip(Math.Max(page, 0) * PortfolioPageSize).Take(PortfolioPageSize);
        return (new TimelineView(day, day == clock.Today, await BuildAsync(db, shown, day, cancellationToken)), total);
    }

    /// <summary>The timelines of a page of campuses in four statements whatever the page size: campuses, milestones, their dates.</summary>
    private async Task<IReadOnlyList<CampusTimeline>> BuildAsync(TrackerDbContext db, IQueryable<Campus> campuses, DateOnly day, CancellationToken cancellationToken)
    {
        var details = await CampusService.DetailsAsync(db, campuses, day, day >= clock.Today, cancellationToken);
        return [.. details.Select(d => Build(d.Detail, d.Milestones, day))];
    }

    private static CampusTimeline Build(CampusDetail campus, IReadOnlyList<MilestoneSummary> list, DateOnly day)
    {
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
            .Select(m => new TimelineMilestone(m, m.Slip))
            .ToList();
        return new CampusTimeline(campus.Slug, campus.Name, campus.FirstKnownOn, bars, markers)
        {
            UndatedPhases = [.. campus.Phases.Where(p => p.TargetDate is null).OrderBy(p => p.Order).Select(p => p.Name)],
        };
    }
}
