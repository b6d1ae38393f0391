using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Data;

namespace Sesterce.Tracker.Core.Tests.Data;

/// <summary>The two ways a store is prepared: the schema alone (for an import) and everything the app serves with.</summary>
public sealed class DatabaseInitializerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-initializer-tests-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task MigratingPreparesTheSchemaAsAtStartUpButAddsNoRowsAndInitializingThenSeeds()
    {
        var database = Path.Combine(_folder, "not-yet", "tracker.db");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTrackerCore($"Data Source={database}");
        await using var provider = services.BuildServiceProvider();
        var initializer = provider.GetRequiredService<DatabaseInitializer>();
        var contexts = provider.GetRequiredService<IDbContextFactory<TrackerDbContext>>();

        await initializer.MigrateAsync();

        await using (var db = await contexts.CreateDbContextAsync())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal((0, 0), (await db.Campuses.CountAsync(), await db.Roles.CountAsync()));
            Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
        }

        await initializer.InitializeAsync();

        await using (var db = await contexts.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.Campuses.CountAsync());
            Assert.NotEqual(0, await db.Roles.CountAsync());
        }
    }
}
