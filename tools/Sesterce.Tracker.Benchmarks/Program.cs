using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Running;
using Microsoft.Data.Sqlite;
using Sesterce.Tracker.Benchmarks;

// dotnet run -c Release --project tools/Sesterce.Tracker.Benchmarks -- [check | plans | BenchmarkDotNet arguments]
//   check  checks every page's service answer against the raw SQL and times single calls (p50/p95/p99);
//   plans  prints every SQL statement the services run, with SQLite's EXPLAIN QUERY PLAN;
//   else   runs the BenchmarkDotNet suite (for example --filter '*').
// The database is TRACKER_BENCH_DB, by default /tmp/tracker-perf/big.db (see docs/performance.md).
var mode = args.FirstOrDefault();
if (mode == "check")
{
    return await CheckAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200);
}

if (mode == "plans")
{
    return await PlansAsync();
}

BenchmarkSwitcher.FromTypes([typeof(PageBenchmarks)]).Run(args);
return 0;

static async Task<int> CheckAsync(int calls)
{
    await using var database = new BenchDatabase(BenchDatabase.DefaultPath);
    Console.WriteLine($"Campus {database.Slug}, {calls} single calls per case after 20 warm-up calls; times in ms.");
    Console.WriteLine("| Page | As of | Raw p50 | Raw p99 | Service p50 | Service p95 | Service p99 | Ratio of medians |");
    Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    foreach (var page in Enum.GetValues<Page>())
    {
        foreach (var (label, asOf) in new[] { ("today", (DateOnly?)null), ("past", database.Past) })
        {
            await database.AssertSameAnswerAsync(page, asOf);
            var raw = await TimeAsync(calls, () => Task.FromResult(database.Raw.Load(page, asOf)));
            var service = await TimeAsync(calls, () => database.Services.LoadAsync(page, asOf));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {page} | {label} | {P(raw, 50):F2} | {P(raw, 99):F2} | {P(service, 50):F2} | {P(service, 95):F2} | {P(service, 99):F2} | {P(service, 50) / P(raw, 50):F2} |"));
        }
    }

    return 0;
}

static async Task<double[]> TimeAsync(int calls, Func<Task<object?>> load)
{
    for (var i = 0; i < 20; i++)
    {
        await load();
    }

    var times = new double[calls];
    for (var i = 0; i < calls; i++)
    {
        var watch = Stopwatch.StartNew();
        await load();
        times[i] = watch.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    return times;
}

static double P(double[] sorted, int percentile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];

// EF's log line: a header ending in "CommandTimeout='30']", then the statement.
static string Sql(string message)
{
    var header = message.IndexOf("CommandTimeout", StringComparison.Ordinal);
    return message[(message.IndexOf('\n', header) + 1)..].Trim();
}

static async Task<int> PlansAsync()
{
    var statements = new List<string>();
    await using (var database = new BenchDatabase(BenchDatabase.DefaultPath, message => statements.Add(message)))
    {
        foreach (var page in Enum.GetValues<Page>())
        {
            await database.Services.LoadAsync(page, database.Past);
        }

        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        foreach (var sql in statements.Select(Sql).Distinct())
        {
            Console.WriteLine(sql);
            using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var name in Regex.Matches(sql, @"@\w+").Select(m => m.Value).Distinct())
            {
                command.Parameters.AddWithValue(name, DBNull.Value);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Console.WriteLine($"  -- {reader.GetString(3)}");
            }

            Console.WriteLine();
        }
    }

    return 0;
}
