namespace Sesterce.Tracker.Core.Domain;

/// <summary>
/// One signed-in browser session, kept on the server so that signing out, "end this session" or an
/// admin ending a user's sessions stops a copied cookie at once. The cookie carries only <see cref="Id"/>.
/// </summary>
public sealed class UserSession
{
    public const int UserAgentMaxLength = 256;

    /// <summary>A random, unguessable identifier (hex), carried in the session cookie.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>The absolute end: however active the session, it ends here.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public string? UserAgent { get; set; }

    public string? ClientAddress { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Why it ended: SignedOut, EndedByUser, EndedByAdmin, Expired, PasswordChanged…</summary>
    public string? EndedReason { get; set; }
}
