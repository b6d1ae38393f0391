using BenchmarkDotNet.Attributes;

namespace Sesterce.Tracker.Benchmarks;

/// <summary>
/// Each page's data for one campus of the generated portfolio, today and a year ago: the service
/// beside the raw SQL baseline. The setup checks both give the same answer before anything is timed.
/// </summary>
[Config(typeof(PageConfig))]
public class PageBenchmarks : IDisposable
{
    private BenchDatabase _database = null!;
    private DateOnly? _asOf;

    [Params(Page.Dashboard, Page.Timeline, Page.FigureLedger, Page.TrendChart, Page.Executive, Page.PortfolioPage)]
    public Page Page { get; set; }

    [Params("today", "past")]
    public string AsOf { get; set; } = "today";

    [GlobalSetup]
    public void Setup()
    {
        _database = new BenchDatabase(BenchDatabase.DefaultPath);
        _asOf = AsOf == "past" ? _database.Past : null;
        _database.AssertSameAnswerAsync(Page, _asOf).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "Raw SQL")]
    public object? RawSql() => _database.Raw.Load(Page, _asOf);

    [Benchmark(Description = "Service")]
    public Task<object?> Service() => _database.Services.LoadAsync(Page, _asOf);
}
