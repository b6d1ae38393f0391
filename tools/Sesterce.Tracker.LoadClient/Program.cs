using System.Diagnostics;
using System.Globalization;

namespace Sesterce.Tracker.LoadClient;

/// <summary>
/// Opens real interactive circuits against a running tracker and reports server memory per circuit,
/// event-to-render latency and the live-update fan-out of an admin's write. See docs/performance.md, circuits section.
/// </summary>
internal static class LoadClientProgram
{
    // Not a top-level program: the web tests reference this assembly, and its Program would clash with the app's.
    public static async Task<int> Main(string[] args)
    {
        var options = LoadOptions.Parse(args, Environment.GetEnvironmentVariable);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(LoadOptions.Usage);
            return 2;
        }

        using var cancel = new CancellationTokenSource(options.TimeLimit);
        var run = new LoadRun(options, Console.Out);
        try
        {
            await run.RunAsync(cancel.Token);
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or TimeoutException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync($"Load run stopped: {ex.Message}");
            return 1;
        }
    }
}

/// <summary>Command-line settings of the load client.</summary>
internal sealed record LoadOptions(
    Uri BaseUri,
    string Email,
    string Password,
    int? ServerPid,
    IReadOnlyList<int> Counts,
    int Events,
    int EventConcurrency,
    int FanOutAt,
    int FanOutRepetitions,
    int OpenConcurrency,
    string DashboardPath,
    string AdminPath,
    string? Campus,
    TimeSpan Settle,
    TimeSpan TimeLimit)
{
    public const string Usage = """
        Usage: Sesterce.Tracker.LoadClient --url http://127.0.0.1:5510/ --email admin@example.com
               [--server-pid PID] [--counts 100,1000,5000] [--events 300] [--event-concurrency 10]
               [--fanout-at 1000] [--fanout-reps 5] [--open-concurrency 8] [--path /]
               [--admin-path admin/campuses/alixan] [--campus SLUG|first] [--settle-seconds 15]
               [--time-limit-minutes 60]
        --campus sets both pages to that campus's dashboard and admin page; "first" asks the API.
        The password comes from TRACKER_LOAD_PASSWORD.
        """;

    public static LoadOptions? Parse(string[] args, Func<string, string?> environment)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        var password = environment("TRACKER_LOAD_PASSWORD");
        if (!values.TryGetValue("url", out var url) || !values.TryGetValue("email", out var email) || string.IsNullOrEmpty(password)
            || !Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var baseUri))
        {
            return null;
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new LoadOptions(
            baseUri,
            email,
            password,
            values.TryGetValue("server-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            values.TryGetValue("counts", out var counts) ? [.. counts.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).Order()] : [100, 1000, 5000],
            Int("events", 300),
            Int("event-concurrency", 10),
            Int("fanout-at", 1000),
            Int("fanout-reps", 5),
            Int("open-concurrency", 8),
            values.GetValueOrDefault("path", "/").TrimStart('/'),
            values.GetValueOrDefault("admin-path", "admin/campuses/alixan").TrimStart('/'),
            values.GetValueOrDefault("campus"),
            TimeSpan.FromSeconds(Int("settle-seconds", 15)),
            TimeSpan.FromMinutes(Int("time-limit-minutes", 60)));
    }
}

/// <summary>Memory of the server process as the kernel reports it in /proc/PID/status.</summary>
internal sealed record ProcessMemory(long RssKb, long RssAnonKb, int Threads)
{
    public static ProcessMemory? Read(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/status"))
        {
            return null;
        }

        var fields = File.ReadAllLines($"/proc/{pid}/status")
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim(), StringComparer.Ordinal);
        long Kb(string name) => fields.TryGetValue(name, out var v) ? long.Parse(v.Split(' ')[0], CultureInfo.InvariantCulture) : 0;
        return new ProcessMemory(Kb("VmRSS"), Kb("RssAnon"), (int)Kb("Threads"));
    }
}

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of <paramref name="sorted"/> (ascending).</summary>
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static double Milliseconds(long fromTimestamp, long toTimestamp) => Stopwatch.GetElapsedTime(fromTimestamp, toTimestamp).TotalMilliseconds;
}
