using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Core.Features.Claims;

/// <summary>
/// Reads the citations of many claims in one flat statement, keyed by claim id, in the order they
/// were entered. A separate statement rather than a nested collection: SQLite then reads each
/// citation once instead of once per joined row.
/// </summary>
internal static class CitationReader
{
    public static Task<ILookup<int, CitationView>> OfFigureRevisionsAsync(TrackerDbContext db, IQueryable<int> claimIds, CancellationToken cancellationToken) =>
        OfFigureRevisionsAsync(db, claimIds, ClaimFilter.Everything, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfFigureRevisionsAsync(TrackerDbContext db, IQueryable<int> claimIds, ClaimFilter filter, CancellationToken cancellationToken) =>
        ReadAsync(db.Citations.Where(c => c.FigureRevisionId != null && claimIds.Contains(c.FigureRevisionId.Value)), r => r.FigureRevisionId, filter, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfMilestoneDatesAsync(TrackerDbContext db, IQueryable<int> claimIds, CancellationToken cancellationToken) =>
        OfMilestoneDatesAsync(db, claimIds, ClaimFilter.Everything, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfMilestoneDatesAsync(TrackerDbContext db, IQueryable<int> claimIds, ClaimFilter filter, CancellationToken cancellationToken) =>
        ReadAsync(db.Citations.Where(c => c.MilestoneDateRevisionId != null && claimIds.Contains(c.MilestoneDateRevisionId.Value)), r => r.MilestoneDateRevisionId, filter, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfPhasePlansAsync(TrackerDbContext db, IQueryable<int> claimIds, CancellationToken cancellationToken) =>
        OfPhasePlansAsync(db, claimIds, ClaimFilter.Everything, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfPhasePlansAsync(TrackerDbContext db, IQueryable<int> claimIds, ClaimFilter filter, CancellationToken cancellationToken) =>
        ReadAsync(db.Citations.Where(c => c.PhasePlanRevisionId != null && claimIds.Contains(c.PhasePlanRevisionId.Value)), r => r.PhasePlanRevisionId, filter, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfResolutionsAsync(TrackerDbContext db, IQueryable<int> claimIds, CancellationToken cancellationToken) =>
        OfResolutionsAsync(db, claimIds, ClaimFilter.Everything, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfResolutionsAsync(TrackerDbContext db, IQueryable<int> claimIds, ClaimFilter filter, CancellationToken cancellationToken) =>
        ReadAsync(db.Citations.Where(c => c.ConflictResolutionId != null && claimIds.Contains(c.ConflictResolutionId.Value)), r => r.ConflictResolutionId, filter, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfRiskAssessmentsAsync(TrackerDbContext db, IQueryable<int> claimIds, CancellationToken cancellationToken) =>
        OfRiskAssessmentsAsync(db, claimIds, ClaimFilter.Everything, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfRiskAssessmentsAsync(TrackerDbContext db, IQueryable<int> claimIds, ClaimFilter filter, CancellationToken cancellationToken) =>
        ReadAsync(db.Citations.Where(c => c.RiskAssessmentId != null && claimIds.Contains(c.RiskAssessmentId.Value)), r => r.RiskAssessmentId, filter, cancellationToken);

    private static async Task<ILookup<int, CitationView>> ReadAsync(IQueryable<Citation> citations, Func<Row, int?> owner, ClaimFilter filter, CancellationToken cancellationToken)
    {
        var rows = await citations.AsNoTracking()
            .OrderBy(c => c.Order).ThenBy(c => c.Id)
            .Select(c => new Row(
                c.FigureRevisionId,
                c.MilestoneDateRevisionId,
                c.PhasePlanRevisionId,
                c.ConflictResolutionId,
                c.RiskAssessmentId,
                c.Quote,
                c.Source!.Id,
                c.Source.Title,
                c.Source.Publisher,
                c.Source.Url,
                c.Source.PublishedOn,
                c.Source.PublishedOnPrecision,
                c.Source.Language,
                c.Source.Visibility))
            .ToListAsync(cancellationToken);
        if (filter.SeesEverything)
        {
            return rows.ToLookup(r => owner(r) ?? 0, r => r.ToView());
        }

        // Per claim, so a claim whose every source is hidden still says it has one ("source restricted").
        return rows
            .GroupBy(r => owner(r) ?? 0)
            .SelectMany(g => filter.Citations([.. g.Select(r => r.ToView())]).Select(c => (Claim: g.Key, Citation: c)))
            .ToLookup(x => x.Claim, x => x.Citation);
    }

    private sealed record Row(
        int? FigureRevisionId,
        int? MilestoneDateRevisionId,
        int? PhasePlanRevisionId,
        int? ConflictResolutionId,
        int? RiskAssessmentId,
        string? Quote,
        int SourceId,
        string Title,
        string? Publisher,
        string? Url,
        DateOnly? PublishedOn,
        DatePrecision PublishedOnPrecision,
        string Language,
        Visibility SourceVisibility)
    {
        public CitationView ToView() => new(
            new SourceRef(SourceId, Title, Publisher, Url, PublishedOn is { } start ? new PartialDate(start, PublishedOnPrecision) : null, Language) { Visibility = SourceVisibility },
            Quote);
    }
}
