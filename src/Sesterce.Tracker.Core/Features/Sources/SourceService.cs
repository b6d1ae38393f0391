using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Sources;

public sealed class SourceService(IDbContextFactory<TrackerDbContext> contextFactory, ICallerAccessor callers)
{
    /// <summary>
    /// One source and how many claims the caller may see cite it; null when the source does not exist
    /// or is hidden from the caller (docs/security.md, "Classification"). Its excerpt is withheld
    /// (<see cref="SourceDetail.ExcerptRestricted"/>) when a claim citing it is hidden from the caller or
    /// it repeats a hidden claim's quote: the excerpt often states that claim's value.
    /// </summary>
    public async Task<SourceDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var filter = await callers.FilterAsync(db, cancellationToken);
        var highest = filter.Highest;
        var hidden = ClaimFilter.HiddenCitations(db, highest);
        var source = await db.Sources.AsNoTracking()
            .Where(s => s.Id == id && s.Visibility <= highest)
            .Select(s => new
            {
                s.Id,
                s.Title,
                s.Publisher,
                s.Url,
                s.PublishedOn,
                s.PublishedOnPrecision,
                s.Language,
                s.Excerpt,
                s.Visibility,
                Cited = db.Citations.Count(c => c.SourceId == s.Id),
                Hidden = hidden.Count(c => c.SourceId == s.Id),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return null;
        }

        var excerpt = filter.Excerpt(source.Excerpt, source.Hidden > 0);
        return new SourceDetail(
            source.Id,
            source.Title,
            source.Publisher,
            source.Url,
            source.PublishedOn is { } published ? new PartialDate(published, source.PublishedOnPrecision) : null,
            source.Language,
            excerpt,
            source.Cited - source.Hidden)
        {
            Visibility = source.Visibility,
            ExcerptRestricted = excerpt is null && source.Excerpt is not null,
        };
    }
}
