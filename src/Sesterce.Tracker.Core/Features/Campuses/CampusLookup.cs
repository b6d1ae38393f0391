using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;

namespace Sesterce.Tracker.Core.Features.Campuses;

/// <summary>A campus as writes and queries address it: the id the tables join on, the slug people and URLs use.</summary>
public sealed record CampusRef(int Id, string Slug);

/// <summary>The one way from a slug to a campus id and back, so every service agrees on what "no such campus" means.</summary>
public static class CampusLookup
{
    public static Task<int?> IdAsync(TrackerDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Campuses.AsNoTracking().Where(c => c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);

    public static Task<CampusRef?> FindAsync(TrackerDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Campuses.AsNoTracking().Where(c => c.Slug == slug).Select(c => new CampusRef(c.Id, c.Slug)).FirstOrDefaultAsync(cancellationToken);

    public static Task<string?> SlugAsync(TrackerDbContext db, int campusId, CancellationToken cancellationToken) =>
        db.Campuses.AsNoTracking().Where(c => c.Id == campusId).Select(c => c.Slug).FirstOrDefaultAsync(cancellationToken);
}
