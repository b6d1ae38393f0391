using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Risks;

/// <summary>
/// The risks-and-issues register of a campus as known on a day (docs/risks.md). Every role that
/// reads the overview reads the register; archived risks are left out, and so are the risks and the
/// assessments hidden from the caller (docs/security.md, "Classification").
/// </summary>
public sealed class RiskService(IDbContextFactory<TrackerDbContext> contextFactory, TrackerClock clock, ICallerAccessor callers)
{
    /// <summary>The campus's risks known on the day, in <see cref="RiskRules.Order"/>; null when the campus does not exist.</summary>
    public async Task<IReadOnlyList<RiskView>?> ListAsync(string slug, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var campusId = await CampusLookup.IdAsync(db, slug, cancellationToken);
        return campusId is null ? null : await ReadAsync(db, campusId.Value, day, await callers.FilterAsync(db, cancellationToken), cancellationToken);
    }

    /// <summary>The register page's view: the campus's name and its risks known on the day; not found when the campus does not exist.</summary>
    public async Task<ReadResult<RiskRegisterView>> GetRegisterAsync(string slug, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var campus = await db.Campuses.AsNoTracking().Where(c => c.Slug == slug).Select(c => new { c.Id, c.Slug, c.Name }).FirstOrDefaultAsync(cancellationToken);
        return campus is null
            ? ReadResult.NotFound<RiskRegisterView>()
            : ReadResult.Found(new RiskRegisterView(campus.Slug, campus.Name, day, day == clock.Today, await ReadAsync(db, campus.Id, day, await callers.FilterAsync(db, cancellationToken), cancellationToken)));
    }

    internal static async Task<IReadOnlyList<RiskView>> ReadAsync(TrackerDbContext db, int campusId, DateOnly day, ClaimFilter filter, CancellationToken cancellationToken)
    {
        var highest = filter.Highest;
        var shown = db.Risks.Where(r => r.CampusId == campusId && !r.IsArchived && r.Visibility <= highest);
        var risks = await shown.AsNoTracking()
            .Select(r => new { r.Id, r.Title, r.Description, r.Category, r.Owner, r.Visibility })
            .ToListAsync(cancellationToken);
        if (risks.Count == 0)
        {
            return [];
        }

        var known = shown.SelectMany(r => r.Assessments).AsNoTracking().Where(a => a.KnownFrom <= day && a.Visibility <= highest);
        var assessments = await known
            .Select(a => new { a.RiskId, a.Id, a.State, a.Likelihood, a.Impact, a.AnnouncedOnStart, a.AnnouncedOnPrecision, a.KnownFrom, a.Status, a.Reason, a.CorrectsRevisionId, a.Visibility })
            .ToListAsync(cancellationToken);
        var citations = await CitationReader.OfRiskAssessmentsAsync(db, known.Select(a => a.Id), filter, cancellationToken);
        var byRisk = assessments.ToLookup(a => a.RiskId, a => new RiskAssessmentView(
            a.Id, a.State, a.Likelihood, a.Impact, new PartialDate(a.AnnouncedOnStart, a.AnnouncedOnPrecision), a.KnownFrom, a.Status, [.. citations[a.Id]], a.Reason, a.CorrectsRevisionId)
        {
            Visibility = a.Visibility,
        });

        var threats = await db.RiskThreats.AsNoTracking()
            .Where(t => db.Risks.Any(r => r.Id == t.RiskId && r.CampusId == campusId))
            .Select(t => new
            {
                t.RiskId,
                t.MilestoneId,
                t.PhaseId,
                Name = t.MilestoneId != null
                    ? db.Milestones.Where(m => m.Id == t.MilestoneId).Select(m => m.Title).FirstOrDefault()
                    : db.Phases.Where(p => p.Id == t.PhaseId).Select(p => p.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var threatsByRisk = threats.ToLookup(t => t.RiskId, t => new RiskThreatView(t.MilestoneId, t.PhaseId, t.Name ?? ""));

        var consequences = await ConsequencesAsync(db, campusId, day, filter, cancellationToken);

        var views = new List<RiskView>();
        foreach (var risk in risks)
        {
            var ledger = ClaimRules.Ledger(byRisk[risk.Id], (a, by) => a with { CorrectedByRevisionId = by });
            if (RiskRules.Current(ledger) is not { } current)
            {
                continue;
            }

            views.Add(new RiskView(
                risk.Id,
                risk.Title,
                risk.Description,
                risk.Category,
                risk.Owner,
                current,
                ledger,
                [.. threatsByRisk[risk.Id]],
                [.. consequences[risk.Id]],
                ledger.Min(a => a.KnownFrom))
            {
                Visibility = risk.Visibility,
            });
        }

        return RiskRules.Order(views);
    }

    /// <summary>The date claims each risk caused, as far as they are known on the day.</summary>
    private static async Task<ILookup<int, RiskConsequenceView>> ConsequencesAsync(TrackerDbContext db, int campusId, DateOnly day, ClaimFilter filter, CancellationToken cancellationToken)
    {
        var highest = filter.Highest;
        var links = db.RiskConsequences.AsNoTracking()
            .Where(c => db.Risks.Any(r => r.Id == c.RiskId && r.CampusId == campusId))
            .Join(db.MilestoneDateRevisions.Where(d => d.KnownFrom <= day && d.Visibility <= highest), c => c.MilestoneDateRevisionId, d => d.Id, (c, d) => new { c.RiskId, Claim = d });
        var rows = await links
            .Select(l => new
            {
                l.RiskId,
                l.Claim.Id,
                l.Claim.MilestoneId,
                Title = db.Milestones.Where(m => m.Id == l.Claim.MilestoneId).Select(m => m.Title).FirstOrDefault(),
                l.Claim.Kind,
                l.Claim.TargetStart,
                l.Claim.TargetPrecision,
                l.Claim.AnnouncedOnStart,
                l.Claim.AnnouncedOnPrecision,
                l.Claim.KnownFrom,
                l.Claim.Status,
                l.Claim.Reason,
                l.Claim.CorrectsRevisionId,
                l.Claim.Visibility,
            })
            .ToListAsync(cancellationToken);
        var citations = await CitationReader.OfMilestoneDatesAsync(db, links.Select(l => l.Claim.Id), filter, cancellationToken);
        return rows.ToLookup(r => r.RiskId, r => new RiskConsequenceView(
            r.MilestoneId,
            r.Title ?? "",
            new MilestoneDateRevisionView(
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
            }));
    }
}

/// <summary>Pure rules of the register.</summary>
public static class RiskRules
{
    /// <summary>The latest standing assessment of a ledger (<see cref="ClaimRules.Ledger"/> order); null when none is known.</summary>
    public static RiskAssessmentView? Current(IReadOnlyList<RiskAssessmentView> ledger) =>
        ClaimRules.Effective(ledger) is { Count: > 0 } standing ? standing[^1] : null;

    /// <summary>Severity first: active risks before closed ones, then likelihood × impact, materialised before open, the most recently changed first.</summary>
    public static IReadOnlyList<RiskView> Order(IEnumerable<RiskView> risks) =>
        [.. risks
            .OrderBy(r => r.IsActive ? 0 : 1)
            .ThenByDescending(r => r.Severity)
            .ThenBy(r => r.State == RiskState.Materialised ? 0 : 1)
            .ThenByDescending(r => r.Current.KnownFrom)
            .ThenBy(r => r.Title, StringComparer.CurrentCulture)
            .ThenBy(r => r.Id)];
}
