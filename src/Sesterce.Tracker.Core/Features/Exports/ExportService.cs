using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Features.Exports;

/// <summary>A table to download and the file name it goes by.</summary>
public sealed record ExportFile(ExportTable Table, string BaseName);

/// <summary>Builds the downloadable tables as known on a date. Null means the campus or figure does not exist.</summary>
public sealed class ExportService(FigureLedgerService ledgers, MilestoneService milestones, TrackerClock clock)
{
    public async Task<ExportFile?> LedgerAsync(string slug, string key, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        var view = await ledgers.GetAsync(slug, key, day, cancellationToken);
        return view is null ? null : new ExportFile(ExportTables.Ledger(view), ExportTables.LedgerFileName(slug, key, day));
    }

    public async Task<ExportFile?> MilestonesAsync(string slug, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        var list = await milestones.GetMilestonesAsync(slug, day, cancellationToken);
        return list is null ? null : new ExportFile(ExportTables.Milestones(list), ExportTables.MilestonesFileName(slug, day));
    }
}
