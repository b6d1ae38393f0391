using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Campuses;

/// <summary>A day something about a campus became known, with the source that said it first.</summary>
public sealed record AnnouncementDay(DateOnly Day, string? SourceTitle);

/// <summary>
/// The days on which a campus's figures and milestone dates became known, as the caller may see
/// them: the as-of control offers them as quick picks, since those are the days worth looking back to.
/// </summary>
public sealed class AnnouncementDayService(IDbContextFactory<TrackerDbContext> contextFactory, ICallerAccessor callers)
{
    /// <summary>The most recent days offered; older ones stay reachable through the date picker.</summary>
    public const int MaxDays = 15;

    public async Task<IReadOnlyList<AnnouncementDay>> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var filter = await callers.FilterAsync(db, cancellationToken);
        var highest = filter.Highest;
        var campus = await db.Campuses.AsNoTracking().Where(c => c.Slug == slug).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        if (campus is not { } campusId)
        {
            return [];
        }

        var figureClaims = await db.FigureRevisions.AsNoTracking()
            .Where(r => r.Visibility <= highest && db.Figures.Any(f => f.Id == r.FigureId && f.CampusId == campusId && f.DefaultVisibility <= highest))
            .Select(r => new
            {
                r.KnownFrom,
                Title = r.Citations.Where(c => c.Source!.Visibility <= highest).OrderBy(c => c.Order).Select(c => c.Source!.Title).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var dateClaims = await db.MilestoneDateRevisions.AsNoTracking()
            .Where(r => r.Visibility <= highest && db.Milestones.Any(m => m.Id == r.MilestoneId && m.CampusId == campusId))
            .Select(r => new
            {
                r.KnownFrom,
                Title = r.Citations.Where(c => c.Source!.Visibility <= highest).OrderBy(c => c.Order).Select(c => c.Source!.Title).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return [.. figureClaims.Concat(dateClaims)
            .GroupBy(c => c.KnownFrom)
            .OrderByDescending(g => g.Key)
            .Take(MaxDays)
            .Select(g => new AnnouncementDay(
                g.Key,
                // The source most of that day's claims cite names the day ("Choose France").
                g.Where(c => c.Title is not null).GroupBy(c => c.Title).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key).FirstOrDefault()))];
    }
}
