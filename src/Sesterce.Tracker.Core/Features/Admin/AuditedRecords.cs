using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Campuses;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>
/// Every kind of record the admin writes through <see cref="WritePipeline"/>. A new kind gets
/// history, concurrency and audit by being declared here, not by a service of its own.
/// </summary>
public static class AuditedRecords
{
    public static readonly RecordKind<Source> Source = new("Source", s => s.Id, s => s.Title);

    public static readonly RecordKind<Benchmark> Benchmark = new("Benchmark", b => b.Id, b => b.Name);

    public static readonly RecordKind<Campus> Campus = new("Campus", c => c.Id, c => c.Name)
    {
        Key = c => c.Slug,
        CampusSlug = (_, c, _) => Task.FromResult<string?>(c.Slug),
        Load = campuses => campuses.Include(c => c.People),
    };

    public static readonly RecordKind<Phase> Phase = new("Phase", p => p.Id, p => p.Name) { CampusSlug = InCampus<Phase>(p => p.CampusId) };

    public static readonly RecordKind<Milestone> Milestone = new("Milestone", m => m.Id, m => m.Title) { CampusSlug = InCampus<Milestone>(m => m.CampusId) };

    public static readonly RecordKind<Figure> Figure = new("Figure", f => f.Id, f => $"{f.Name} ({f.Key})") { CampusSlug = InCampus<Figure>(f => f.CampusId) };

    /// <summary>Append-only: added and corrected, never updated, so it carries no version.</summary>
    public static readonly RecordKind<FigureRevision> FigureRevision = new("FigureRevision", r => r.Id, r => $"Revision of figure {r.FigureId}")
    {
        CampusSlug = (db, r, ct) => db.Figures.AsNoTracking().Where(f => f.Id == r.FigureId)
            .SelectMany(f => db.Campuses.Where(c => c.Id == f.CampusId).Select(c => c.Slug))
            .FirstOrDefaultAsync(ct),
    };

    /// <summary>A claim about a milestone's target or reached date. Append-only.</summary>
    public static readonly RecordKind<MilestoneDateRevision> MilestoneDate = new("MilestoneDate", r => r.Id, r => $"{r.Kind} date of milestone {r.MilestoneId}")
    {
        CampusSlug = (db, r, ct) => db.Milestones.AsNoTracking().Where(m => m.Id == r.MilestoneId)
            .SelectMany(m => db.Campuses.Where(c => c.Id == m.CampusId).Select(c => c.Slug))
            .FirstOrDefaultAsync(ct),
    };

    /// <summary>A claim about a phase's plan (target date, capacity). Append-only.</summary>
    public static readonly RecordKind<PhasePlanRevision> PhasePlan = new("PhasePlan", r => r.Id, r => $"Plan of phase {r.PhaseId}")
    {
        CampusSlug = (db, r, ct) => db.Phases.AsNoTracking().Where(p => p.Id == r.PhaseId)
            .SelectMany(p => db.Campuses.Where(c => c.Id == p.CampusId).Select(c => c.Slug))
            .FirstOrDefaultAsync(ct),
    };

    /// <summary>A risk of the register; its assessments are claims added under it, moving its version.</summary>
    public static readonly RecordKind<Risk> Risk = new("Risk", r => r.Id, r => r.Title)
    {
        CampusSlug = InCampus<Risk>(r => r.CampusId),
        Load = risks => risks.Include(r => r.Threats).Include(r => r.Consequences),
    };

    /// <summary>An admin's resolution of a conflict between a claim and the headline in force. Append-only.</summary>
    public static readonly RecordKind<ConflictResolution> ConflictResolution = new("ConflictResolution", r => r.Id, r => r.FigureRevisionId is { } figureClaim ? $"Resolution of figure claim {figureClaim}" : $"Resolution of date claim {r.MilestoneDateRevisionId}")
    {
        CampusSlug = (db, r, ct) => r.FigureRevisionId is { } figureClaim
            ? db.FigureRevisions.AsNoTracking().Where(f => f.Id == figureClaim)
                .SelectMany(f => db.Figures.Where(x => x.Id == f.FigureId))
                .SelectMany(f => db.Campuses.Where(c => c.Id == f.CampusId).Select(c => c.Slug))
                .FirstOrDefaultAsync(ct)
            : db.MilestoneDateRevisions.AsNoTracking().Where(d => d.Id == r.MilestoneDateRevisionId)
                .SelectMany(d => db.Milestones.Where(m => m.Id == d.MilestoneId))
                .SelectMany(m => db.Campuses.Where(c => c.Id == m.CampusId).Select(c => c.Slug))
                .FirstOrDefaultAsync(ct),
    };

    private static Func<TrackerDbContext, T, CancellationToken, Task<string?>> InCampus<T>(Func<T, int> campusId) =>
        (db, record, ct) => CampusLookup.SlugAsync(db, campusId(record), ct);
}
