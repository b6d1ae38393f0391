using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Identity;
using Xunit.Abstractions;

namespace Sesterce.Tracker.Tools.Tests.CrashWriter;

/// <summary>
/// A child process writes through the real services and is killed with SIGKILL at random moments,
/// round after round. The database must stay sound and keep every write the child acknowledged
/// (it prints a write only after SaveChanges returned). See docs/data-safety.md.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 20;

    private static readonly DateTimeOffset Today = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-crash-tests-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task WritesAcknowledgedBeforeASigkillSurviveItAndTheDatabaseStaysSound()
    {
        var database = Path.Combine(_folder, "crash.db");
        await using (var provider = Provider(database))
        {
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        }

        SqliteConnection.ClearAllPools();
        var seed = Environment.TickCount;
        output.WriteLine($"Random seed {seed}");
        var random = new Random(seed);
        var acknowledged = new List<(string Kind, string Tag)>();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            acknowledged.AddRange(await RunAndKillAsync(database, $"r{round}", TimeSpan.FromMilliseconds(random.Next(0, 250))));
            output.WriteLine($"Round {round}: {acknowledged.Count} acknowledged so far, {clock.Elapsed.TotalSeconds:F1} s");
        }

        output.WriteLine($"{acknowledged.Count} acknowledged writes over {Rounds} kills");
        Assert.True(acknowledged.Count >= Rounds, $"Only {acknowledged.Count} writes were acknowledged: the child barely wrote.");
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check;"));
        Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA foreign_key_check;") ?? "ok");
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        var revisions = await TagsAsync(connection, """
            SELECT c.Quote FROM FigureRevisions r JOIN Citations c ON c.FigureRevisionId = r.Id
            JOIN AuditEntries a ON a.EntityType = 'FigureRevision' AND a.EntityId = CAST(r.Id AS TEXT) WHERE c.Quote LIKE 'r%';
            """);
        var moves = await TagsAsync(connection, "SELECT d.Reason FROM MilestoneDateRevisions d JOIN Citations c ON c.MilestoneDateRevisionId = d.Id AND c.Quote = d.Reason WHERE d.Reason LIKE 'r%';");
        var movesAudited = await TagsAsync(connection, "SELECT Reason FROM AuditEntries WHERE Action = 'TargetClaimed' AND Reason LIKE 'r%';");
        Assert.Empty(acknowledged.Where(a => a.Kind == "revision").Select(a => a.Tag).Except(revisions));
        Assert.Empty(acknowledged.Where(a => a.Kind == "move").Select(a => a.Tag).Except(moves));
        // Nothing half-written either: every stored move came with its audit entry.
        Assert.Equal(moves.Order(StringComparer.Ordinal), movesAudited.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryConnectionTheAppOpensSyncsEachCommitAndWaitsForABusyWriter()
    {
        var database = Path.Combine(_folder, "pragmas.db");
        await using var provider = Provider(database);
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await using var db = await provider.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();

        Assert.Equal(2, await db.Database.SqlQueryRaw<int>("SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync());
        Assert.Equal(SqlitePragmas.BusyTimeoutMilliseconds, await db.Database.SqlQueryRaw<int>("SELECT timeout AS Value FROM pragma_busy_timeout").SingleAsync());
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
    }

    private static ServiceProvider Provider(string database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Today));
        services.AddSingleton<ICallerAccessor>(new AdminCaller());
        services.AddTrackerCore($"Data Source={database}");
        return services.BuildServiceProvider();
    }

    /// <summary>Starts the writer, lets it write for <paramref name="after"/> past its first acknowledged write, then kills it.</summary>
    private static async Task<List<(string Kind, string Tag)>> RunAndKillAsync(string database, string tag, TimeSpan after)
    {
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(WriterPath());
        start.ArgumentList.Add(database);
        start.ArgumentList.Add(tag);
        using var child = Process.Start(start)!;
        var acknowledged = new List<(string Kind, string Tag)>();
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.Run(async () =>
        {
            while (await child.StandardOutput.ReadLineAsync() is { } line)
            {
                var parts = line.Split(' ');
                if (parts is ["ack", var kind, var written])
                {
                    lock (acknowledged)
                    {
                        acknowledged.Add((kind, written));
                    }

                    first.TrySetResult();
                }
            }

            first.TrySetResult();
        });
        var errors = child.StandardError.ReadToEndAsync();
        try
        {
            await first.Task.WaitAsync(TimeSpan.FromSeconds(90));
            // Not a wait for a result: the kill must land at a random real moment in another
            // process's writes, which no fake clock can reach.
            await Task.Delay(after);
            if (child.HasExited)
            {
                Assert.Fail($"The writer stopped by itself: {await errors}");
            }

            // Process.Kill sends SIGKILL on Linux: no finally block, no flush, no dispose runs in the child.
            child.Kill();
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill();
            }

            await child.WaitForExitAsync();
            await reading;
        }

        Assert.NotEmpty(acknowledged);
        return acknowledged;
    }

    private static string WriterPath()
    {
        // bin/<Configuration>/<framework>/ of this test assembly, mirrored in the writer's project.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Sesterce.Tracker.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root!.FullName, "tools", "Sesterce.Tracker.CrashWriter", "bin", configuration, framework, "Sesterce.Tracker.CrashWriter.dll");
        Assert.True(File.Exists(path), $"The crash writer is not built at {path}.");
        return path;
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    private static async Task<List<string>> TagsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var tags = new List<string>();
        while (await reader.ReadAsync())
        {
            tags.Add(reader.GetString(0));
        }

        return tags;
    }
}
