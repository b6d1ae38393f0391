using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Audit;

/// <summary>What happened to an account or a session; the audit log's <c>Action</c> of an access entry.</summary>
public enum AccessEvent
{
    SignedIn,
    SignInFailed,
    SignedOut,
    SessionEnded,
    AccessDenied,
    TwoFactorEnabled,
    TwoFactorDisabled,
    RecoveryCodesGenerated,
    PasswordChanged,
    PasswordReset,
    AccountUnlocked,
}

/// <summary>
/// One access event. <paramref name="UserName"/> is the account's email, or the address typed at a failed
/// sign-in (never the password); <paramref name="Detail"/> is a short description such as the denied path.
/// </summary>
public sealed record AccessRecord(AccessEvent Event, string? UserId, string UserName, string? ClientAddress, string? Detail = null);

/// <summary>
/// Writes sign-ins, sign-outs, denials and account changes into the same append-only audit log as the
/// record writes, under the entity type <see cref="EntityType"/>, so one page and one export show both.
/// </summary>
public sealed class AccessAudit(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock)
{
    public const string EntityType = "Access";

    public async Task RecordAsync(AccessRecord record, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(Entry(record, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The entry for <paramref name="record"/>, for callers that add it to a save of their own.</summary>
    public static AuditEntry Entry(AccessRecord record, DateTimeOffset at) => new()
    {
        At = at,
        UserId = record.UserId,
        UserName = Truncate(record.UserName, 256),
        EntityType = EntityType,
        EntityId = Truncate(record.UserId ?? "-", 64),
        Action = record.Event.ToString(),
        Summary = Truncate(record.Detail ?? record.Event.ToString(), 500),
        Changes = "[]",
        ClientAddress = record.ClientAddress is null ? null : Truncate(record.ClientAddress, 64),
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
