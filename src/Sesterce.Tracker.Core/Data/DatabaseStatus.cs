using Microsoft.EntityFrameworkCore;

namespace Sesterce.Tracker.Core.Data;

public sealed record DatabaseState(bool CanConnect, int AppliedMigrations, IReadOnlyList<string> PendingMigrations, int Campuses, string? JournalMode, string? Error);

/// <summary>Reports whether the store is reachable and on the current schema, for the health endpoint.</summary>
public sealed class DatabaseStatus(IDbContextFactory<TrackerDbContext> contextFactory)
{
    public async Task<DatabaseState> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return new DatabaseState(false, 0, [], 0, null, "The database cannot be opened.");
            }

            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Count();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            var campuses = pending.Count == 0 ? await db.Campuses.CountAsync(cancellationToken) : 0;
            // The pragma answers exactly one row; First without an order would be warned about on every health check.
            var journal = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleOrDefaultAsync(cancellationToken);
            return new DatabaseState(true, applied, pending, campuses, journal, null);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return new DatabaseState(false, 0, [], 0, null, ex.Message);
        }
    }
}
