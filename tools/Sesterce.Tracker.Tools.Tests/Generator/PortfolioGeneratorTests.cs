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
    private static readonly string[] Tables =
        ["Campuses", "CampusPeople", "Phases", "PhasePlanRevisions", "Sources", "Figures", "FigureRevisions", "Milestones", "MilestoneDateRevisions", "Citations", "Benchmarks", "AuditEntries"];

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
    public async Task AGeneratedPortfolioIsSoundAndAuditsEveryClaim()
    {
        var report = await _generator.GenerateAsync(PathOf("p.db"), Small);

        Assert.Equal(3 * 10 * 8, report.Rows["FigureRevisions"]);
        Assert.Equal(3 * 12, report.Rows["Milestones"]);
        Assert.True(report.Rows["MilestoneDateRevisions"] >= 3 * 12);
        await using var connection = await OpenAsync(PathOf("p.db"));
        Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check;"));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM pragma_foreign_key_check;"));
        Assert.Equal((long)report.Rows["FigureRevisions"], await ScalarAsync(connection, "SELECT COUNT(*) FROM AuditEntries WHERE EntityType = 'FigureRevision';"));
        Assert.Equal(
            await ScalarAsync(connection, "SELECT COUNT(*) FROM MilestoneDateRevisions;"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM AuditEntries WHERE EntityType = 'Milestone' AND Action IN ('Created', 'TargetClaimed', 'ReachedClaimed', 'ReachedRetracted', 'DateCorrected');"));
        Assert.Equal(
            await ScalarAsync(connection, "SELECT COUNT(*) FROM PhasePlanRevisions;"),
            await ScalarAsync(connection, "SELECT (SELECT COUNT(*) FROM AuditEntries WHERE EntityType = 'PhasePlan') + (SELECT COUNT(DISTINCT PhaseId) FROM PhasePlanRevisions);"));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM AuditEntries WHERE EntityType IN ('FigureRevision', 'PhasePlan') AND Changes NOT LIKE '%\"field\":\"Sources\"%';"));
    }

    /// <summary>The claim model's paths the benchmarks and load tests must exercise, each present and each sound.</summary>
    [Fact]
    public async Task AGeneratedPortfolioHoldsEveryKindOfClaimEachCitingSourcesPublishedByThen()
    {
        await _generator.GenerateAsync(PathOf("claims.db"), Small with { Campuses = 6, MilestonesPerCampus = 30 });
        await using var connection = await OpenAsync(PathOf("claims.db"));
        async Task<long> CountAsync(string sql) => (long)(await ScalarAsync(connection, sql))!;

        // Every claim cites at least one source with its words, in order from 0, each source once.
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM FigureRevisions r WHERE NOT EXISTS (SELECT 1 FROM Citations c WHERE c.FigureRevisionId = r.Id AND c.\"Order\" = 0 AND c.Quote IS NOT NULL);"));
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM MilestoneDateRevisions r WHERE NOT EXISTS (SELECT 1 FROM Citations c WHERE c.MilestoneDateRevisionId = r.Id AND c.\"Order\" = 0);"));
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM PhasePlanRevisions r WHERE NOT EXISTS (SELECT 1 FROM Citations c WHERE c.PhasePlanRevisionId = r.Id AND c.\"Order\" = 0);"));
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM (SELECT 1 FROM Citations GROUP BY FigureRevisionId, MilestoneDateRevisionId, PhasePlanRevisionId, SourceId HAVING COUNT(*) > 1);"));
        Assert.True(await CountAsync("SELECT COUNT(*) FROM (SELECT 1 FROM Citations GROUP BY FigureRevisionId, MilestoneDateRevisionId, PhasePlanRevisionId HAVING COUNT(*) >= 2);") > 10);

        // No claim is reported before the sources it cites were published, none after the anchor.
        Assert.Equal(0L, await CountAsync("""
            SELECT COUNT(*) FROM Citations c JOIN Sources s ON s.Id = c.SourceId
            LEFT JOIN FigureRevisions f ON f.Id = c.FigureRevisionId LEFT JOIN MilestoneDateRevisions d ON d.Id = c.MilestoneDateRevisionId LEFT JOIN PhasePlanRevisions p ON p.Id = c.PhasePlanRevisionId
            WHERE s.PublishedOn > COALESCE(f.KnownFrom, d.KnownFrom, p.KnownFrom);
            """));
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM MilestoneDateRevisions WHERE AnnouncedOnStart > '2026-11-25';"));
        Assert.True(await CountAsync("SELECT COUNT(*) FROM Sources WHERE PublishedOnPrecision = 'Month';") > 0);

        // Reached dates: reported on or after the day, never in the future; some corrected, some reported later than they happened.
        Assert.True(await CountAsync("SELECT COUNT(*) FROM MilestoneDateRevisions WHERE Kind = 'Reached' AND TargetStart IS NOT NULL;") > 20);
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM MilestoneDateRevisions WHERE Kind = 'Reached' AND (TargetStart > '2026-11-25' OR AnnouncedOnStart < TargetStart);"));
        Assert.True(await CountAsync("SELECT COUNT(*) FROM MilestoneDateRevisions WHERE Kind = 'Reached' AND AnnouncedOnStart > TargetStart;") > 5);
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM Milestones WHERE Status NOT IN ('Planned', 'InProgress', 'Cancelled');"));

        // Undated targets, half-years, claims of lower status, plans re-planned, one commissioning milestone at most per phase.
        Assert.True(await CountAsync("SELECT COUNT(*) FROM MilestoneDateRevisions WHERE Kind = 'Target' AND TargetStart IS NULL;") > 3);
        Assert.True(await CountAsync("SELECT COUNT(*) FROM MilestoneDateRevisions WHERE TargetPrecision = 'HalfYear';") > 3);
        Assert.True(await CountAsync("SELECT COUNT(*) FROM MilestoneDateRevisions WHERE Kind = 'Target' AND Status IN ('InternalEstimate', 'PressReport');") > 10);
        Assert.True(await CountAsync("SELECT COUNT(*) FROM (SELECT PhaseId FROM PhasePlanRevisions GROUP BY PhaseId HAVING COUNT(*) > 1);") > 2);
        Assert.True(await CountAsync("SELECT COUNT(*) FROM PhasePlanRevisions WHERE TargetStart IS NULL;") + await CountAsync("SELECT COUNT(*) FROM PhasePlanRevisions WHERE TargetPrecision = 'HalfYear';") > 0);
        Assert.Equal(await CountAsync("SELECT COUNT(*) FROM Phases;"), await CountAsync("SELECT COUNT(*) FROM Milestones WHERE CommissionsPhase;"));
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM (SELECT PhaseId FROM Milestones WHERE CommissionsPhase GROUP BY PhaseId HAVING COUNT(*) > 1);"));

        await using var provider = Services(PathOf("claims.db"));
        await using var scope = provider.CreateAsyncScope();

        // Through the services today: undated milestones, reached ones with their sources, phases that follow their commissioning milestone.
        var all = new List<MilestoneSummary>();
        var phases = new List<PhaseView>();
        foreach (var campus in await scope.ServiceProvider.GetRequiredService<CampusService>().ListAsync())
        {
            all.AddRange((await scope.ServiceProvider.GetRequiredService<MilestoneService>().GetMilestonesAsync(campus.Slug))!);
            phases.AddRange((await scope.ServiceProvider.GetRequiredService<CampusService>().GetAsync(campus.Slug))!.Phases);
        }

        Assert.Contains(all, m => m.IsUndated);
        Assert.Contains(all, m => m.TargetChallenger is not null);
        Assert.Contains(all, m => m.Reached is { } reached && reached.Sources.Count > 0 && reached.KnownFrom > reached.Date!.Value.End);
        Assert.Contains(phases, p => p.CommissioningMilestone is { Date: not null });
        Assert.All(phases.Where(p => p.CommissioningMilestone is { Date: not null }), p => Assert.Equal(p.CommissioningMilestone!.Date, p.TargetDate));
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
        await using var provider = Services(PathOf("read.db"));
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
                Assert.All(timeline.Campuses[0].Phases, p => Assert.True(p.Start <= p.Target.End));
            }

            var (portfolio, total) = await Get<TimelineService>().GetPortfolioAsync(day);
            Assert.Equal(3, total);
            Assert.Equal(3, portfolio.Campuses.Count);
        }

        var audit = await Get<AuditService>().QueryAsync(new AuditFilter(CampusSlug: campuses[0].Slug));
        Assert.True(audit!.Total > 3 * 8);
    }

    /// <summary>The app's services over a generated file, with an admin caller and the generator's "today".</summary>
    private static ServiceProvider Services(string path)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(Small.Anchor.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
        services.AddSingleton<ICallerAccessor>(new AdminCaller());
        services.AddTrackerCore($"Data Source={path};Pooling=False");
        return services.BuildServiceProvider();
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
