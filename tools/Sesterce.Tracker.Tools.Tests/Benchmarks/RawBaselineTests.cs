using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Sesterce.Tracker.Benchmarks;
using Sesterce.Tracker.Generator;

namespace Sesterce.Tracker.Tools.Tests.Benchmarks;

/// <summary>
/// The benchmarks compare each service with hand-written SQL that must build the very same view; this
/// keeps the baseline honest when the model changes, without running a benchmark.
/// </summary>
public sealed class RawBaselineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-baseline-tests-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task TheRawSqlBaselineGivesTheServicesAnswerForEveryPageTodayAndAYearAgo()
    {
        var path = Path.Combine(_folder, "baseline.db");

        // More campuses than a portfolio page holds, so the second page the benchmark reads is not empty.
        await new PortfolioGenerator(NullLogger<PortfolioGenerator>.Instance).GenerateAsync(
            path, new GenerationOptions { Campuses = 30, MilestonesPerCampus = 20, FiguresPerCampus = 3, RevisionsPerFigure = 6, Seed = 11 });
        await using var database = new BenchDatabase(path);

        foreach (var page in Enum.GetValues<Page>())
        {
            await database.AssertSameAnswerAsync(page, null);
            await database.AssertSameAnswerAsync(page, database.Past);
        }
    }
}
