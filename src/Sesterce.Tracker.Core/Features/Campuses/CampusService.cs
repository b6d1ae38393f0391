using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Localization;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Campuses;

public sealed class CampusService(IDbContextFactory<TrackerDbContext> contextFactory, TrackerClock clock, ICallerAccessor callers)
{
    /// <summary>Every campus in name order. For a page of a large portfolio use <see cref="PageAsync"/>.</summary>
    public async Task<IReadOnlyList<CampusSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var filter = await callers.FilterAsync(db, cancellationToken);
        return await Summaries(db.Campuses.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id), filter).ToListAsync(cancellationToken);
    }

    /// <summary>One page of campuses in name order and how many there are, so a large portfolio never loads whole.</summary>
    public async Task<(IReadOnlyList<CampusSummary> Campuses, int Total)> PageAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var total = await db.Campuses.CountAsync(cancellationToken);
        var filter = await callers.FilterAsync(db, cancellationToken);
        var rows = await Summaries(db.Campuses.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id).Skip(Math.Max(page, 0) * pageSize).Take(pageSize), filter)
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    // The first day known counts only the claims the caller may see: a hidden claim's date is not a
    // date the caller may learn. Admins keep the unfiltered form, which reads only index ends.
    private static IQueryable<CampusSummary> Summaries(IQueryable<Campus> campuses, ClaimFilter filter)
    {
        var highest = filter.Highest;
        return filter.SeesEverything ? campuses.Select(c => new CampusSummary(
            c.Slug,
            c.Name,
            c.Operator,
            c.Commune,
            c.Country,
            Earliest(
                c.Figures.Min(f => f.Revisions.Min(r => (DateOnly?)r.KnownFrom)),
                c.Milestones.Min(m => m.DateRevisions.Min(r => (DateOnly?)r.KnownFrom)),
                c.Phases.Min(p => (DateOnly?)p.KnownFrom))))
        : campuses.Select(c => new CampusSummary(
            c.Slug,
            c.Name,
            c.Operator,
            c.Commune,
            c.Country,
            Earliest(
                c.Figures.Min(f => f.Revisions.Where(r => r.Visibility <= highest).Min(r => (DateOnly?)r.KnownFrom)),
                c.Milestones.Min(m => m.DateRevisions.Where(r => r.Visibility <= highest).Min(r => (DateOnly?)r.KnownFrom)),
                c.Phases.Min(p => (DateOnly?)p.KnownFrom))));
    }

    public async Task<CampusDetail?> GetAsync(string slug, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var filter = await callers.FilterAsync(db, cancellationToken);
        var found = await DetailsAsync(db, db.Campuses.Where(c => c.Slug == slug).Take(1), day, day >= clock.Today, filter, cancellationToken);
        return found.Count > 0 ? found[0].Detail : null;
    }

    /// <summary>
    /// The campus and its milestones as known on the day, read together: the phases need the
    /// milestones anyway (a phase may end with its commissioning milestone), so pages that show both
    /// read them once.
    /// </summary>
    public async Task<(CampusDetail Campus, IReadOnlyList<MilestoneSummary> Milestones)?> GetWithMilestonesAsync(
        string slug, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var filter = await callers.FilterAsync(db, cancellationToken);
        var found = await DetailsAsync(db, db.Campuses.Where(c => c.Slug == slug).Take(1), day, day >= clock.Today, filter, cancellationToken);
        return found.Count > 0 ? (found[0].Detail, found[0].Milestones) : null;
    }

    /// <summary>
    /// The campuses of <paramref name="campuses"/> (one, or a page of them) as known on <paramref name="day"/>,
    /// in its order, with their ids and milestones (a phase that follows a milestone takes its date from it).
    /// </summary>
    internal static async Task<IReadOnlyList<(int Id, CampusDetail Detail, IReadOnlyList<MilestoneSummary> Milestones)>> DetailsAsync(
        TrackerDbContext db, IQueryable<Campus> campuses, DateOnly day, bool viewingToday, ClaimFilter filter, CancellationToken cancellationToken)
    {
        var highest = filter.Highest;
        var everything = filter.SeesEverything;
        var rows = await campuses.AsNoTracking()
            .Select(c => new
            {
                c.Id,
                c.Slug,
                c.Name,
                c.Operator,
                c.Commune,
                c.BusinessPark,
                c.BusinessParkFr,
                c.Region,
                c.Country,
                c.Purposes,
                c.PurposesFr,
                c.Description,
                c.DescriptionFr,
                People = c.People.OrderBy(p => p.Order).Select(p => new { p.Name, p.Role, p.RoleFr }).ToList(),
                Phases = c.Phases
                    .Where(p => p.KnownFrom <= day)
                    .OrderBy(p => p.Order)
                    .Select(p => new { p.Id, p.Name, p.NameFr, p.Order, p.AnnouncedOnStart, p.AnnouncedOnPrecision })
                    .ToList(),
                // The earliest day anything about the campus was known; each minimum per figure and
                // per milestone comes from the end of a (parent, KnownFrom) index, so no revision is read.
                FiguresFrom = c.Figures.Min(f => f.Revisions.Where(r => everything || r.Visibility <= highest).Min(r => (DateOnly?)r.KnownFrom)),
                MilestonesFrom = c.Milestones.Min(m => m.DateRevisions.Where(r => everything || r.Visibility <= highest).Min(r => (DateOnly?)r.KnownFrom)),
                PhasesFrom = c.Phases.Min(p => (DateOnly?)p.KnownFrom),
            })
            .ToListAsync(cancellationToken);
        var campusIds = rows.Select(r => r.Id).ToList();
        var milestones = await MilestoneService.ForCampusesAsync(db, campusIds, day, viewingToday, filter, cancellationToken);
        var plans = await PhasePlans.KnownAsync(db, campusIds, day, filter, cancellationToken);
        return [.. rows.Select(campus => (campus.Id, new CampusDetail(
            campus.Slug,
            campus.Name,
            campus.Operator,
            campus.Commune,
            Translated.PickOptional(campus.BusinessPark, campus.BusinessParkFr),
            campus.Region,
            campus.Country,
            [.. Translated.PickEach(campus.Purposes, campus.PurposesFr)],
            Translated.Pick(campus.Description, campus.DescriptionFr),
            [.. campus.People.Select(p => new PersonView(p.Name, Translated.Pick(p.Role, p.RoleFr)))],
            [.. campus.Phases.Select(p => PhasePlans.View(
                p.Id,
                Translated.Pick(p.Name, p.NameFr),
                p.Order,
                new PartialDate(p.AnnouncedOnStart, p.AnnouncedOnPrecision),
                plans[p.Id],
                milestones[campus.Id]))],
            Earliest(campus.FiguresFrom, campus.MilestonesFrom, campus.PhasesFrom)), milestones[campus.Id]))];
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b, DateOnly? c) =>
        new[] { a, b, c }.Where(d => d is not null).Min();
}
