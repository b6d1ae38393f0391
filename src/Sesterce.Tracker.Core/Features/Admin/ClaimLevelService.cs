using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>Which kind of claim <see cref="ClaimLevelService"/> reads the levels of.</summary>
public enum ClaimRecordKind
{
    Figure = 0,
    Date = 1,
    PhasePlan = 2,
    RiskAssessment = 3,
    Resolution = 4,
}

/// <summary>
/// The visibility level of stored claims, for the admin's forms and tables: the chip beside each
/// claim, and the level a correction starts from. Read apart from the claim views so the admin
/// pages need nothing from the read services but what they already show.
/// </summary>
public sealed class ClaimLevelService(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<int, Visibility>> OfAsync(ClaimRecordKind kind, IEnumerable<int> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<int, Visibility>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = kind switch
        {
            ClaimRecordKind.Figure => db.FigureRevisions.AsNoTracking().Where(r => wanted.Contains(r.Id)).Select(r => new { r.Id, r.Visibility }),
            ClaimRecordKind.Date => db.MilestoneDateRevisions.AsNoTracking().Where(r => wanted.Contains(r.Id)).Select(r => new { r.Id, r.Visibility }),
            ClaimRecordKind.PhasePlan => db.PhasePlanRevisions.AsNoTracking().Where(r => wanted.Contains(r.Id)).Select(r => new { r.Id, r.Visibility }),
            ClaimRecordKind.RiskAssessment => db.RiskAssessments.AsNoTracking().Where(r => wanted.Contains(r.Id)).Select(r => new { r.Id, r.Visibility }),
            _ => db.ConflictResolutions.AsNoTracking().Where(r => wanted.Contains(r.Id)).Select(r => new { r.Id, r.Visibility }),
        };
        return await rows.ToDictionaryAsync(r => r.Id, r => r.Visibility, cancellationToken);
    }
}
