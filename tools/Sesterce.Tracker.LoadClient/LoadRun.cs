using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sesterce.Tracker.LoadClient;

/// <summary>
/// Opens dashboard circuits up to each count in turn (keeping the earlier ones open), and at each
/// count measures the server's memory and the event-to-render latency of clicks on a real button;
/// at the fan-out count an admin circuit edits a milestone shown on every dashboard and the run
/// times how long each dashboard takes to receive the new title.
/// </summary>
internal sealed partial class LoadRun(LoadOptions settings, TextWriter output)
{
    private LoadOptions options = settings;

    private const string ToggleHistory = "toggle-history";
    private readonly List<BlazorCircuit> _dashboards = [];
    private readonly List<string> _table = [];
    private readonly List<string> _fanOut = [];
    private readonly Random _random = new(7);
    private int _openFailures;

    private Uri DashboardUri => new(options.BaseUri, options.DashboardPath);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var session = new TrackerSession(TrackerSession.CreateHttpClient(options.BaseUri));
        await session.SignInAsync(options.Email, options.Password, cancellationToken);
        Log($"signed in as {options.Email}; cookie reused by every circuit");
        if (options.Campus is { } campus)
        {
            var slug = campus == "first" ? await session.FirstCampusSlugAsync(cancellationToken) : campus;
            options = options with { DashboardPath = $"campuses/{slug}", AdminPath = $"admin/campuses/{slug}" };
            Log($"campus {slug}: dashboard /{options.DashboardPath}, admin /{options.AdminPath}");
        }

        // Warm-up: JIT, caches and the first database reads, so the baseline is a warm idle server.
        await using (var warm = await OpenAsync(session, options.DashboardPath, cancellationToken))
        {
            await ClickLatenciesAsync([warm], 5, 1, cancellationToken);
        }

        // A measuring tool against a live server: the settle lets its heap and caches come to rest
        // before memory is read.
        await Task.Delay(options.Settle, cancellationToken);
        var baseline = ProcessMemory.Read(options.ServerPid);
        Log($"baseline server memory: {Describe(baseline)}");
        _table.Add("| Circuits | Open failures | Server RSS (MB) | RSS per circuit (KB) | Anonymous RSS per circuit (KB) | Threads | Click → render p50 / p90 / p99 (ms) | Samples |");
        _table.Add("| ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
        _table.Add($"| 0 (warm baseline) | 0 | {Mb(baseline?.RssKb)} | | | {baseline?.Threads} | | |");

        foreach (var count in options.Counts)
        {
            var started = Stopwatch.GetTimestamp();
            await OpenUpToAsync(session, count, cancellationToken);
            Log($"{_dashboards.Count} circuits open ({_openFailures} failed) in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s; settling {options.Settle.TotalSeconds:F0} s");
            await Task.Delay(options.Settle, cancellationToken);
            var memory = ProcessMemory.Read(options.ServerPid);
            var alive = _dashboards.Where(c => c.Failure is null).ToList();
            var latencies = await ClickLatenciesAsync(alive, options.Events, options.EventConcurrency, cancellationToken);
            var perCircuit = memory is null || baseline is null ? "" : ((memory.RssKb - baseline.RssKb) / (double)alive.Count).ToString("F0", CultureInfo.InvariantCulture);
            var anonPerCircuit = memory is null || baseline is null ? "" : ((memory.RssAnonKb - baseline.RssAnonKb) / (double)alive.Count).ToString("F0", CultureInfo.InvariantCulture);
            var row = $"| {alive.Count:N0} | {_openFailures} | {Mb(memory?.RssKb)} | {perCircuit} | {anonPerCircuit} | {memory?.Threads} | {Format(latencies, 50)} / {Format(latencies, 90)} / {Format(latencies, 99)} | {latencies.Count} |";
            _table.Add(row);
            Log(row);

            if (count == options.FanOutAt && options.FanOutRepetitions > 0)
            {
                await FanOutAsync(session, alive, cancellationToken);
            }
        }

        output.WriteLine();
        output.WriteLine($"Dashboard circuits on {DashboardUri}:");
        foreach (var line in _table)
        {
            output.WriteLine(line);
        }

        if (_fanOut.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Live-update fan-out to {options.FanOutAt:N0} dashboards (admin edits a milestone title shown on them):");
            foreach (var line in _fanOut)
            {
                output.WriteLine(line);
            }
        }

        output.WriteLine();
        output.WriteLine($"JavaScript calls answered: {string.Join(", ", BlazorCircuit.JsCalls.OrderByDescending(c => c.Value).Select(c => $"{c.Key} ×{c.Value}"))}");
        output.WriteLine($"Event handler errors reported by the server: {BlazorCircuit.DotNetErrors.Count}; circuits that failed: {_dashboards.Count(c => c.Failure is not null)}");
        foreach (var failure in _dashboards.Select(c => c.Failure).OfType<string>().Distinct().Take(5))
        {
            output.WriteLine($"  failure: {failure}");
        }

        foreach (var circuit in _dashboards)
        {
            await circuit.DisposeAsync();
        }
    }

    private async Task OpenUpToAsync(TrackerSession session, int count, CancellationToken cancellationToken)
    {
        var missing = count - _dashboards.Count;
        using var slots = new SemaphoreSlim(options.OpenConcurrency);
        var opening = Enumerable.Range(0, missing).Select(async _ =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                var circuit = await OpenAsync(session, options.DashboardPath, cancellationToken);
                lock (_dashboards)
                {
                    _dashboards.Add(circuit);
                    if (_dashboards.Count % 500 == 0)
                    {
                        Log($"  {_dashboards.Count} open");
                    }
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TimeoutException or IOException or System.Net.WebSockets.WebSocketException)
            {
                Interlocked.Increment(ref _openFailures);
                Log($"  opening a circuit failed: {ex.Message}");
            }
            finally
            {
                slots.Release();
            }
        });
        await Task.WhenAll(opening);
    }

    private async Task<BlazorCircuit> OpenAsync(TrackerSession session, string path, CancellationToken cancellationToken)
    {
        // Each circuit starts from its own prerendered page, as a browser tab does: the markers'
        // descriptors are protected and time-limited.
        var page = await session.GetPageAsync(path, cancellationToken);
        var circuit = await BlazorCircuit.StartAsync(options.BaseUri, new Uri(options.BaseUri, path), session.CookieHeader, page, cancellationToken);
        if (path == options.DashboardPath)
        {
            // The dashboard's data loads after the first render; the circuit is ready once its buttons are.
            await circuit.WaitForUiAsync(ui => ui.FindHandler(ToggleHistory, "onclick") is not null, TimeSpan.FromMinutes(2));
        }

        return circuit;
    }

    /// <summary>
    /// Clicks "history" on a figure card of random circuits, <paramref name="concurrency"/> users at
    /// a time, each timing from sending the event to receiving the batch that renders its answer.
    /// </summary>
    private async Task<List<double>> ClickLatenciesAsync(List<BlazorCircuit> circuits, int samples, int concurrency, CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        if (circuits.Count == 0)
        {
            return latencies;
        }

        var remaining = samples;
        var workers = Enumerable.Range(0, Math.Min(concurrency, circuits.Count)).Select(async worker =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                BlazorCircuit circuit;
                lock (_random)
                {
                    // Worker w owns circuits w, w + concurrency...: one user never clicks twice at once.
                    var slots = (circuits.Count - worker + concurrency - 1) / concurrency;
                    circuit = circuits[worker + (concurrency * _random.Next(slots))];
                }

                ulong? handler;
                lock (circuit.Ui)
                {
                    handler = circuit.Ui.FindHandler(ToggleHistory, "onclick");
                }

                if (handler is null)
                {
                    throw new InvalidOperationException($"No '{ToggleHistory}' button with a click handler on {DashboardUri}.");
                }

                var rendered = circuit.WaitForBatchAsync(_ => true);
                var sent = Stopwatch.GetTimestamp();
                await circuit.DispatchAsync(handler.Value, "click", BlazorCircuit.Click, cancellationToken);
                var at = await rendered.WaitAsync(TimeSpan.FromMinutes(1), cancellationToken);
                lock (latencies)
                {
                    latencies.Add(Percentiles.Milliseconds(sent, at));
                }
            }
        });
        await Task.WhenAll(workers);
        latencies.Sort();
        return latencies;
    }

    private async Task FanOutAsync(TrackerSession session, List<BlazorCircuit> dashboards, CancellationToken cancellationToken)
    {
        await using var admin = await OpenAsync(session, options.AdminPath, cancellationToken);
        // The milestone table loads after the first render.
        await admin.WaitForUiAsync(ui => ui.FindHandler("edit-milestone", "onclick") is not null, TimeSpan.FromMinutes(1));
        var shown = dashboards[0].Ui.Texts.Where(t => t.Length >= 8).ToHashSet(StringComparer.Ordinal);
        _fanOut.Add("| Repetition | Dashboards updated | p50 (ms) | p90 (ms) | p99 (ms) | Last (ms) |");
        _fanOut.Add("| ---: | ---: | ---: | ---: | ---: | ---: |");
        var all = new List<double>();
        for (var rep = 1; rep <= options.FanOutRepetitions; rep++)
        {
            string? title = null;
            ulong? edit;
            lock (admin.Ui)
            {
                edit = admin.Ui.FindHandler("edit-milestone", "onclick", texts =>
                {
                    title = texts.FirstOrDefault(shown.Contains);
                    return title is not null;
                });
            }

            if (edit is null || title is null)
            {
                throw new InvalidOperationException("No milestone of the admin page is shown on the dashboard.");
            }

            var newTitle = $"{RepetitionSuffix().Replace(title, "")} #{rep}";
            var formShown = admin.WaitForBatchAsync(_ => true);
            await await admin.DispatchAsync(edit.Value, "click", BlazorCircuit.Click, cancellationToken);
            await formShown.WaitAsync(TimeSpan.FromMinutes(1), cancellationToken);
            await admin.WaitForUiAsync(ui => ui.FindHandler("field-title", "onchange") is not null, TimeSpan.FromMinutes(1));

            ulong? titleField, save;
            lock (admin.Ui)
            {
                titleField = admin.Ui.FindHandler("field-title", "onchange");
                save = admin.Ui.FindHandler("save", "onclick") ?? throw new InvalidOperationException("The milestone form lost its save button.");
            }

            if (titleField is null || save is null)
            {
                throw new InvalidOperationException("The milestone form has no title field or save button with handlers.");
            }

            await await admin.DispatchAsync(titleField.Value, "change", BlazorCircuit.Change(newTitle), cancellationToken);
            // The form re-rendered with the new value and its buttons got new handler ids.
            lock (admin.Ui)
            {
                save = admin.Ui.FindHandler("save", "onclick") ?? throw new InvalidOperationException("The milestone form lost its save button.");
            }
            var seen = dashboards.Select(d => d.WaitForBatchAsync(batch => batch.Contains(newTitle))).ToList();
            var sent = Stopwatch.GetTimestamp();
            await admin.DispatchAsync(save.Value, "click", BlazorCircuit.Click, cancellationToken);
            var deadline = Task.Delay(TimeSpan.FromMinutes(2), cancellationToken);
            await Task.WhenAny(Task.WhenAll(seen), deadline);
            var latencies = seen.Where(t => t.IsCompletedSuccessfully).Select(t => Percentiles.Milliseconds(sent, t.Result)).Order().ToList();
            all.AddRange(latencies);
            var row = $"| {rep} | {latencies.Count:N0} / {dashboards.Count:N0} | {Format(latencies, 50)} | {Format(latencies, 90)} | {Format(latencies, 99)} | {Format(latencies, 100)} |";
            _fanOut.Add(row);
            Log($"fan-out {row}");
            shown.Add(newTitle);
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }

        all.Sort();
        _fanOut.Add($"| all | {all.Count:N0} | {Format(all, 50)} | {Format(all, 90)} | {Format(all, 99)} | {Format(all, 100)} |");
    }

    private void Log(string message) => output.WriteLine($"[{TimeProvider.System.GetUtcNow():HH:mm:ss}Z] {message}");

    private static string Format(List<double> sorted, double percentile) =>
        sorted.Count == 0 ? "—" : Percentiles.Of(sorted, percentile).ToString("F1", CultureInfo.InvariantCulture);

    private static string Mb(long? kb) => kb is null ? "" : (kb.Value / 1024.0).ToString("F0", CultureInfo.InvariantCulture);

    private static string Describe(ProcessMemory? memory) =>
        memory is null ? "unknown (no --server-pid)" : $"RSS {Mb(memory.RssKb)} MB, anonymous {Mb(memory.RssAnonKb)} MB, {memory.Threads} threads";

    [GeneratedRegex(" #\\d+$")]
    private static partial Regex RepetitionSuffix();
}
