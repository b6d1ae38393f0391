using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Sources;

public sealed class SourceService(IDbContextFactory<TrackerDbContext> contextFactory, ICallerAccessor callers)
{
    /// <summary>
    /// One source and how many claims cite it. For a caller who may not read the investment figure,
    /// its citations are not counted, and a source cited by nothing else does not exist: its title and
    /// excerpt would tell what the figure says.
    /// </summary>
    public async Task<SourceDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var mayReadInvestment = (await callers.GetCallerAsync()).Holds(TrackerPermission.ReadInvestment);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.Citations.Where(c => mayReadInvestment || c.FigureRevisionId == null
            || !db.FigureRevisions.Any(r => r.Id == c.FigureRevisionId && db.Figures.Any(f => f.Id == r.FigureId && f.Key == FigureKeys.Investment)));
        var source = await db.Sources.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new
            {
                Detail = new SourceDetail(
                    s.Id,
                    s.Title,
                    s.Publisher,
                    s.Url,
                    s.PublishedOn == null ? null : new PartialDate(s.PublishedOn.Value, s.PublishedOnPrecision),
                    s.Language,
                    s.Excerpt,
                    visible.Count(c => c.SourceId == s.Id)),
                Cited = db.Citations.Any(c => c.SourceId == s.Id),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return source is null || (source.Cited && source.Detail.CitationCount == 0) ? null : source.Detail;
    }
}
