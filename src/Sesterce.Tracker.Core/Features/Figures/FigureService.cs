using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Localization;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>Figures of a campus as known on a date. A null list means the campus does not exist.</summary>
/// <remarks>
/// Classified (docs/security.md, "Classification"): only the claims the caller may see are read, so
/// headlines, conflicts and ratios are computed over them alone; a figure of which the caller may see
/// neither a claim nor its default level does not exist for them, so every page, ratio, export and
/// API answer built on this service leaves it out.
/// </remarks>
public sealed class FigureService(IDbContextFactory<TrackerDbContext> contextFactory, TrackerClock clock, ICallerAccessor callers)
{
    /// <summary>The figures a caller reading up to <paramref name="highest"/> may know of.</summary>
    internal static IQueryable<Figure> Listed(IQueryable<Figure> figures, Visibility highest) =>
        figures.Where(f => f.DefaultVisibility <= highest || f.Revisions.Any(r => r.Visibility <= highest));

    /// <summary>
    /// The figures the caller may read on the campus, built-in and custom, in the campus's order,
    /// whether or not anything is known of them yet; empty when the campus does not exist.
    /// </summary>
    public async Task<IReadOnlyList<FigureLink>> ListAsync(string slug, CancellationToken cancellationToken = default)
    {
        var highest = ClaimFilter.For((await callers.GetCallerAsync()).Clearance, []).Highest;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await Listed(db.Figures.AsNoTracking(), highest)
            .Where(f => db.Campuses.Any(c => c.Id == f.CampusId && c.Slug == slug))
            .OrderBy(f => f.Order).ThenBy(f => f.Id)
            .Select(f => new { f.Key, f.Name, f.NameFr, f.Unit })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(f => new FigureLink(f.Key, Translated.Pick(f.Name, f.NameFr), f.Unit))];
    }

    public async Task<IReadOnlyList<FigureSnapshot>?> GetFiguresAsync(string slug, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var campusId = await CampusLookup.IdAsync(db, slug, cancellationToken);
        if (campusId is null)
        {
            return null;
        }

        var filter = await callers.FilterAsync(db, cancellationToken);
        var highest = filter.Highest;
        var figures = await Listed(db.Figures.AsNoTracking(), highest)
            .Where(f => f.CampusId == campusId)
            .OrderBy(f => f.Order).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.Key, f.Name, f.NameFr, f.Unit, f.ReferenceRevisionId })
            .ToListAsync(cancellationToken);

        // From the campus's figures to their revisions, so SQLite seeks each figure's (FigureId, KnownFrom) range
        // instead of skip-scanning that index over every figure of the portfolio.
        var visibleIds = figures.Select(f => f.Id).ToList();
        var known = Known(db.Figures.Where(f => f.CampusId == campusId && visibleIds.Contains(f.Id)).SelectMany(f => f.Revisions), day, highest);
        var revisions = await Rows(known).ToListAsync(cancellationToken);
        var citations = await CitationReader.OfFigureRevisionsAsync(db, known.Select(r => r.Id), filter, cancellationToken);
        var resolutions = await ResolutionReader.OfFigureClaimsAsync(db, known.Select(r => r.Id), day, filter, cancellationToken);
        var phases = await PhaseNamesAsync(db, campusId.Value, cancellationToken);
        var byFigure = revisions.ToLookup(r => r.FigureId);
        var figureOf = revisions.ToDictionary(r => r.Id, r => r.FigureId);
        var resolutionsOf = resolutions.ToLookup(r => figureOf.GetValueOrDefault(r.ClaimId));

        return [.. figures
            .Select(f => FigureHistory.Snapshot(f.Key, Translated.Pick(f.Name, f.NameFr), f.Unit, byFigure[f.Id].Select(r => r.ToView(citations, phases)), f.ReferenceRevisionId, [.. resolutionsOf[f.Id]]))
            .OfType<FigureSnapshot>()];
    }

    /// <summary>Every revision of one figure known on the day; forbidden for a figure the caller may not see.</summary>
    public async Task<ReadResult<FigureLedger>> GetLedgerAsync(string slug, string key, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var campusId = await CampusLookup.IdAsync(db, slug, cancellationToken);
        if (campusId is null)
        {
            return ReadResult.NotFound<FigureLedger>();
        }

        var filter = await callers.FilterAsync(db, cancellationToken);
        var highest = filter.Highest;
        var figure = await db.Figures.AsNoTracking()
            .Where(f => f.CampusId == campusId && f.Key == key)
            .Select(f => new { f.Id, f.Key, f.Name, f.NameFr, f.Unit, f.ReferenceRevisionId, f.ReferenceNote, Listed = f.DefaultVisibility <= highest || f.Revisions.Any(r => r.Visibility <= highest) })
            .FirstOrDefaultAsync(cancellationToken);
        if (figure is null)
        {
            return ReadResult.NotFound<FigureLedger>(ReadMissing.Record);
        }

        // A figure the caller may not see is refused, not emptied: its page would still show its name and unit.
        if (!figure.Listed)
        {
            return ReadResult.Forbidden<FigureLedger>();
        }

        var known = Known(db.FigureRevisions.Where(r => r.FigureId == figure.Id), day, highest);
        var revisions = await Rows(known).ToListAsync(cancellationToken);
        var citations = await CitationReader.OfFigureRevisionsAsync(db, known.Select(r => r.Id), filter, cancellationToken);
        var phases = await PhaseNamesAsync(db, campusId.Value, cancellationToken);
        return ReadResult.Found(new FigureLedger(figure.Key, Translated.Pick(figure.Name, figure.NameFr), figure.Unit, day, FigureHistory.Ledger(revisions.Select(r => r.ToView(citations, phases))), figure.ReferenceRevisionId, figure.ReferenceNote));
    }

    // A phase scope shows the phase's name; phases are few per campus, so one small statement.
    private static async Task<IReadOnlyDictionary<int, string>> PhaseNamesAsync(TrackerDbContext db, int campusId, CancellationToken cancellationToken) =>
        await db.Phases.AsNoTracking().Where(p => p.CampusId == campusId).Select(p => new { p.Id, p.Name, p.NameFr }).ToDictionaryAsync(p => p.Id, p => Translated.Pick(p.Name, p.NameFr), cancellationToken);

    private static IQueryable<FigureRevision> Known(IQueryable<FigureRevision> revisions, DateOnly day, Visibility highest) =>
        revisions.AsNoTracking().Where(r => r.KnownFrom <= day && r.Visibility <= highest);

    // The citations' query takes the ids from the entities, not from these rows: EF cannot read a member of a constructed record in a subquery.
    private static IQueryable<RevisionRow> Rows(IQueryable<FigureRevision> revisions) =>
        revisions.Select(r => new RevisionRow(
                r.Id,
                r.FigureId,
                r.Value,
                r.Low,
                r.High,
                r.Qualifier,
                r.AnnouncedOnStart,
                r.AnnouncedOnPrecision,
                r.KnownFrom,
                r.Status,
                r.Note,
                r.CorrectsRevisionId,
                r.Scope,
                r.ScopeKind,
                r.ScopePhaseId,
                r.ScopeLabel,
                r.Visibility));

    private sealed record RevisionRow(
        int Id,
        int FigureId,
        decimal? Value,
        decimal? Low,
        decimal? High,
        FigureQualifier Qualifier,
        DateOnly AnnouncedOnStart,
        DatePrecision AnnouncedOnPrecision,
        DateOnly KnownFrom,
        ClaimStatus Status,
        string? Note,
        int? CorrectsRevisionId,
        InvestmentScope Scope,
        ClaimScopeKind ScopeKind,
        int? ScopePhaseId,
        string? ScopeLabel,
        Visibility Visibility)
    {
        public FigureRevisionView ToView(ILookup<int, CitationView> citations, IReadOnlyDictionary<int, string> phases) => new(
            Id,
            Value is { } v ? ValueRange.Exactly(v) : new ValueRange(Low ?? 0, High ?? Low ?? 0),
            Qualifier,
            new PartialDate(AnnouncedOnStart, AnnouncedOnPrecision),
            KnownFrom,
            Status,
            [.. citations[Id]],
            Note,
            CorrectsRevisionId,
            null,
            Scope,
            ScopeKind == ClaimScopeKind.Campus
                ? null
                : new ClaimScope(ScopeKind, ScopePhaseId, ScopeKind == ClaimScopeKind.Phase && ScopePhaseId is { } phase ? phases.GetValueOrDefault(phase) : ScopeLabel))
        {
            Visibility = Visibility,
        };
    }
}
