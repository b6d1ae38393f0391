namespace Sesterce.Tracker.Core.Features.Changes;

/// <summary>A committed change, announced so open views of the same campus can refresh.</summary>
public sealed record TrackerChange(string? CampusSlug, string EntityType, string EntityId, string Action);

/// <summary>
/// Tells every open view about committed writes. The in-process implementation serves one server;
/// a multi-instance deployment replaces it with a backplane (Redis, PostgreSQL LISTEN/NOTIFY)
/// behind the same interface.
/// </summary>
public interface IChangeNotifier
{
    event Action<TrackerChange>? Changed;

    void Publish(TrackerChange change);
}

public sealed class InProcessChangeNotifier : IChangeNotifier
{
    public event Action<TrackerChange>? Changed;

    // Handlers run on the writer's thread; views marshal to their own renderer with InvokeAsync,
    // and one failing subscriber must not stop the others or the write.
    public void Publish(TrackerChange change)
    {
        foreach (var handler in Changed?.GetInvocationList().Cast<Action<TrackerChange>>() ?? [])
        {
            try
            {
                handler(change);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
            {
                // A view whose circuit has gone away; it unsubscribes when disposed.
            }
        }
    }
}
