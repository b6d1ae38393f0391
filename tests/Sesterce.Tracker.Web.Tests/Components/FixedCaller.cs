using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Components;

/// <summary>The caller component tests run as: an admin unless a test says otherwise.</summary>
public sealed class FixedCaller : ICallerAccessor
{
    public Caller Current { get; set; } = new("user-alice", "alice@example.test", TrackerRoles.Admin);

    public ValueTask<Caller> GetCallerAsync() => ValueTask.FromResult(Current);
}
