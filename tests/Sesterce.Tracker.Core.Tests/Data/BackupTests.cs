using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Data.Backup;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Tests.Data;

/// <summary>Backups taken while the app writes, checked and restored; bad files refused without touching the live database.</summary>
public sealed class BackupTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-backup-tests-").FullName;
    private readonly List<ServiceProvider> _providers = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string PathOf(string name) => Path.Combine(_folder, name);

    /// <summary>A migrated, seeded tracker database in its own file, as the app runs it (WAL).</summary>
    private async Task<ServiceProvider> LiveDatabaseAsync(string name)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(TrackerDatabase.Today));
        services.AddSingleton<ICallerAccessor>(new TestCallers());
        services.AddTrackerCore($"Data Source={PathOf(name)}");
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return provider;
    }

    /// <summary>One audited write, as a service makes it: a figure revision and its audit entry in one save.</summary>
    private static async Task WriteRevisionAsync(ServiceProvider live, int figureId, int n)
    {
        await using var db = await live.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        db.FigureRevisions.Add(new FigureRevision
        {
            FigureId = figureId,
            Value = n,
            AnnouncedOn = PartialDate.OnDay(2026, 1, 1),
            Status = ClaimStatus.PressReport,
            Note = $"load {n}",
            RecordedAt = TrackerDatabase.Today,
        });
        db.AuditEntries.Add(TrackerDatabase.TestAudit($"load {n}"));
        await db.SaveChangesAsync();
    }

    private static async Task<Dictionary<string, long>> RowCountsAsync(string file)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\";";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>Every row of every table as text, tables and rows in a fixed order.</summary>
    private static async Task<List<string>> ContentAsync(string file)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var table in (await RowCountsAsync(file)).Keys.Order(StringComparer.Ordinal))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid;";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(table + ": " + string.Join(" | ", values.Select(v => v is byte[] b ? Convert.ToHexString(b) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return rows;
    }

    private static async Task<int> FirstFigureIdAsync(ServiceProvider live)
    {
        await using var db = await live.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        return await db.Figures.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
    }

    [Fact]
    public async Task ABackupTakenWhileTheAppWritesIsConsistentAndRestoresToTheSameRows()
    {
        var live = await LiveDatabaseAsync("live.db");
        var figureId = await FirstFigureIdAsync(live);
        var before = await RowCountsAsync(PathOf("live.db"));
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var written = 0;
        var stopAt = int.MaxValue;
        var writer = Task.Run(async () =>
        {
            while (written < Volatile.Read(ref stopAt))
            {
                await WriteRevisionAsync(live, figureId, ++written);
                if (written == 20)
                {
                    writing.SetResult();
                }
            }
        });

        await writing.Task;
        var result = await live.GetRequiredService<DatabaseBackup>().BackupAsync(PathOf("copy.db"));
        // The writer goes on for 20 more writes after the backup, then stops.
        Volatile.Write(ref stopAt, Volatile.Read(ref written) + 20);
        await writer;

        Assert.True(result.Succeeded, result.Message);
        Assert.True((await live.GetRequiredService<DatabaseBackup>().VerifyAsync(PathOf("copy.db"))).Succeeded);
        var copy = await RowCountsAsync(PathOf("copy.db"));
        var revisionsInCopy = copy["FigureRevisions"] - before["FigureRevisions"];
        // One snapshot: every revision in the copy came with its audit entry, and writes went on during and after it.
        Assert.InRange(revisionsInCopy, 20, written - 1);
        Assert.Equal(revisionsInCopy, copy["AuditEntries"] - before["AuditEntries"]);

        var other = await LiveDatabaseAsync("other.db");
        var restored = await other.GetRequiredService<DatabaseBackup>().RestoreAsync(PathOf("copy.db"));

        Assert.True(restored.Succeeded, restored.Message);
        Assert.Equal(copy, await RowCountsAsync(PathOf("other.db")));
        // Identical, not just as many rows: every value of every table.
        Assert.Equal(await ContentAsync(PathOf("copy.db")), await ContentAsync(PathOf("other.db")));
        await using var db = await other.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        Assert.Equal(revisionsInCopy, await db.FigureRevisions.CountAsync(r => r.Note != null && r.Note.StartsWith("load ")));
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "garbage", "not a SQLite database" },
        { "truncated", "The file cannot be read as a database" },
        { "empty-sqlite", "tables __EFMigrationsHistory, Campuses" },
        { "older-schema", "The file's schema is at migration" },
        { "missing", "There is no file" },
        { "orphans", "failed SQLite's foreign key check" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ABadFileIsRefusedWithAReasonAndTheLiveDatabaseIsUntouched(string kind, string reason)
    {
        var live = await LiveDatabaseAsync("live.db");
        var backup = live.GetRequiredService<DatabaseBackup>();
        Assert.True((await backup.BackupAsync(PathOf("good.db"))).Succeeded);
        var bad = PathOf($"{kind}.db");
        switch (kind)
        {
            case "garbage":
                await File.WriteAllBytesAsync(bad, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251))]);
                break;
            case "truncated":
                var bytes = await File.ReadAllBytesAsync(PathOf("good.db"));
                await File.WriteAllBytesAsync(bad, bytes[..(bytes.Length / 2)]);
                break;
            case "empty-sqlite":
                await using (var empty = new SqliteConnection($"Data Source={bad};Pooling=False"))
                {
                    await empty.OpenAsync();
                    await using var create = empty.CreateCommand();
                    create.CommandText = "CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Text TEXT);";
                    await create.ExecuteNonQueryAsync();
                }

                break;
            case "older-schema":
                File.Copy(PathOf("good.db"), bad);
                await using (var older = new SqliteConnection($"Data Source={bad};Pooling=False"))
                {
                    await older.OpenAsync();
                    await using var drop = older.CreateCommand();
                    drop.CommandText = "DELETE FROM __EFMigrationsHistory WHERE MigrationId = (SELECT MAX(MigrationId) FROM __EFMigrationsHistory);";
                    await drop.ExecuteNonQueryAsync();
                }

                break;
            case "orphans":
                File.Copy(PathOf("good.db"), bad);
                await using (var orphans = new SqliteConnection($"Data Source={bad};Pooling=False"))
                {
                    await orphans.OpenAsync();
                    await using var delete = orphans.CreateCommand();
                    delete.CommandText = "PRAGMA foreign_keys=OFF; DELETE FROM Campuses;";
                    await delete.ExecuteNonQueryAsync();
                }

                break;
        }

        await WriteRevisionAsync(live, await FirstFigureIdAsync(live), 1);
        var before = await RowCountsAsync(PathOf("live.db"));

        var result = await backup.RestoreAsync(bad);

        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Message, StringComparison.Ordinal);
        Assert.Equal(before, await RowCountsAsync(PathOf("live.db")));
        Assert.Empty(Directory.GetFiles(_folder, "live.db.replaced-*"));
    }

    [Theory]
    [InlineData("live.db")]
    [InlineData("live.db-wal")]
    [InlineData("live.db-shm")]
    [InlineData("live.db-journal")]
    [InlineData("sub/../live.db")]
    public async Task ABackupOverTheLiveDatabaseOrACompanionIsRefused(string name)
    {
        var live = await LiveDatabaseAsync("live.db");
        var before = await RowCountsAsync(PathOf("live.db"));

        var result = await live.GetRequiredService<DatabaseBackup>().BackupAsync(PathOf(name));

        Assert.False(result.Succeeded);
        Assert.Contains("is the live database or one of its companion files", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, await RowCountsAsync(PathOf("live.db")));
    }

    [Fact]
    public async Task ARestoreKeepsWhatItReplacedUnderTheTimeOfTheRestore()
    {
        var live = await LiveDatabaseAsync("live.db");
        var backup = live.GetRequiredService<DatabaseBackup>();
        Assert.True((await backup.BackupAsync(PathOf("good.db"))).Succeeded);
        await WriteRevisionAsync(live, await FirstFigureIdAsync(live), 1);
        var before = await RowCountsAsync(PathOf("live.db"));

        var first = await backup.RestoreAsync(PathOf("good.db"));
        var second = await backup.RestoreAsync(PathOf("good.db"));

        var stamp = TrackerDatabase.Today.UtcDateTime.ToString("yyyy-MM-dd'T'HHmm'Z'", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(PathOf($"live.db.replaced-{stamp}"), first.KeptCopy);
        Assert.Equal(PathOf($"live.db.replaced-{stamp}-2"), second.KeptCopy);
        Assert.Contains(first.KeptCopy!, first.Message, StringComparison.Ordinal);
        Assert.Equal(before, await RowCountsAsync(first.KeptCopy!));
    }
}
