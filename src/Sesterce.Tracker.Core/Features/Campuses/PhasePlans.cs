using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Features.Campuses;

/// <summary>Phase plans as claims: read the ones known on a day, and apply the claim rules to them.</summary>
internal static class PhasePlans
{
    /// <summary>The plan claims of the campuses' phases known on <paramref name="day"/>, by phase id.</summary>
    public static Task<ILookup<int, PhasePlanView>> KnownAsync(TrackerDbContext db, IReadOnlyCollection<int> campusIds, DateOnly day, CancellationToken cancellationToken) =>
        KnownAsync(db, campusIds, day, ClaimFilter.Everything, cancellationToken);

    /// <summary>The plan claims the caller may see (<paramref name="filter"/>), so a phase's plan is the headline of those alone.</summary>
    public static async Task<ILookup<int, PhasePlanView>> KnownAsync(TrackerDbContext db, IReadOnlyCollection<int> campusIds, DateOnly day, ClaimFilter filter, CancellationToken cancellationToken)
    {
        var highest = filter.Highest;
        var known = db.Phases.AsNoTracking()
            .Where(p => campusIds.Contains(p.CampusId))
            .SelectMany(p => p.Plans)
            .Where(r => r.KnownFrom <= day && r.Visibility <= highest);
        var rows = await known
            .OrderBy(r => r.PhaseId).ThenBy(r => r.KnownFrom).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.PhaseId,
                r.Id,
                r.TargetStart,
                r.TargetPrecision,
                r.CapacityMw,
                r.AnnouncedOnStart,
                r.AnnouncedOnPrecision,
                r.KnownFrom,
                r.Status,
                r.Note,
                r.CorrectsRevisionId,
                r.Visibility,
            })
            .ToListAsync(cancellationToken);
        var citations = await CitationReader.OfPhasePlansAsync(db, known.Select(r => r.Id), filter, cancellationToken);
        return rows.ToLookup(r => r.PhaseId, r => new PhasePlanView(
            r.Id,
            r.TargetStart is { } start && r.TargetPrecision is { } precision ? new PartialDate(start, precision) : null,
            r.CapacityMw,
            new PartialDate(r.AnnouncedOnStart, r.AnnouncedOnPrecision),
            r.KnownFrom,
            r.Status,
            [.. citations[r.Id]],
            r.Note,
            r.CorrectsRevisionId)
        {
            Visibility = r.Visibility,
        });
    }

    /// <summary>A phase as known: its headline plan by the claim rule, and its commissioning milestone's date when it follows one.</summary>
    public static PhaseView View(int id, string name, int order, PartialDate announcedOn, IEnumerable<PhasePlanView> known, IReadOnlyList<MilestoneSummary> milestones)
    {
        var ledger = ClaimRules.Ledger(known, (r, by) => r with { CorrectedByRevisionId = by });
        var effective = ClaimRules.Effective(ledger);
        var plan = ClaimRules.Choose(effective, SamePlan)?.Claim;
        var challenger = plan is null ? null : ClaimRules.Challenger(effective, plan, SamePlan);

        // Only a commissioning milestone known on the day ends the phase; before it is known the phase's own plan stands.
        var commissioning = milestones.FirstOrDefault(m => m.PhaseId == id && m.CommissionsPhase) is { } milestone
            ? new PhaseMilestone(milestone.Id, milestone.Title, milestone.KeyDate)
            : null;
        return new PhaseView(id, name, order, announcedOn, plan, challenger, ledger, commissioning);
    }

    private static bool SamePlan(PhasePlanView a, PhasePlanView b) => a.Target == b.Target && a.CapacityMw == b.CapacityMw;
}
