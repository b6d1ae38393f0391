using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Generator;

namespace Sesterce.Tracker.Benchmarks;

/// <summary>The generated database under test, the services over it with an admin caller, and the raw SQL beside them.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    public const string PathVariable = "TRACKER_BENCH_DB";

    /// <summary>A campus from the middle of the portfolio and a figure every generated campus has.</summary>
    public const string FigureKey = "power";

    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    public BenchDatabase(string path, Action<string>? logSql = null)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No database at {path}: generate one with tools/Sesterce.Tracker.Generator (see docs/performance.md).", path);
        }

        // Read-only: the benchmarks never change the file they measure.
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
        Today = GenerationOptions.DefaultAnchor;
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
        services.AddSingleton<ICallerAccessor>(new AdminCaller());
        services.AddTrackerCore(options =>
        {
            options.UseSqlite(ConnectionString);
            if (logSql is not null)
            {
                options.LogTo(logSql, [DbLoggerCategory.Database.Command.Name], LogLevel.Information);
            }
        });
        _provider = services.BuildServiceProvider();
        _scope = _provider.CreateAsyncScope();

        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = RawReads.Command(connection, "SELECT Slug FROM Campuses ORDER BY Id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM Campuses)");
        Slug = (string)command.ExecuteScalar()!;
        Services = new ServicePages(_scope.ServiceProvider, Slug, FigureKey);
        Raw = new RawPages(ConnectionString, Slug, FigureKey, Today);
    }

    public string ConnectionString { get; }

    public DateOnly Today { get; }

    /// <summary>A year before the generator's anchor: the "as known on" view of the past.</summary>
    public DateOnly Past => Today.AddYears(-1);

    public string Slug { get; }

    public ServicePages Services { get; }

    public RawPages Raw { get; }

    public static string DefaultPath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/tmp/tracker-perf/big.db";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Throws unless the service and the raw SQL give the same answer for the page; a ratio of two different answers means nothing.</summary>
    public async Task AssertSameAnswerAsync(Page page, DateOnly? asOf)
    {
        var service = JsonSerializer.Serialize(await Services.LoadAsync(page, asOf), Json);
        var raw = JsonSerializer.Serialize(Raw.Load(page, asOf), Json);
        if (service != raw)
        {
            var at = Enumerable.Range(0, Math.Min(service.Length, raw.Length)).FirstOrDefault(i => service[i] != raw[i]);
            throw new InvalidOperationException(
                $"{page} as of {asOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "today"}: the service and the raw SQL differ at character {at}:\n service …{Excerpt(service, at)}…\n raw     …{Excerpt(raw, at)}…");
        }

        if (service.Length < 50)
        {
            throw new InvalidOperationException($"{page}: the answer is nearly empty ({service}); benchmark a campus with data.");
        }
    }

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 80), Math.Min(200, text.Length - Math.Max(0, at - 80)));

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }

    private sealed class AdminCaller : ICallerAccessor
    {
        private static readonly Caller Admin = new("bench-admin", "bench@portfolio.test", TrackerRoles.Admin);

        public ValueTask<Caller> GetCallerAsync() => ValueTask.FromResult(Admin);
    }
}
