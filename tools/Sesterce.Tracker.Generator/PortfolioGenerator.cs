using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Generator;

/// <summary>What to generate. The defaults make the large portfolio of docs/performance.md.</summary>
public sealed record GenerationOptions
{
    /// <summary>The "today" the histories lead up to; fixed so the same seed writes the same file whatever the day.</summary>
    public static readonly DateOnly DefaultAnchor = new(2026, 11, 25);

    public int Campuses { get; init; } = 1000;

    public int MilestonesPerCampus { get; init; } = 50;

    public int FiguresPerCampus { get; init; } = 10;

    public int RevisionsPerFigure { get; init; } = 50;

    public int Seed { get; init; } = 42;

    public DateOnly Anchor { get; init; } = DefaultAnchor;

    /// <summary>The reasons these options cannot be generated; empty when they can.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Campuses is < 1 or > 100_000)
        {
            problems.Add("--campuses must be 1 to 100000.");
        }

        if (MilestonesPerCampus is < 1 or > 1000)
        {
            problems.Add("--milestones must be 1 to 1000.");
        }

        if (FiguresPerCampus is < 1 or > 100)
        {
            problems.Add("--figures must be 1 to 100.");
        }

        if (RevisionsPerFigure is < 1 or > 1000)
        {
            problems.Add("--revisions must be 1 to 1000.");
        }

        return problems;
    }
}

/// <summary>What a generation wrote and how long it took.</summary>
public sealed record GenerationReport(string Path, IReadOnlyDictionary<string, int> Rows, TimeSpan Schema, TimeSpan Insert, TimeSpan Total)
{
    public int Revisions => Rows.GetValueOrDefault("FigureRevisions") + Rows.GetValueOrDefault("MilestoneDateRevisions");
}

/// <summary>
/// Fills a new database file with a large, realistic portfolio for benchmarks and load tests:
/// campuses with phases, milestones whose target dates move, figure ledgers with sources and quotes,
/// benchmarks, and an audit entry for every record. The schema comes from the real migrations; the
/// rows go in through prepared statements in one transaction (EF's change tracking would take
/// minutes for half a million rows). Deterministic: the same options write the same rows.
/// </summary>
public sealed class PortfolioGenerator(ILogger<PortfolioGenerator> logger)
{
    /// <summary>Writes the portfolio to <paramref name="path"/>; refuses an existing file unless <paramref name="overwrite"/>.</summary>
    public async Task<GenerationReport> GenerateAsync(string path, GenerationOptions options, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var file = Path.GetFullPath(path);
        if (File.Exists(file) && !overwrite)
        {
            throw new IOException($"{file} already exists; pass --force to replace it.");
        }

        var total = Stopwatch.StartNew();
        if (Path.GetDirectoryName(file) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        foreach (var stale in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(stale);
        }

        // Unpooled so the file is closed when the generator returns, and can be moved or opened by the app.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        var contextOptions = new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(connectionString).Options;
        await using (var db = new TrackerDbContext(contextOptions))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var schema = total.Elapsed;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // A new file nobody else reads yet: a crash loses only the file being made, so durability can wait for the end.
        await ExecuteAsync(connection, "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;", cancellationToken);
        var insert = Stopwatch.StartNew();
        IReadOnlyDictionary<string, int> rows;
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            using var writer = new PortfolioWriter(connection, transaction);
            writer.StartIdsAfter(connection, transaction);
            var random = new Random(options.Seed);
            WriteBenchmarks(writer, options);
            var campus = new CampusGenerator(random, writer, options);
            var slugs = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < options.Campuses; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                campus.Write(i, slugs);
                if ((i + 1) % 100 == 0)
                {
                    logger.LogInformation("Generated {CampusCount} of {CampusTotal} campuses", i + 1, options.Campuses);
                }
            }

            rows = writer.Counts;
            await transaction.CommitAsync(cancellationToken);
        }

        insert.Stop();
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; ANALYZE;", cancellationToken);
        var broken = await ScalarAsync(connection, "SELECT COUNT(*) FROM pragma_foreign_key_check;", cancellationToken);
        if (broken != 0)
        {
            throw new InvalidOperationException($"The generated data breaks {broken} foreign keys.");
        }

        total.Stop();
        var report = new GenerationReport(file, rows, schema, insert.Elapsed, total.Elapsed);
        logger.LogInformation("Generated {Path}: {Revisions} revisions, {AuditEntries} audit entries in {InsertSeconds:F1} s of inserts, {TotalSeconds:F1} s in all",
            file, report.Revisions, rows.GetValueOrDefault("AuditEntries"), insert.Elapsed.TotalSeconds, total.Elapsed.TotalSeconds);
        return report;
    }

    private static void WriteBenchmarks(PortfolioWriter writer, GenerationOptions options)
    {
        // Low and high share their digit count: the schema's check compares the decimals as stored, as text.
        var regions = new[] { ("Europe", "EUR", 10_000_000m, 12_000_000m), ("Nordics", "EUR", 7_500_000m, 9_800_000m), ("Southern Europe", "EUR", 10_000_000m, 13_500_000m), ("Global", "USD", 10_000_000m, 12_500_000m) };
        var order = 100;
        foreach (var (region, currency, low, high) in regions)
        {
            var published = options.Anchor.AddMonths(-6 - order % 7);
            writer.Benchmark(new Benchmark
            {
                Key = $"portfolio-{region.ToLowerInvariant().Replace(' ', '-')}-investment",
                RatioKey = "investment-per-mw",
                Name = $"Construction cost per MW, {region}",
                Low = low,
                High = high,
                Currency = currency,
                Scope = InvestmentScope.FacilityOnly,
                Region = region,
                Period = new PartialDate(published, DatePrecision.Year),
                SourceTitle = $"Portfolio cost survey, {region}",
                Publisher = "Portfolio analysts",
                PublishedOn = published,
                Order = order++,
            }, new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), "system");
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
