using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sesterce.Tracker.Core.Data.Seed;

namespace Sesterce.Tracker.Core.Data;

/// <summary>Brings the database to the current schema and loads seed data. Safe to run at every start.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<TrackerDbContext> contextFactory, TrackerSeeder seeder, RoleSeeder roles, ILogger<DatabaseInitializer> logger)
{
    /// <summary>What the app needs before it serves: the schema, the roles and the seed data.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);
        await roles.SeedAsync(cancellationToken);
        await seeder.SeedAsync(cancellationToken);
    }

    /// <summary>
    /// The schema only, prepared as at start-up (folder, WAL, migrations) but with no rows added: for
    /// commands that bring their own data, such as an import into a fresh tracker.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        EnsureDirectoryExists(db.Database.GetConnectionString());

        // WAL lets dashboards read while an admin writes; the mode is stored in the file, so setting it once is enough.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {MigrationCount} migrations: {Migrations}", pending.Count, pending);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    private static void EnsureDirectoryExists(string? connectionString)
    {
        if (connectionString is null)
        {
            return;
        }

        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
