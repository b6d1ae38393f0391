using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Dashboard;
using Sesterce.Tracker.Core.Features.Executive;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Timeline;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Generator;

namespace Sesterce.Tracker.Tools.Tests.Generator;

/// <summary>A small generated portfolio: sound, readable by every service, the same for the same seed.</summary>
public sealed class PortfolioGeneratorTests : IDisposable
{
    private static readonly GenerationOptions Small = new() { Campuses = 3, MilestonesPerCampus = 12, FiguresPerCampus = 10, RevisionsPerFigure = 8, Seed = 5 };
    private static readonly string[] Tables = ["Campuses", "CampusPeople", "Phases", "Sources", "Figures", "FigureRevisions", "Milestones", "MilestoneDateRevisions", "Benchmarks", "AuditEntries"];

    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-generator-tests-").FullName;
    private readonly PortfolioGenerator _generator = new(NullLogger<PortfolioGenerator>.Instance);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task TheSameSeedWritesTheSameContentAndAnotherSeedDoesNot()
    {
        await _generator.GenerateAsync(PathOf("a.db"), Small);
        await _generator.GenerateAsync(PathOf("b.db"), Small);
        await _generator.GenerateAsync(PathOf("c.db"), Small with { Seed = 6 });

        var a = await ContentHashAsync(PathOf("a.db"));
        Assert.Equal(a, await ContentHashAsync(PathOf("b.db")));
        Assert.NotEqual(a, await ContentHashAsync(PathOf("c.db")));
    }

    [Fact]
    public async Task AGeneratedPortfolioIsSoundAndAuditsEveryRevision()
    {
        var report = await _generator.GenerateAsync(PathOf("p.db"), Small);

        Assert.Equal(3 * 10 * 8, report.Rows["FigureRevisions"]);
        Assert.Equal(3 * 12, report.Rows["Milestones"]);
        Assert.True(report.Rows["MilestoneDateRevisions"] >= 3 * 12);
        await using var connection = await OpenAsync(PathOf("p.db"));
        Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check;"));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM pragma_foreign_key_check;"));
        Assert.Equal((long)report.Rows["FigureRevisions"], await ScalarAsync(connection, "SELECT COUNT(*) FROM AuditEntries WHERE EntityType = 'FigureRevision';"));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM FigureRevisions WHERE SourceId IS NULL OR Quote IS NULL;"));
        Assert.True((long)(await ScalarAsync(connection, "SELECT COUNT(DISTINCT TargetPrecision) FROM MilestoneDateRevisions;"))! >= 3);
    }

    [Fact]
    public async Task AnExistingFileIsRefusedAndKeptUnlessForced()
    {
        var path = PathOf("existing.db");
        await File.WriteAllTextAsync(path, "keep me");

        await Assert.ThrowsAsync<IOException>(() => _generator.GenerateAsync(path, Small));
        Assert.Equal("keep me", await File.ReadAllTextAsync(path));

        await _generator.GenerateAsync(path, Small, overwrite: true);
        await using var connection = await OpenAsync(path);
        Assert.Equal(3L, await ScalarAsync(connection, "SELECT COUNT(*) FROM Campuses;"));
    }

    [Fact]
    public async Task EveryReadServiceReadsTheGeneratedPortfolioTodayAndInThePast()
    {
        await _generator.GenerateAsync(PathOf("read.db"), Small);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(Small.Anchor.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
        services.AddSingleton<ICallerAccessor>(new AdminCaller());
        services.AddTrackerCore($"Data Source={PathOf("read.db")};Pooling=False");
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

        var campuses = await Get<CampusService>().ListAsync();
        Assert.Equal(3, campuses.Count);
        foreach (var day in new DateOnly?[] { null, Small.Anchor.AddYears(-1) })
        {
            foreach (var campus in campuses)
            {
                var dashboard = (await Get<DashboardService>().GetAsync(campus.Slug, day)).View;
                Assert.NotNull(dashboard);
                Assert.NotEmpty(dashboard.Figures);
                var timeline = (await Get<TimelineService>().GetCampusAsync(campus.Slug, day)).View;
                Assert.NotEmpty(Assert.Single(timeline!.Campuses).Milestones);
                Assert.True((await Get<ExecutiveService>().GetAsync(campus.Slug, day)).IsFound);
                foreach (var figure in dashboard.Figures)
                {
                    var ledger = (await Get<FigureLedgerService>().GetAsync(campus.Slug, figure.Key, day)).View;
                    Assert.NotEmpty(ledger!.Rows);
                }

                var milestone = timeline.Campuses[0].Milestones[0].Milestone;
                Assert.True((await Get<MilestoneDetailService>().GetAsync(campus.Slug, milestone.Id, day)).IsFound);
            }

            var (portfolio, total) = await Get<TimelineService>().GetPortfolioAsync(day);
            Assert.Equal(3, total);
            Assert.Equal(3, portfolio.Campuses.Count);
        }

        var audit = await Get<AuditService>().QueryAsync(new AuditFilter(CampusSlug: campuses[0].Slug));
        Assert.True(audit!.Total > 3 * 8);
    }

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>A hash of every generated row, table by table in id order.</summary>
    private static async Task<string> ContentHashAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\";";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) + "\u001f"));
                }

                hash.AppendData("\u001e"u8);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
