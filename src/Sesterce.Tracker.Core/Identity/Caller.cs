using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Identity;

/// <summary>Who is asking: the signed-in user behind the current request or circuit, or nobody.</summary>
public sealed record Caller(string? UserId, string? Name, string? Role)
{
    public static readonly Caller Anonymous = new(null, null, null);

    public bool IsAuthenticated => UserId is not null;

    public bool Holds(TrackerPermission permission) => IsAuthenticated && TrackerPermissions.Holds(Role, permission);

    /// <summary>The highest classification this caller may read; nobody signed in reads nothing.</summary>
    public Visibility? Clearance => IsAuthenticated ? TrackerPermissions.HighestVisibility(Role) : null;

    /// <summary>Whether the caller may read something classified at <paramref name="level"/>.</summary>
    public bool MaySee(Visibility level) => Clearance is { } clearance && level <= clearance;
}

/// <summary>
/// Gives services the current caller so they can enforce permissions themselves. The web app reads
/// the HTTP request's user, or the circuit's revalidated authentication state.
/// </summary>
public interface ICallerAccessor
{
    ValueTask<Caller> GetCallerAsync();
}
