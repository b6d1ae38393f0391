using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Sesterce.Tracker.LoadClient;

/// <summary>
/// One interactive Blazor Server circuit driven the way blazor.web.js drives it: StartCircuit, then
/// UpdateRootComponents with the prerendered page's markers; every render batch is read and
/// acknowledged (OnRenderCompleted); JavaScript calls are answered with plausible results; events
/// go to the renderer's DispatchEventAsync through BeginInvokeDotNetFromJS.
/// </summary>
public sealed class BlazorCircuit : IAsyncDisposable
{
    private const string AttachRendererInterop = "Blazor._internal.attachWebRendererInterop";

    private readonly HubConnection _connection;
    private readonly Uri _pageUri;
    private readonly Lock _gate = new();
    private readonly List<(Func<RenderBatch, bool> Predicate, TaskCompletionSource<long> Done)> _waiters = [];
    private readonly TaskCompletionSource _interopAttached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _pendingDotNetCalls = new(StringComparer.Ordinal);
    private long _rendererObjectId;
    private long _nextCallId = 1;
    private long _nextJsObjectId = 1;

    private BlazorCircuit(HubConnection connection, Uri pageUri)
    {
        _connection = connection;
        _pageUri = pageUri;
        _connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        // .NET 10 added the call type (function call, constructor, property get or set) as a sixth argument.
        _connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJSAsync);
        _connection.On<string, bool, string>("JS.EndInvokeDotNet", OnEndInvokeDotNet);
        _connection.On<string>("JS.Error", message => Fail($"server error: {message}"));
        _connection.Closed += exception =>
        {
            Fail(exception is null ? "connection closed" : $"connection closed: {exception.Message}");
            return Task.CompletedTask;
        };
    }

    /// <summary>The page as far as the client has seen it in render batches.</summary>
    public UiModel Ui { get; } = new();

    public int BatchesReceived { get; private set; }

    public long BytesReceived { get; private set; }

    /// <summary>Why the circuit stopped working, or null while it works.</summary>
    public string? Failure { get; private set; }

    /// <summary>JavaScript functions the server called, with how often, for the report.</summary>
    public static ConcurrentDictionary<string, int> JsCalls { get; } = new(StringComparer.Ordinal);

    /// <summary>DispatchEventAsync calls the server answered with an error.</summary>
    public static ConcurrentBag<string> DotNetErrors { get; } = [];

    /// <summary>Connects to the app's hub with the signed-in cookie and starts a circuit for <paramref name="page"/>.</summary>
    public static async Task<BlazorCircuit> StartAsync(Uri baseUri, Uri pageUri, string cookieHeader, PrerenderedPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.ServerMarkers.Count == 0)
        {
            throw new InvalidOperationException($"{pageUri} has no interactive server component marker; is the cookie signed in?");
        }

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "_blazor"), options =>
            {
                options.Headers["Cookie"] = cookieHeader;
                // WebSockets as a browser gets them; skipping the negotiate request saves one round trip per circuit.
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            });
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var connection = builder.Build();
        // A loaded server may answer slowly; the client should not be the one that gives up first.
        connection.ServerTimeout = TimeSpan.FromMinutes(2);
        connection.HandshakeTimeout = TimeSpan.FromMinutes(1);
        var circuit = new BlazorCircuit(connection, pageUri);
        try
        {
            await connection.StartAsync(cancellationToken);
            var firstRender = circuit.WaitForBatchAsync(_ => true);
            var circuitId = await connection.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), pageUri.ToString(), "[]", "", cancellationToken);
            if (circuitId is null)
            {
                throw new InvalidOperationException($"The server refused to start a circuit: {circuit.Failure}");
            }

            await connection.SendAsync("UpdateRootComponents", page.AddOperationsJson(), page.ApplicationState, cancellationToken);
            await firstRender.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
            await circuit._interopAttached.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Completes with the <see cref="Stopwatch"/> timestamp of the first batch from now on that
    /// satisfies <paramref name="predicate"/>.
    /// </summary>
    public Task<long> WaitForBatchAsync(Func<RenderBatch, bool> predicate)
    {
        var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (Failure is not null)
            {
                done.SetException(new InvalidOperationException(Failure));
            }
            else
            {
                _waiters.Add((predicate, done));
            }
        }

        return done.Task;
    }

    /// <summary>Completes once the page as rendered so far satisfies <paramref name="condition"/>.</summary>
    public async Task WaitForUiAsync(Func<UiModel, bool> condition, TimeSpan timeout)
    {
        bool Holds()
        {
            lock (Ui)
            {
                return condition(Ui);
            }
        }

        var later = WaitForBatchAsync(_ => Holds());
        if (!Holds())
        {
            await later.WaitAsync(timeout);
        }
    }

    /// <summary>
    /// Dispatches a browser event to a handler id, as the browser's event delegator does; the task
    /// completes once the message is sent. The returned <c>Handled</c> task completes when the
    /// server reports that the handler has finished.
    /// </summary>
    public async Task<Task> DispatchAsync(ulong eventHandlerId, string eventName, object eventArgs, CancellationToken cancellationToken = default)
    {
        var descriptor = new { eventHandlerId, eventName, eventFieldInfo = (object?)null };
        var argsJson = JsonSerializer.Serialize(new object[] { descriptor, eventArgs });
        var callId = Interlocked.Increment(ref _nextCallId).ToString(CultureInfo.InvariantCulture);
        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingDotNetCalls[callId] = handled;
        if (Trace)
        {
            Console.WriteLine($"  call {callId}: {argsJson}");
        }

        await _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", _rendererObjectId, argsJson, cancellationToken);
        return handled.Task;
    }

    /// <summary>A left click, as MouseEventArgs.</summary>
    public static object Click => new { type = "click", detail = 1, button = 0, buttons = 0 };

    /// <summary>A changed input value, as ChangeEventArgs (whose reader refuses any other property).</summary>
    public static object Change(string value) => new { value };

    private static readonly bool Trace = Environment.GetEnvironmentVariable("LOADCLIENT_TRACE") == "1";

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        if (Trace)
        {
            Console.WriteLine($"  batch {batchId}: {data.Length} bytes");
        }

        var received = Stopwatch.GetTimestamp();
        string? error = null;
        RenderBatch? batch = null;
        try
        {
            batch = RenderBatchReader.Read(data);
            lock (Ui)
            {
                Ui.Apply(batch);
            }

            lock (_gate)
            {
                BatchesReceived++;
                BytesReceived += data.Length;
            }
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException or KeyNotFoundException)
        {
            error = ex.Message;
        }

        // The browser acknowledges after applying the batch; the server holds back further
        // renders once too many are unacknowledged.
        await _connection.SendAsync("OnRenderCompleted", batchId, error);
        if (batch is null)
        {
            Fail($"unreadable render batch {batchId}: {error}");
            return;
        }

        List<TaskCompletionSource<long>> matched = [];
        lock (_gate)
        {
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Predicate(batch))
                {
                    matched.Add(_waiters[i].Done);
                    _waiters.RemoveAt(i);
                }
            }
        }

        foreach (var done in matched)
        {
            done.TrySetResult(received);
        }
    }

    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        JsCalls.AddOrUpdate(identifier, 1, (_, count) => count + 1);
        if (Trace)
        {
            Console.WriteLine($"  js {asyncHandle} {identifier} {argsJson} result type {resultType} call type {callType} on {targetInstanceId}");
        }

        string resultJson;
        if (identifier == AttachRendererInterop)
        {
            // [rendererId, {"__dotNetObject": id}, ...]: the object whose DispatchEventAsync receives events.
            using var args = JsonDocument.Parse(argsJson);
            _rendererObjectId = args.RootElement[1].GetProperty("__dotNetObject").GetInt64();
            _interopAttached.TrySetResult();
            resultJson = "null";
        }
        else
        {
            resultJson = PlausibleResult(identifier, resultType);
        }

        if (asyncHandle != 0)
        {
            await _connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, $"[{asyncHandle},true,{resultJson}]");
        }
    }

    /// <summary>
    /// What a browser would answer, as far as the server-side caller needs: a JavaScript object
    /// reference where one is asked for (result type 1), a window size for MudBlazor's resize
    /// listener, nothing otherwise.
    /// </summary>
    internal string PlausibleResult(string identifier, int resultType)
    {
        if (resultType == 1)
        {
            return $"{{\"__jsObjectId\":{Interlocked.Increment(ref _nextJsObjectId)}}}";
        }

        // MudBlazor asks whether its script is loaded and how many popover providers the page has.
        if (identifier == "window.hasOwnProperty")
        {
            return "true";
        }

        if (identifier.EndsWith("countProviders", StringComparison.Ordinal))
        {
            return "1";
        }

        if (identifier.EndsWith("getAndRemoveExistingTitle", StringComparison.Ordinal))
        {
            return "\"\"";
        }

        if (identifier.Contains("BrowserWindowSize", StringComparison.OrdinalIgnoreCase))
        {
            return "{\"width\":1440,\"height\":900}";
        }

        if (identifier.Contains("getBoundingClientRect", StringComparison.OrdinalIgnoreCase))
        {
            return "{\"top\":0,\"left\":0,\"width\":1440,\"height\":900,\"bottom\":900,\"right\":1440,\"x\":0,\"y\":0,\"windowHeight\":900,\"windowWidth\":1440,\"scrollX\":0,\"scrollY\":0}";
        }

        return "null";
    }

    private void OnEndInvokeDotNet(string callId, bool succeeded, string result)
    {
        if (Trace)
        {
            Console.WriteLine($"  end call {callId} {succeeded} {result}");
        }

        if (!succeeded)
        {
            DotNetErrors.Add(result);
        }

        if (_pendingDotNetCalls.TryRemove(callId, out var handled))
        {
            if (succeeded)
            {
                handled.TrySetResult();
            }
            else
            {
                handled.TrySetException(new InvalidOperationException($"The event handler failed: {result}"));
            }
        }
    }

    private void Fail(string reason)
    {
        List<TaskCompletionSource<long>> pending;
        lock (_gate)
        {
            Failure ??= reason;
            pending = [.. _waiters.Select(w => w.Done)];
            _waiters.Clear();
        }

        foreach (var done in pending)
        {
            done.TrySetException(new InvalidOperationException($"{_pageUri}: {reason}"));
        }

        foreach (var call in _pendingDotNetCalls.Values)
        {
            call.TrySetException(new InvalidOperationException($"{_pageUri}: {reason}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
    }
}
