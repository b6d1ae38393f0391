using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Identity;

/// <summary>What a caller may do. Each permission is also the name of the authorization policy that requires it.</summary>
public enum TrackerPermission
{
    ReadOverview,
    ReadTimeline,
    ReadInternal,
    ReadConfidential,
    ReadExecutive,
    Export,
    Write,
    ManageUsers,
    ReadAudit,
}

/// <summary>
/// The one place that says which role holds which permission. Pages, endpoints and services all
/// ask here, so hiding a button and refusing the call can never disagree.
/// </summary>
public static class TrackerPermissions
{
    private static readonly Dictionary<TrackerPermission, string[]> Holders = new()
    {
        [TrackerPermission.ReadOverview] = [TrackerRoles.Viewer, TrackerRoles.Executive, TrackerRoles.Admin],
        [TrackerPermission.ReadTimeline] = [TrackerRoles.Viewer, TrackerRoles.Executive, TrackerRoles.Admin],
        [TrackerPermission.ReadInternal] = [TrackerRoles.Executive, TrackerRoles.Admin],
        [TrackerPermission.ReadConfidential] = [TrackerRoles.Admin],
        [TrackerPermission.ReadExecutive] = [TrackerRoles.Executive, TrackerRoles.Admin],
        [TrackerPermission.Export] = [TrackerRoles.Executive, TrackerRoles.Admin],
        [TrackerPermission.Write] = [TrackerRoles.Admin],
        [TrackerPermission.ManageUsers] = [TrackerRoles.Admin],
        [TrackerPermission.ReadAudit] = [TrackerRoles.Admin],
    };

    public static IReadOnlyList<string> RolesHolding(TrackerPermission permission) => Holders[permission];

    public static bool Holds(string? role, TrackerPermission permission) =>
        role is not null && Holders[permission].Contains(role, StringComparer.Ordinal);

    /// <summary>The highest classification the role may read; every lower level comes with it.</summary>
    public static Visibility HighestVisibility(string? role) =>
        Holds(role, TrackerPermission.ReadConfidential) ? Visibility.Confidential
        : Holds(role, TrackerPermission.ReadInternal) ? Visibility.Internal
        : Visibility.Public;

    /// <summary>Every permission the role holds, in the enum's order.</summary>
    public static IReadOnlyList<TrackerPermission> Of(string? role) =>
        [.. Enum.GetValues<TrackerPermission>().Where(p => Holds(role, p))];
}
