using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>The people of the journeys, one per role.</summary>
public sealed record TestAccount(string Email, string Name, string Role)
{
    public static readonly TestAccount Admin = new("admin@sesterce.example", "Alice Admin", TrackerRoles.Admin);
    public static readonly TestAccount Executive = new("exec@sesterce.example", "Erik Executive", TrackerRoles.Executive);
    public static readonly TestAccount ProjectManager = new("pm@sesterce.example", "Paula Project", TrackerRoles.Viewer);

    public static IReadOnlyList<TestAccount> All { get; } = [Admin, Executive, ProjectManager];
}
