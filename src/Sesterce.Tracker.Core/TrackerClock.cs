namespace Sesterce.Tracker.Core;

/// <summary>Resolves "as known on" dates against the injected clock.</summary>
public sealed class TrackerClock(TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public DateOnly Resolve(DateOnly? asOf) => asOf ?? Today;
}
