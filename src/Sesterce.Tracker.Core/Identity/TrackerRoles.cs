namespace Sesterce.Tracker.Core.Identity;

/// <summary>The three roles, from least to most trusted. Each user holds exactly one.</summary>
public static class TrackerRoles
{
    /// <summary>Project managers: dashboard, timeline, capacity and jobs.</summary>
    public const string Viewer = "Viewer";

    /// <summary>Adds the investment ledgers, the executive view and exports.</summary>
    public const string Executive = "Executive";

    /// <summary>Adds every form, the users page and the audit log.</summary>
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Executive, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
