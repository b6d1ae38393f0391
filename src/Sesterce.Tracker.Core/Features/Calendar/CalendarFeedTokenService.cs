using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Calendar;

/// <summary>The signed-in user's calendar subscription, without its token (which is never stored).</summary>
public sealed record CalendarFeedStatus(DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);

/// <summary>A newly issued token: shown once, then only its hash remains.</summary>
public sealed record IssuedCalendarFeed(string Token, DateTimeOffset CreatedAt);

/// <summary>
/// Per-user calendar feed tokens. A user holds at most one active token; issuing a new one revokes the
/// previous one. The token is 256 random bits; only its SHA-256 hash is stored and looked up, so the
/// lookup's timing says nothing about a valid token and a database copy gives no working address.
/// Resolving a token yields the owner's own caller (role and clearance read from the store on every
/// request), so a feed never shows more than its owner may see now, and a disabled owner's feed stops.
/// </summary>
public sealed class CalendarFeedTokenService(
    IDbContextFactory<TrackerDbContext> contextFactory,
    ICallerAccessor callers,
    TimeProvider time,
    AuditLog audit,
    ILogger<CalendarFeedTokenService> logger)
{
    public const string AuditEntityType = "CalendarFeed";

    /// <summary>Base64url of 32 bytes, without padding.</summary>
    public const int TokenLength = 43;

    /// <summary>Calendar apps poll often; recording every fetch would be a write per poll for a date nobody needs to the second.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    public async Task<CalendarFeedStatus?> StatusAsync(CancellationToken cancellationToken = default)
    {
        var caller = await callers.GetCallerAsync();
        if (caller.UserId is not { } userId)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.CalendarFeedTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .Select(t => new { t.Id, t.CreatedAt, t.LastUsedAt })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(t => t.Id).Select(t => new CalendarFeedStatus(t.CreatedAt, t.LastUsedAt)).FirstOrDefault();
    }

    /// <summary>Issues a new token for the signed-in user, revoking any previous one; null for nobody signed in.</summary>
    public async Task<IssuedCalendarFeed?> IssueAsync(CancellationToken cancellationToken = default)
    {
        var caller = await callers.GetCallerAsync();
        if (caller.UserId is not { } userId)
        {
            return null;
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var revoked = await RevokeActiveAsync(db, userId, now, cancellationToken);
        db.CalendarFeedTokens.Add(new CalendarFeedToken { UserId = userId, TokenHash = Hash(token), CreatedAt = now });
        var changes = new ChangeSet().Created("CalendarFeed", "active");
        db.AuditEntries.Add(audit.Entry(caller, AuditEntityType, userId, null, revoked > 0 ? "Regenerated" : "Created", caller.Name ?? userId, changes.Changes));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Calendar feed token issued for {UserId}; {RevokedCount} previous token(s) revoked", userId, revoked);
        return new IssuedCalendarFeed(token, now);
    }

    /// <summary>Revokes the signed-in user's token; false when there was none.</summary>
    public async Task<bool> RevokeAsync(CancellationToken cancellationToken = default)
    {
        var caller = await callers.GetCallerAsync();
        if (caller.UserId is not { } userId)
        {
            return false;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var revoked = await RevokeActiveAsync(db, userId, time.GetUtcNow(), cancellationToken);
        if (revoked == 0)
        {
            return false;
        }

        db.AuditEntries.Add(audit.Entry(caller, AuditEntityType, userId, null, "Revoked", caller.Name ?? userId, new ChangeSet().Compare("CalendarFeed", "active", "revoked").Changes));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Calendar feed token revoked for {UserId}", userId);
        return true;
    }

    /// <summary>
    /// The caller a feed token stands for: its owner with the role they hold now. Null for a malformed,
    /// unknown or revoked token and for a disabled owner, so all of them look the same from outside.
    /// </summary>
    public async Task<Caller?> ResolveAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (token is null || token.Length != TokenLength || !token.All(IsBase64UrlChar))
        {
            return null;
        }

        var hash = Hash(token);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.CalendarFeedTokens
            .Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .Select(t => new { t.Id, t.TokenHash, t.UserId, t.LastUsedAt })
            .FirstOrDefaultAsync(cancellationToken);
        // The index lookup already matched the hash; the fixed-time comparison keeps that true even if the
        // store ever compared text case-insensitively or by prefix.
        if (row is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(row.TokenHash), Encoding.ASCII.GetBytes(hash)))
        {
            return null;
        }

        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == row.UserId)
            .Select(u => new
            {
                u.IsDisabled,
                u.DisplayName,
                u.Email,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null || user.IsDisabled)
        {
            logger.LogInformation("Calendar feed refused: the owner {UserId} of token {TokenId} is disabled or gone", row.UserId, row.Id);
            return null;
        }

        var now = time.GetUtcNow();
        if (row.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            await db.CalendarFeedTokens.Where(t => t.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        var role = TrackerRoles.All.LastOrDefault(r => user.Roles.Contains(r));
        return new Caller(row.UserId, string.IsNullOrEmpty(user.DisplayName) ? user.Email : user.DisplayName, role);
    }

    /// <summary>Lower-case hex SHA-256 of the token's ASCII text.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    private static async Task<int> RevokeActiveAsync(TrackerDbContext db, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var active = await db.CalendarFeedTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(cancellationToken);
        foreach (var token in active)
        {
            token.RevokedAt = now;
        }

        return active.Count;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool IsBase64UrlChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
