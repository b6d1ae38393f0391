using System.Collections.Concurrent;

namespace Sesterce.Tracker.Web.Hosting;

/// <summary>
/// How many circuits each user has connected right now, across the whole server. Every tab holds a
/// circuit and its memory; one account opening hundreds of them must not exhaust the server for the
/// others, so a new one is refused past <see cref="Limit"/> (see <see cref="CircuitGuard"/>).
/// </summary>
public sealed class CircuitCounter(IConfiguration configuration)
{
    public const string LimitSetting = "Security:MaxCircuitsPerUser";
    public const int DefaultLimit = 20;

    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>The configured limit per user; at least one, so a typo cannot lock everyone out.</summary>
    public int Limit => Math.Max(configuration.GetValue(LimitSetting, DefaultLimit), 1);

    public int Count(string userId) => _open.TryGetValue(userId, out var count) ? count : 0;

    /// <summary>True when this user may not open another circuit.</summary>
    public bool IsFull(string userId) => Count(userId) >= Limit;

    public void Opened(string userId) => _open.AddOrUpdate(userId, 1, (_, count) => count + 1);

    public void Closed(string userId)
    {
        // Removed at zero so the map holds only users with tabs open.
        while (_open.TryGetValue(userId, out var count))
        {
            if (count <= 1 ? _open.TryRemove(new KeyValuePair<string, int>(userId, count)) : _open.TryUpdate(userId, count - 1, count))
            {
                return;
            }
        }
    }
}
