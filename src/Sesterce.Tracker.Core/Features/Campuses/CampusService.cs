using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Campuses;

public sealed class CampusService(IDbContextFactory<TrackerDbContext> contextFactory, TrackerClock clock)
{
    public async Task<IReadOnlyList<CampusSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var campuses = await db.Campuses.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Slug, c.Name, c.Operator, c.Commune, c.Country })
            .ToListAsync(cancellationToken);
        var firstKnown = await FirstKnownByCampusAsync(db, cancellationToken);
        return [.. campuses.Select(c => new CampusSummary(c.Slug, c.Name, c.Operator, c.Commune, c.Country, firstKnown.GetValueOrDefault(c.Id)))];
    }

    public async Task<CampusDetail?> GetAsync(string slug, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var campus = await db.Campuses.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new
            {
                c.Id,
                c.Slug,
                c.Name,
                c.Operator,
                c.Commune,
                c.BusinessPark,
                c.Region,
                c.Country,
                c.Purposes,
                c.Description,
                People = c.People.OrderBy(p => p.Order).Select(p => new PersonView(p.Name, p.Role)).ToList(),
                Phases = c.Phases
                    .Where(p => p.KnownFrom <= day)
                    .OrderBy(p => p.Order)
                    .Select(p => new { p.Name, p.Order, p.TargetCapacityMw, p.TargetDateStart, p.TargetDatePrecision, p.AnnouncedOnStart, p.AnnouncedOnPrecision })
                    .ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (campus is null)
        {
            return null;
        }

        var firstKnown = await FirstKnownByCampusAsync(db, cancellationToken, campus.Id);
        var phases = campus.Phases.Select(p => new PhaseView(
            p.Name,
            p.Order,
            p.TargetCapacityMw,
            p.TargetDateStart is { } start && p.TargetDatePrecision is { } precision ? new PartialDate(start, precision) : null,
            new PartialDate(p.AnnouncedOnStart, p.AnnouncedOnPrecision)));
        return new CampusDetail(
            campus.Slug,
            campus.Name,
            campus.Operator,
            campus.Commune,
            campus.BusinessPark,
            campus.Region,
            campus.Country,
            campus.Purposes,
            campus.Description,
            campus.People,
            [.. phases],
            firstKnown.GetValueOrDefault(campus.Id));
    }

    /// <summary>The earliest day anything (a figure, a date, a phase) about each campus was known.</summary>
    private static async Task<Dictionary<int, DateOnly?>> FirstKnownByCampusAsync(TrackerDbContext db, CancellationToken cancellationToken, int? onlyCampusId = null)
    {
        var figureDates = db.FigureRevisions.Join(db.Figures, r => r.FigureId, f => f.Id, (r, f) => new { f.CampusId, r.KnownFrom });
        var milestoneDates = db.MilestoneDateRevisions.Join(db.Milestones, r => r.MilestoneId, m => m.Id, (r, m) => new { m.CampusId, r.KnownFrom });
        var phaseDates = db.Phases.Select(p => new { p.CampusId, p.KnownFrom });
        var all = figureDates.Concat(milestoneDates).Concat(phaseDates);
        if (onlyCampusId is { } id)
        {
            all = all.Where(x => x.CampusId == id);
        }

        var rows = await all.AsNoTracking().ToListAsync(cancellationToken);
        return rows.GroupBy(x => x.CampusId).ToDictionary(g => g.Key, g => (DateOnly?)g.Min(x => x.KnownFrom));
    }
}
