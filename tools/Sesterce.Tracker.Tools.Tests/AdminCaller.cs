using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Tools.Tests;

/// <summary>The services ask who is calling; the tools' tests read and write as an administrator.</summary>
internal sealed class AdminCaller : ICallerAccessor
{
    public static readonly Caller Admin = new("user-tools", "tools@example.test", TrackerRoles.Admin);

    public ValueTask<Caller> GetCallerAsync() => ValueTask.FromResult(Admin);
}
