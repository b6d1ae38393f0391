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
        ReadAsync(db.Citations.Where(c => c.FigureRevisionId != null && claimIds.Contains(c.FigureRevisionId.Value)), r => r.FigureRevisionId, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfMilestoneDatesAsync(TrackerDbContext db, IQueryable<int> claimIds, CancellationToken cancellationToken) =>
        ReadAsync(db.Citations.Where(c => c.MilestoneDateRevisionId != null && claimIds.Contains(c.MilestoneDateRevisionId.Value)), r => r.MilestoneDateRevisionId, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfPhasePlansAsync(TrackerDbContext db, IQueryable<int> claimIds, CancellationToken cancellationToken) =>
        ReadAsync(db.Citations.Where(c => c.PhasePlanRevisionId != null && claimIds.Contains(c.PhasePlanRevisionId.Value)), r => r.PhasePlanRevisionId, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfResolutionsAsync(TrackerDbContext db, IQueryable<int> claimIds, CancellationToken cancellationToken) =>
        ReadAsync(db.Citations.Where(c => c.ConflictResolutionId != null && claimIds.Contains(c.ConflictResolutionId.Value)), r => r.ConflictResolutionId, cancellationToken);

    public static Task<ILookup<int, CitationView>> OfRiskAssessmentsAsync(TrackerDbContext db, IQueryable<int> claimIds, CancellationToken cancellationToken) =>
        ReadAsync(db.Citations.Where(c => c.RiskAssessmentId != null && claimIds.Contains(c.RiskAssessmentId.Value)), r => r.RiskAssessmentId, cancellationToken);

    private static async Task<ILookup<int, CitationView>> ReadAsync(IQueryable<Citation> citations, Func<Row, int?> owner, CancellationToken cancellationToken)
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
                c.Source.Language))
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => owner(r) ?? 0, r => r.ToView());
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
        string Language)
    {
        public CitationView ToView() => new(
            new SourceRef(SourceId, Title, Publisher, Url, PublishedOn is { } start ? new PartialDate(start, PublishedOnPrecision) : null, Language),
            Quote);
    }
}
