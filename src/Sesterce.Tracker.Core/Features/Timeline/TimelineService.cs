using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Timeline;

/// <summary>Phase bars and milestone markers of one campus, or of a page of the portfolio, as known on a date.</summary>
public sealed class TimelineService(IDbContextFactory<TrackerDbContext> contextFactory, TrackerClock clock, ICallerAccessor callers)
{
    public const int PortfolioPageSize = 25;

    public async Task<ReadResult<TimelineView>> GetCampusAsync(string slug, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var campuses = await BuildAsync(db, db.Campuses.Where(c => c.Slug == slug).OrderBy(c => c.Id).Take(1), day, cancellationToken);
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

    /// <summary>
    /// The timelines of a page of campuses in four statements whatever the page size (campuses,
    /// milestones, their dates), one more to find the campuses with risks known on the day, and the
    /// register of each of those only: most campuses of a portfolio page have none.
    /// </summary>
    private async Task<IReadOnlyList<CampusTimeline>> BuildAsync(TrackerDbContext db, IQueryable<Campus> campuses, DateOnly day, CancellationToken cancellationToken)
    {
        var filter = await callers.FilterAsync(db, cancellationToken);
        var highest = filter.Highest;
        var details = await CampusService.DetailsAsync(db, campuses, day, day >= clock.Today, filter, cancellationToken);
        var ids = details.Select(d => d.Id).ToList();
        var withRisks = await db.Risks.AsNoTracking()
            .Where(r => ids.Contains(r.CampusId) && !r.IsArchived && r.Visibility <= highest && r.Assessments.Any(a => a.KnownFrom <= day && a.Visibility <= highest))
            .Select(r => r.CampusId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var registers = new Dictionary<int, IReadOnlyList<RiskView>>();
        foreach (var id in withRisks)
        {
            registers[id] = await RiskService.ReadAsync(db, id, day, filter, cancellationToken);
        }

        return [.. details.Select(d => Build(d.Detail, d.Milestones, registers.GetValueOrDefault(d.Id, []), day))];
    }

    /// <summary>Every standing assessment of each risk that concerns at least one milestone, in reported-on order.</summary>
    internal static IReadOnlyList<TimelineRiskEvent> RiskEvents(IReadOnlyList<RiskView> risks, IReadOnlyList<MilestoneSummary> milestones) =>
        [.. risks
            .Select(r => (Risk: r, On: milestones.Where(m => r.Concerns(m.Id, m.PhaseId)).Select(m => m.Id).ToList()))
            .Where(x => x.On.Count > 0)
            .SelectMany(x => ClaimRules.Effective(x.Risk.History).Select(a => new TimelineRiskEvent(x.Risk.Id, x.Risk.Title, a, x.On)))
            .OrderBy(e => e.Position.Start)
            .ThenBy(e => e.Assessment.Id)];

    private static CampusTimeline Build(CampusDetail campus, IReadOnlyList<MilestoneSummary> list, IReadOnlyList<RiskView> risks, DateOnly day)
    {
        var bars = new List<PhaseBar>();
        var start = campus.FirstKnownOn ?? day;
        foreach (var phase in campus.Phases.Where(p => p.TargetDate is not null).OrderBy(p => p.Order))
        {
            var target = phase.TargetDate!.Value;
            var barStart = start <= target.Start ? start : target.Start;
            bars.Add(new PhaseBar(phase.Name, phase.Order, phase.TargetCapacityMw, barStart, target));
            start = CalendarDays.NextOrLast(target.End);
        }

        var markers = list
            .Select(m => new TimelineMilestone(m, m.Slip))
            .ToList();
        return new CampusTimeline(campus.Slug, campus.Name, campus.FirstKnownOn, bars, markers)
        {
            UndatedPhases = [.. campus.Phases.Where(p => p.TargetDate is null).OrderBy(p => p.Order).Select(p => p.Name)],
            RiskEvents = RiskEvents(risks, list),
        };
    }
}
