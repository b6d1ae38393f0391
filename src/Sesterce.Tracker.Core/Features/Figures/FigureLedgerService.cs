using Sesterce.Tracker.Core.Features.Benchmarks;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Claims;

namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>
/// A ledger line: the revision, its change against the previous standing revision and against the
/// first, and its part in the headline and in conflicts.
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
    /// Changes compare with the standing revisions only: a corrected revision is measured against
    /// the one before it, but nothing is measured against a corrected one.
    /// </summary>
    internal static IReadOnlyList<LedgerRow> Rows(FigureLedger ledger, FigureSnapshot? figure, IReadOnlyList<ClaimConflict<FigureRevisionView>> conflicts)
    {
        var rows = new List<LedgerRow>();
        FigureRevisionView? previous = null;
        var first = figure?.First;
        foreach (var revision in ledger.Revisions)
        {
            rows.Add(new LedgerRow(
                revision,
                previous is null ? null : FigureChange.Between(previous.Value, revision.Value),
                first is null || first.Id == revision.Id ? null : FigureChange.Between(first.Value, revision.Value),
                figure?.Latest.Id == revision.Id,
                ledger.ReferenceRevisionId == revision.Id,
                conflicts.Any(c => c.Involves(revision.Id))));
            if (revision.CorrectedByRevisionId is null)
            {
                previous = revision;
            }
        }

        return rows;
    }
}
