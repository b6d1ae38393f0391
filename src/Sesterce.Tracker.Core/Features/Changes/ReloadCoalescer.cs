using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Changes;

/// <summary>
/// One committed change makes every open view of the campus reload the same data: a thousand open
/// dashboards ran the same queries a thousand times (docs/performance.md, circuits section). This runs each
/// distinct read once per change and hands every view the same result. Entries live as long as the
/// change object does (the views' handlers hold it), so nothing needs evicting.
/// </summary>
public sealed class ReloadCoalescer
{
    private readonly ConditionalWeakTable<TrackerChange, ConcurrentDictionary<string, Lazy<Task<object?>>>> _reads = [];

    /// <summary>
    /// The result of <paramref name="read"/> for <paramref name="view"/> after <paramref name="change"/>:
    /// the first caller runs it, later callers for the same change and key share its task. Callers
    /// already waiting share a failure; a failed read is then dropped so later callers try again.
    /// The result is shared between views, so it must be immutable. Reads answer per caller (viewers
    /// never receive investment), so only callers of the same role share one: the role is part of the key.
    /// Views carry record texts in the reader's language, so the UI language is part of it too.
    /// </summary>
    public async Task<T?> ReadAsync<T>(TrackerChange change, Caller caller, string view, Func<Task<T?>> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(read);
        var key = $"{caller.Role ?? "anonymous"}|{System.Globalization.CultureInfo.CurrentUICulture.Name}|{view}";
        var reads = _reads.GetValue(change, _ => new ConcurrentDictionary<string, Lazy<Task<object?>>>(StringComparer.Ordinal));
        var shared = reads.GetOrAdd(key, _ => new Lazy<Task<object?>>(async () => await read()));
        try
        {
            return (T?)await shared.Value;
        }
        catch
        {
            reads.TryRemove(new KeyValuePair<string, Lazy<Task<object?>>>(key, shared));
            throw;
        }
    }
}
