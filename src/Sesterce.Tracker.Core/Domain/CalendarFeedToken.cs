namespace Sesterce.Tracker.Core.Domain;

/// <summary>
/// A user's calendar subscription key. Calendar apps cannot sign in, so the feed address carries a
/// random token instead of a cookie; only its SHA-256 hash is stored, so a copy of the database does
/// not give anyone a working feed address. Revoking keeps the row for the record.
/// </summary>
public sealed class CalendarFeedToken
{
    /// <summary>Hex SHA-256 of the token: 64 characters.</summary>
    public const int HashLength = 64;

    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
