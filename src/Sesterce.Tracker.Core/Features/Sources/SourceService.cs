using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Sources;

public sealed class SourceService(IDbContextFactory<TrackerDbContext> contextFactory)
{
    public async Task<SourceDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Sources.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new SourceDetail(
                s.Id,
                s.Title,
                s.Publisher,
                s.Url,
                s.PublishedOn == null ? null : new PartialDate(s.PublishedOn.Value, s.PublishedOnPrecision),
                s.Language,
                s.Excerpt,
                db.Citations.Count(c => c.SourceId == s.Id)))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
