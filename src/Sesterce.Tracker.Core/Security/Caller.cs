namespace Sesterce.Tracker.Core.Security;

/// <summary>Who is asking: the signed-in user, or an anonymous caller.</summary>
public sealed record Caller(string? UserId, string Name, string? Role)
{
    public const string AdminRole = "Admin";

    public static Caller System { get; } = new(null, "system", AdminRole);

    public bool CanWrite => Role == AdminRole;
}

/// <summary>Finds the caller of the current operation (HTTP request or Blazor circuit).</summary>
public interface ICallerAccessor
{
    ValueTask<Caller> GetCallerAsync();
}
