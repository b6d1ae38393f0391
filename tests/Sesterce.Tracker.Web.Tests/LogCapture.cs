using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Sesterce.Tracker.Web.Tests;

/// <summary>Keeps every log event of a test app; Serilog picks sinks registered as services up through <c>ReadFrom.Services</c>.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Events from one source class that carry the property with the given scalar value.</summary>
    public IEnumerable<LogEvent> From(string sourceContext) =>
        Events.Where(e => e.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string s } && s == sourceContext);

    public static string? Scalar(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: { } v } ? v.ToString() : null;
}
