using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Localization;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Milestones;

/// <summary>Milestones of a campus as known on a date. A null result means the campus does not exist.</summary>
public sealed class MilestoneService(IDbContextFactory<TrackerDbContext> contextFactory, TrackerClock clock, ICallerAccessor callers)
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

        var filter = await callers.FilterAsync(db, cancellationToken);
        return (await ForCampusesAsync(db, [campusId.Value], day, viewingToday, filter, cancellationToken))[campusId.Value];
    }

    /// <summary>Every date claim, whatever its level: for admin forms.</summary>
    internal static Task<IReadOnlyDictionary<int, IReadOnlyList<MilestoneSummary>>> ForCampusesAsync(
        TrackerDbContext db, IReadOnlyCollection<int> campusIds, DateOnly day, bool viewingToday, CancellationToken cancellationToken) =>
        ForCampusesAsync(db, campusIds, day, viewingToday, ClaimFilter.Everything, cancellationToken);

    /// <summary>
    /// The milestones of several campuses (a portfolio page) in two statements, by campus, each list
    /// ordered as <see cref="GetMilestonesAsync"/> orders it. Only the date claims the caller may see
    /// are read (<paramref name="filter"/>), so dates, slips and conflicts are those of the visible claims;
    /// a milestone whose every claim is hidden is not known to the caller.
    /// </summary>
    internal static async Task<IReadOnlyDictionary<int, IReadOnlyList<MilestoneSummary>>> ForCampusesAsync(
        TrackerDbContext db, IReadOnlyCollection<int> campusIds, DateOnly day, bool viewingToday, ClaimFilter filter, CancellationToken cancellationToken)
    {
        var highest = filter.Highest;
        // Two flat queries rather than one with a nested collection: EF's single query joins the
        // revisions as a filtered subquery, which SQLite materializes for every campus before joining.
        var rows = await db.Milestones.AsNoTracking()
            .Where(m => campusIds.Contains(m.CampusId) && !m.IsArchived)
            .Select(m => new
            {
                m.CampusId,
                m.Id,
                m.Title,
                m.TitleFr,
                m.Kind,
                m.Status,
                m.PhaseId,
                m.CommissionsPhase,
                PhaseName = m.Phase == null ? null : m.Phase.Name,
                PhaseNameFr = m.Phase == null ? null : m.Phase.NameFr,
            })
            .ToListAsync(cancellationToken);
        var known = db.Milestones.AsNoTracking()
            .Where(m => campusIds.Contains(m.CampusId) && !m.IsArchived)
            .SelectMany(m => m.DateRevisions)
            .Where(r => r.KnownFrom <= day && r.Visibility <= highest);
        var revisions = await known
            .OrderBy(r => r.MilestoneId).ThenBy(r => r.KnownFrom).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.MilestoneId,
                r.Id,
                r.Kind,
                r.AnnouncedOnStart,
                r.AnnouncedOnPrecision,
                r.KnownFrom,
                r.TargetStart,
                r.TargetPrecision,
                r.Status,
                r.Reason,
                r.CorrectsRevisionId,
                r.Visibility,
            })
            .ToListAsync(cancellationToken);
        var citations = await CitationReader.OfMilestoneDatesAsync(db, known.Select(r => r.Id), filter, cancellationToken);
        var resolutions = (await ResolutionReader.OfDateClaimsAsync(db, known.Select(r => r.Id), day, filter, cancellationToken)).ToLookup(r => r.ClaimId);
        var byMilestone = revisions.ToLookup(r => r.MilestoneId);

        var result = campusIds.ToDictionary(id => id, _ => new List<MilestoneSummary>());
        foreach (var row in rows)
        {
            var claims = byMilestone[row.Id].ToList();

            // A milestone is known from its first claim; one with none known yet is not part of this day's view.
            if (claims.Count == 0)
            {
                continue;
            }

            var dates = MilestoneDates.From(claims.Select(r => new MilestoneDateRevisionView(
                r.Id,
                r.Kind,
                r.TargetStart is { } start && r.TargetPrecision is { } precision ? new PartialDate(start, precision) : null,
                new PartialDate(r.AnnouncedOnStart, r.AnnouncedOnPrecision),
                r.KnownFrom,
                r.Status,
                [.. citations[r.Id]],
                r.Reason,
                r.CorrectsRevisionId)
            {
                Visibility = r.Visibility,
            }),
                [.. claims.SelectMany(c => resolutions[c.Id])]);
            result[row.CampusId].Add(new MilestoneSummary(
                row.Id,
                Translated.Pick(row.Title, row.TitleFr),
                row.Kind,
                MilestoneRules.StateOn(day, viewingToday, row.Status, dates.Target?.Date, dates.Reached?.Date),
                Translated.PickOptional(row.PhaseName, row.PhaseNameFr),
                dates.Baseline,
                dates.Target,
                dates.TargetChallenger,
                dates.Reached,
                dates.Ledger,
                claims.Min(c => c.KnownFrom))
            {
                PhaseId = row.PhaseId,
                CommissionsPhase = row.CommissionsPhase,
                Conflicts = dates.Conflicts,
            });
        }

        return result.ToDictionary(
            r => r.Key,
            r => (IReadOnlyList<MilestoneSummary>)[.. r.Value.OrderBy(m => m.KeyDate?.Start ?? DateOnly.MaxValue).ThenBy(m => m.Id)]);
    }
}
