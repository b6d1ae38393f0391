using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Claims;

/// <summary>
/// Reads the admins' conflict resolutions known on a day, with their sources, for the figure claims
/// or the date claims a view shows. Only those known by the day: an as-of view shows a conflict
/// open until the day its resolution became known.
/// </summary>
internal static class ResolutionReader
{
    /// <remarks>A resolution is a claim too: one hidden from the caller is left out, so the conflict reads as it would without it.</remarks>
    public static Task<IReadOnlyList<ResolutionView>> OfFigureClaimsAsync(TrackerDbContext db, IQueryable<int> claimIds, DateOnly day, ClaimFilter filter, CancellationToken cancellationToken) =>
        ReadAsync(db, db.ConflictResolutions.Where(r => r.FigureRevisionId != null && claimIds.Contains(r.FigureRevisionId.Value) && r.KnownFrom <= day), filter, cancellationToken);

    public static Task<IReadOnlyList<ResolutionView>> OfDateClaimsAsync(TrackerDbContext db, IQueryable<int> claimIds, DateOnly day, ClaimFilter filter, CancellationToken cancellationToken) =>
        ReadAsync(db, db.ConflictResolutions.Where(r => r.MilestoneDateRevisionId != null && claimIds.Contains(r.MilestoneDateRevisionId.Value) && r.KnownFrom <= day), filter, cancellationToken);

    private static async Task<IReadOnlyList<ResolutionView>> ReadAsync(TrackerDbContext db, IQueryable<ConflictResolution> all, ClaimFilter filter, CancellationToken cancellationToken)
    {
        var highest = filter.Highest;
        var known = all.Where(r => r.Visibility <= highest);
        var rows = await known.AsNoTracking()
            .OrderBy(r => r.KnownFrom).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id,
                ClaimId = r.FigureRevisionId ?? r.MilestoneDateRevisionId ?? 0,
                r.Kind,
                r.AnnouncedOnStart,
                r.AnnouncedOnPrecision,
                r.KnownFrom,
                r.Status,
                r.Reason,
                r.CorrectsRevisionId,
                r.Visibility,
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var citations = await CitationReader.OfResolutionsAsync(db, known.Select(r => r.Id), filter, cancellationToken);
        return [.. rows.Select(r => new ResolutionView(
            r.Id,
            r.ClaimId,
            r.Kind,
            new PartialDate(r.AnnouncedOnStart, r.AnnouncedOnPrecision),
            r.KnownFrom,
            r.Status,
            [.. citations[r.Id]],
            r.Reason,
            r.CorrectsRevisionId)
        {
            Visibility = r.Visibility,
        })];
    }
}
