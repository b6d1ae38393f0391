using Sesterce.Tracker.Core.Features.Benchmarks;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Claims;

namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>
/// A ledger line: the revision, its change against the previous headline and against the first,
/// and its part in the headline and in conflicts. "Change" compares headline to headline:
/// <see cref="FromPrevious"/> is set on a row that became the headline in force on its day
/// (<see cref="BecameHeadline"/>), measured from the headline in force before it; any other row
/// carries <see cref="FromHeadlineInForce"/>, its difference from the headline in force on its day,
/// so a press report never reads as a step of the headline and the next official number never
/// reads as a cut from a press report.
/// </summary>
public sealed record LedgerRow(
    FigureRevisionView Revision,
    FigureChange? FromPrevious,
    FigureChange? FromFirst,
    bool IsHeadline,
    bool IsReference,
    bool InConflict)
{
    public bool IsCorrected => Revision.CorrectedByRevisionId is not null;

    /// <summary>This revision was the headline in force on the day it became known.</summary>
    public bool BecameHeadline { get; init; }

    /// <summary>For a row that is not a step of the headline: its difference from the headline in force on its day.</summary>
    public FigureChange? FromHeadlineInForce { get; init; }

    /// <summary>The headline in force on this row's day that <see cref="FromHeadlineInForce"/> is measured from.</summary>
    public FigureRevisionView? HeadlineInForce { get; init; }

    /// <summary>The row's conflict with the headline in force, open or resolved, when it has one.</summary>
    public ClaimConflict<FigureRevisionView>? Conflict { get; init; }
}

/// <summary>
/// Everything the page of one figure shows on one date. <see cref="Figure"/> is null when no
/// revision was known yet; the rows then are empty too.
/// </summary>
public sealed record FigureLedgerView(
    CampusDetail Campus,
    string Key,
    string Name,
    string Unit,
    DateOnly AsOf,
    bool IsToday,
    FigureSnapshot? Figure,
    IReadOnlyList<LedgerRow> Rows,
    IReadOnlyList<ClaimConflict<FigureRevisionView>> Conflicts,
    string? ReferenceNote,
    IReadOnlyList<DerivedRatio> Ratios,
    IReadOnlyList<BenchmarkView> Benchmarks,
    Waterfall? Waterfall)
{
    public bool NothingKnownYet => Figure is null;
}

public sealed class FigureLedgerService(FigureService figures, CampusService campuses, BenchmarkService benchmarks, TrackerClock clock)
{
    /// <summary>The figure's page as known on <paramref name="asOf"/>, or why there is none.</summary>
    public async Task<ReadResult<FigureLedgerView>> GetAsync(string slug, string key, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        return await (await figures.GetLedgerAsync(slug, key, day, cancellationToken)).ThenAsync(ledger => BuildAsync(slug, key, day, ledger, cancellationToken));
    }

    private async Task<ReadResult<FigureLedgerView>> BuildAsync(string slug, string key, DateOnly day, FigureLedger ledger, CancellationToken cancellationToken)
    {
        var campus = await campuses.GetAsync(slug, day, cancellationToken);
        if (campus is null)
        {
            return ReadResult.NotFound<FigureLedgerView>();
        }

        var snapshots = await figures.GetFiguresAsync(slug, day, cancellationToken) ?? [];
        var figure = snapshots.FirstOrDefault(s => s.Key == key);
        var conflicts = figure?.Conflicts ?? [];
        var ratios = FigureRatios.Compute(snapshots, key);
        var ratioBenchmarks = new List<BenchmarkView>();
        foreach (var ratio in ratios)
        {
            ratioBenchmarks.AddRange(await benchmarks.ListAsync(ratio.Key, cancellationToken));
        }

        return ReadResult.Found(new FigureLedgerView(
            campus,
            ledger.Key,
            ledger.Name,
            ledger.Unit,
            day,
            day == clock.Today,
            figure,
            Rows(ledger, figure, conflicts),
            conflicts,
            ledger.ReferenceRevisionId is not null ? ledger.ReferenceNote : null,
            ratios,
            ratioBenchmarks,
            FigureWaterfall.Build(figure)));
    }

    /// <summary>
    /// Changes compare headline to headline, among the standing revisions: a row that became the
    /// headline on its day is measured from the headline in force before it; any other standing row
    /// from the headline in force on its day. A corrected revision has no change at all, and nothing
    /// is measured against it.
    /// </summary>
    internal static IReadOnlyList<LedgerRow> Rows(FigureLedger ledger, FigureSnapshot? figure, IReadOnlyList<ClaimConflict<FigureRevisionView>> conflicts)
    {
        var rows = new List<LedgerRow>();
        var effective = FigureHistory.Effective(ledger.Revisions);
        // Many revisions share a day: the headline of each day is chosen once, not once per row.
        var headlines = new Dictionary<DateOnly, FigureRevisionView?>();
        FigureRevisionView? HeadlineOn(DateOnly day)
        {
            if (!headlines.TryGetValue(day, out var headline))
            {
                headline = FigureHeadlines.Choose([.. effective.Where(r => r.KnownFrom <= day)], ledger.ReferenceRevisionId)?.Revision;
                headlines[day] = headline;
            }

            return headline;
        }

        FigureRevisionView? previousHeadline = null;
        var first = figure?.First;
        foreach (var revision in ledger.Revisions)
        {
            var inForce = HeadlineOn(revision.KnownFrom);
            var corrected = revision.CorrectedByRevisionId is not null;
            var became = !corrected && inForce?.Id == revision.Id;
            rows.Add(new LedgerRow(
                revision,
                became && previousHeadline is not null && previousHeadline.Id != revision.Id ? FigureChange.Between(previousHeadline.Value, revision.Value) : null,
                // A replaced revision was a mistake: a change measured from or to it would report a move that never happened.
                corrected || first is null || first.Id == revision.Id ? null : FigureChange.Between(first.Value, revision.Value),
                figure?.Latest.Id == revision.Id,
                ledger.ReferenceRevisionId == revision.Id,
                // Only a disagreement still open flags the row; a resolved one is read in the conflict panel.
                conflicts.Any(c => c.IsOpen && c.Involves(revision.Id)))
            {
                BecameHeadline = became,
                FromHeadlineInForce = !became && !corrected && inForce is not null && inForce.Id != revision.Id ? FigureChange.Between(inForce.Value, revision.Value) : null,
                HeadlineInForce = became || corrected ? null : inForce,
                Conflict = conflicts.FirstOrDefault(c => c.Claim.Id == revision.Id),
            });
            if (became)
            {
                previousHeadline = revision;
            }
        }

        return rows;
    }
}
