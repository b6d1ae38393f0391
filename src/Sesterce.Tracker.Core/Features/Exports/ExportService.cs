using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Risks;

namespace Sesterce.Tracker.Core.Features.Exports;

/// <summary>A table to download and the file name it goes by.</summary>
public sealed record ExportFile(ExportTable Table, string BaseName);

/// <summary>Builds the downloadable tables as known on a date.</summary>
public sealed class ExportService(FigureLedgerService ledgers, MilestoneService milestones, RiskService risks, TrackerClock clock)
{
    public async Task<ReadResult<ExportFile>> LedgerAsync(string slug, string key, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        var view = await ledgers.GetAsync(slug, key, day, cancellationToken);
        return await view.ThenAsync(v => Task.FromResult(ReadResult.Found(new ExportFile(ExportTables.Ledger(v), ExportTables.LedgerFileName(slug, key, day)))));
    }

    /// <summary>The milestone list; null when the campus does not exist.</summary>

    public async Task<ExportFile?> MilestonesAsync(string slug, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        var list = await milestones.GetMilestonesAsync(slug, day, cancellationToken);
        return list is null ? null : new ExportFile(ExportTables.Milestones(list), ExportTables.MilestonesFileName(slug, day));
    }

    /// <summary>The risk register, one row per assessment known on the day; null when the campus does not exist.</summary>
    public async Task<ExportFile?> RisksAsync(string slug, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        var register = await risks.ListAsync(slug, day, cancellationToken);
        return register is null ? null : new ExportFile(ExportTables.Risks(register), ExportTables.RisksFileName(slug, day));
    }
}
