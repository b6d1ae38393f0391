using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Tests;

/// <summary>
/// A real SQLite database in memory with the real migrations and seed data, and a fake clock set
/// to <see cref="Today"/>. Each test class gets its own.
/// </summary>
public sealed class TrackerDatabase : IAsyncLifetime, IDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    private readonly bool _seed;

    public TrackerDatabase()
        : this(seed: true)
    {
    }

    private TrackerDatabase(bool seed)
    {
        _seed = seed;
        Clock = new FakeTimeProvider(Today);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICallerAccessor>(Callers);
        services.AddTrackerCore(options => options.UseSqlite(_connection));
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Who the services think is calling; an admin unless a test says otherwise.</summary>
    public TestCallers Callers { get; } = new();

    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public TrackerDbContext CreateContext() => Get<IDbContextFactory<TrackerDbContext>>().CreateDbContext();

    /// <summary>The audit entry a test adds when it writes test data straight to the store (the store refuses unaudited writes).</summary>
    public static Sesterce.Tracker.Core.Domain.AuditEntry TestAudit(string what) => new()
    {
        UserName = "test",
        EntityType = "Test",
        EntityId = what,
        Action = "Arranged",
        Summary = what,
        Changes = "[]",
    };

    /// <summary>A database with the migrations and the roles but no campus, source or benchmark: a fresh tracker to import into.</summary>
    public static async Task<TrackerDatabase> CreateEmptyAsync()
    {
        var database = new TrackerDatabase(seed: false);
        await database.InitializeAsync();
        return database;
    }

    /// <summary>An open database with no migration applied and no row: for tests of the migrations themselves.</summary>
    public static async Task<TrackerDatabase> CreateUnmigratedAsync()
    {
        var database = new TrackerDatabase(seed: false);
        await database._connection.OpenAsync();
        return database;
    }

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        if (_seed)
        {
            await Get<DatabaseInitializer>().InitializeAsync();
            return;
        }

        await using (var db = CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        await Get<Sesterce.Tracker.Core.Data.Seed.RoleSeeder>().SeedAsync();
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Services.Dispose();
        _connection.Dispose();
    }
}

public sealed class TestCallers : ICallerAccessor
{
    public static readonly Caller Admin = new("user-alice", "alice@example.test", TrackerRoles.Admin);
    public static readonly Caller OtherAdmin = new("user-bob", "bob@example.test", TrackerRoles.Admin);
    public static readonly Caller Viewer = new("user-victor", "victor@example.test", "Viewer");

    public Caller Current { get; set; } = Admin;

    public ValueTask<Caller> GetCallerAsync() => ValueTask.FromResult(Current);
}
