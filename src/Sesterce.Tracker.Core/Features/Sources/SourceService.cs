using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;

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
                s.PublishedOn,
                s.Language,
                s.Excerpt,
                db.FigureRevisions.Count(r => r.SourceId == s.Id)
                    + db.MilestoneDateRevisions.Count(r => r.SourceId == s.Id)
                    + db.Milestones.Count(m => m.ActualSourceId == s.Id)))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
