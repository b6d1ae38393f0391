using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Core.Features.Milestones;

/// <summary>Milestones of a campus as known on a date. A null result means the campus does not exist.</summary>
public sealed class MilestoneService(IDbContextFactory<TrackerDbContext> contextFactory, TrackerClock clock)
{
    public async Task<IReadOnlyList<MilestoneSummary>?> GetMilestonesAsync(string slug, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        var viewingToday = day >= clock.Today;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var campusId = await CampusLookup.IdAsync(db, slug, cancellationToken);
        if (campusId is null)
        {
            return null;
        }

        return (await ForCampusesAsync(db, [campusId.Value], day, viewingToday, cancellationToken))[campusId.Value];
    }

    /// <summary>
    /// The milestones of several campuses (a portfolio page) in two statements, by campus, each list
    /// ordered as <see cref="GetMilestonesAsync"/> orders it.
    /// </summary>
    internal static async Task<IReadOnlyDictionary<int, IReadOnlyList<MilestoneSummary>>> ForCampusesAsync(
        TrackerDbContext db, IReadOnlyCollection<int> campusIds, DateOnly day, bool viewingToday, CancellationToken cancellationToken)
    {
        // Two flat queries rather than one with a nested collection: EF's single query joins the
        // revisions as a filtered subquery, which SQLite materializes for every campus before joining.
        var rows = await db.Milestones.AsNoTracking()
            .Where(m => campusIds.Contains(m.CampusId) && !m.IsArchived)
            .Select(m => new
            {
                m.CampusId,
                m.Id,
                m.Title,
                m.Kind,
                m.Status,
                PhaseName = m.Phase == null ? null : m.Phase.Name,
                m.ActualDateStart,
                m.ActualDatePrecision,
                ActualSource = m.ActualSource == null ? null : new SourceRef(m.ActualSource.Id, m.ActualSource.Title, m.ActualSource.Publisher, m.ActualSource.Url, m.ActualSource.PublishedOn, m.ActualSource.Language),
                m.ActualQuote,
            })
            .ToListAsync(cancellationToken);
        var revisions = await db.Milestones.AsNoTracking()
            .Where(m => campusIds.Contains(m.CampusId) && !m.IsArchived)
            .SelectMany(m => m.DateRevisions)
            .Where(r => r.KnownFrom <= day)
            .OrderBy(r => r.MilestoneId).ThenBy(r => r.KnownFrom).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.MilestoneId,
                r.Id,
                r.AnnouncedOnStart,
                r.AnnouncedOnPrecision,
                r.KnownFrom,
                r.TargetStart,
                r.TargetPrecision,
                Source = r.Source == null ? null : new SourceRef(r.Source.Id, r.Source.Title, r.Source.Publisher, r.Source.Url, r.Source.PublishedOn, r.Source.Language),
                r.Quote,
                r.Reason,
            })
            .ToListAsync(cancellationToken);
        var byMilestone = revisions.ToLookup(r => r.MilestoneId);

        var result = campusIds.ToDictionary(id => id, _ => new List<MilestoneSummary>());
        foreach (var row in rows)
        {
            var history = byMilestone[row.Id]
                .Select(r => new MilestoneDateRevisionView(r.Id, new PartialDate(r.AnnouncedOnStart, r.AnnouncedOnPrecision), r.KnownFrom, new PartialDate(r.TargetStart, r.TargetPrecision), r.Source, r.Quote, r.Reason))
                .ToList();
            PartialDate? actual = row.ActualDateStart is { } start && row.ActualDatePrecision is { } precision ? new PartialDate(start, precision) : null;
            var actualKnown = actual is { } a && a.End <= day ? actual : null;
            var firstKnown = new[] { history.FirstOrDefault()?.KnownFrom, actualKnown?.End }.Where(d => d is not null).Min();
            if (firstKnown is null)
            {
                continue;
            }

            var target = history.LastOrDefault()?.Target;
            result[row.CampusId].Add(new MilestoneSummary(
                row.Id,
                row.Title,
                row.Kind,
                MilestoneRules.StateOn(day, viewingToday, row.Status, target, actualKnown),
                row.PhaseName,
                history.FirstOrDefault()?.Target,
                target,
                actualKnown,
                actualKnown is null ? null : row.ActualSource,
                actualKnown is null ? null : row.ActualQuote,
                history,
                firstKnown.Value));
        }

        return result.ToDictionary(
            r => r.Key,
            r => (IReadOnlyList<MilestoneSummary>)[.. r.Value.OrderBy(m => m.KeyDate?.Start ?? DateOnly.MaxValue).ThenBy(m => m.Id)]);
    }
}
