using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Account;

/// <summary>Why a session ended, as stored in <see cref="UserSession.EndedReason"/> and shown in the audit log.</summary>
public static class SessionEndReasons
{
    public const string SignedOut = "SignedOut";
    public const string EndedByUser = "EndedByUser";
    public const string EndedByAdmin = "EndedByAdmin";
    public const string Expired = "Expired";
    public const string PasswordChanged = "PasswordChanged";
    public const string PasswordReset = "PasswordReset";
}

/// <summary>The absolute lifetime of a session, however active: <c>Security:AbsoluteSessionHours</c>.</summary>
public sealed class SessionLifetimeOptions
{
    public double AbsoluteSessionHours { get; set; } = 12;

    public TimeSpan AbsoluteLifetime => TimeSpan.FromHours(AbsoluteSessionHours > 0 ? AbsoluteSessionHours : 12);
}

/// <summary>What the cookie check learns about a session id.</summary>
public enum SessionState
{
    Active,
    Missing,
    Ended,
    Expired,
}

/// <summary>One active session as the sessions page shows it.</summary>
public sealed record SessionView(string Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt, string? UserAgent, string? ClientAddress);

/// <summary>
/// Server-side sessions: the cookie carries a random id, and a session ended here (sign-out, "end this
/// session", an admin, a password change, its absolute end) stops every copy of that cookie on the next
/// request. Every end is written to the audit log in the same save, with who ended it and why.
/// Registered as a singleton; each call opens its own context.
/// </summary>
public sealed class SessionStore(
    IDbContextFactory<TrackerDbContext> contexts,
    TimeProvider clock,
    IOptions<SessionLifetimeOptions> options,
    SessionEvents events,
    ILogger<SessionStore> logger)
{
    /// <summary>LastSeenAt is written at most this often, so a busy page does not write on every request.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<string> StartAsync(string userId, string? userAgent, string? clientAddress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var now = clock.GetUtcNow();
        var session = new UserSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            UserId = userId,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + options.Value.AbsoluteLifetime,
            UserAgent = Truncate(userAgent, UserSession.UserAgentMaxLength),
            ClientAddress = Truncate(clientAddress, 64),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Session {Session} started for {UserId} from {ClientAddress}", ShortId(session.Id), userId, clientAddress);
        return session.Id;
    }

    /// <summary>Whether the session may still be used: it exists, has not ended and has not reached its absolute end.</summary>
    public async Task<bool> IsActiveAsync(string id, CancellationToken cancellationToken = default) =>
        await CheckAsync(id, userId: null, touch: false, cancellationToken) == SessionState.Active;

    /// <summary>
    /// The state of a session for the cookie check; a session of another user than <paramref name="userId"/>
    /// counts as missing. A session past its absolute end is ended here (reason Expired) and audited.
    /// With <paramref name="touch"/>, an active session's LastSeenAt moves to now when it is a minute old.
    /// </summary>
    public async Task<SessionState> CheckAsync(string id, string? userId, bool touch = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.UserSessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.UserId, s.EndedAt, s.ExpiresAt, s.LastSeenAt }).FirstOrDefaultAsync(cancellationToken);
        if (session is null || (userId is not null && session.UserId != userId))
        {
            return SessionState.Missing;
        }

        if (session.EndedAt is not null)
        {
            return SessionState.Ended;
        }

        var now = clock.GetUtcNow();
        if (now >= session.ExpiresAt)
        {
            await EndWhereAsync(db, s => s.Id == id, SessionEndReasons.Expired, endedBy: null, clientAddress: null, cancellationToken);
            return SessionState.Expired;
        }

        // Read first, write only when due: most requests cost one indexed read and no write lock.
        if (touch && session.LastSeenAt <= now - TouchInterval)
        {
            await db.UserSessions.Where(s => s.Id == id).ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now), cancellationToken);
        }

        return SessionState.Active;
    }

    /// <summary>Records that the session was used now, unless that was already recorded less than a minute ago.</summary>
    public async Task TouchAsync(string id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var since = now - TouchInterval;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.UserSessions
            .Where(s => s.Id == id && s.EndedAt == null && s.LastSeenAt <= since)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now), cancellationToken);
    }

    /// <summary>Ends one session; false when it was already ended or never existed (nothing is audited then).</summary>
    public async Task<bool> EndAsync(string id, string reason, SessionActor? endedBy = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await EndWhereAsync(db, s => s.Id == id, reason, endedBy, endedBy?.ClientAddress, cancellationToken) > 0;
    }

    /// <summary>Ends every active session of the user but <paramref name="exceptId"/>; returns how many ended.</summary>
    public async Task<int> EndAllAsync(string userId, string reason, string? exceptId = null) =>
        await EndAllAsync(userId, reason, exceptId, endedBy: null);

    /// <inheritdoc cref="EndAllAsync(string, string, string?)"/>
    public async Task<int> EndAllAsync(string userId, string reason, string? exceptId, SessionActor? endedBy, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await EndWhereAsync(db, s => s.UserId == userId && s.Id != exceptId, reason, endedBy, endedBy?.ClientAddress, cancellationToken);
    }

    /// <summary>The user's sessions that are still usable, most recently used first.</summary>
    public async Task<IReadOnlyList<SessionView>> ListActiveAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedAt == null && s.ExpiresAt > now)
            .OrderByDescending(s => s.LastSeenAt)
            .Select(s => new SessionView(s.Id, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.UserAgent, s.ClientAddress))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Ends one of the caller's own sessions ("End" on the sessions page); another user's session is refused.</summary>
    public async Task<bool> EndOwnAsync(Caller caller, string id, string? clientAddress, CancellationToken cancellationToken = default)
    {
        if (caller.UserId is not { } userId)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await EndWhereAsync(db, s => s.Id == id && s.UserId == userId, SessionEndReasons.EndedByUser, SessionActor.Of(caller, clientAddress), clientAddress, cancellationToken) > 0;
    }

    /// <summary>"End all other sessions": every session of the caller but the one they are using.</summary>
    public Task<int> EndOthersAsync(Caller caller, string? currentId, string? clientAddress, CancellationToken cancellationToken = default) =>
        caller.UserId is { } userId
            ? EndAllAsync(userId, SessionEndReasons.EndedByUser, currentId, SessionActor.Of(caller, clientAddress), cancellationToken)
            : Task.FromResult(0);

    /// <summary>An admin ends every session of a user; null when the caller may not manage users.</summary>
    public async Task<int?> EndAllOfUserAsync(Caller caller, string userId, string? clientAddress, CancellationToken cancellationToken = default)
    {
        if (!caller.Holds(TrackerPermission.ManageUsers))
        {
            logger.LogWarning("{Caller} may not end the sessions of {UserId}", caller.Name, userId);
            return null;
        }

        return await EndAllAsync(userId, SessionEndReasons.EndedByAdmin, exceptId: null, SessionActor.Of(caller, clientAddress), cancellationToken);
    }

    /// <summary>The first characters of an id: enough to tell sessions apart in logs, useless to anyone reading them.</summary>
    public static string ShortId(string id) => id.Length <= 8 ? id : id[..8];

    private async Task<int> EndWhereAsync(
        TrackerDbContext db,
        System.Linq.Expressions.Expression<Func<UserSession, bool>> which,
        string reason,
        SessionActor? endedBy,
        string? clientAddress,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sessions = await db.UserSessions.Where(which).Where(s => s.EndedAt == null).ToListAsync(cancellationToken);
        if (sessions.Count == 0)
        {
            return 0;
        }

        var userIds = sessions.Select(s => s.UserId).Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id, cancellationToken);
        foreach (var session in sessions)
        {
            session.EndedAt = now;
            session.EndedReason = Truncate(reason, 64);
            // A sign-out is its own event; every other end is a SessionEnded saying who and why.
            var signedOut = reason == SessionEndReasons.SignedOut;
            var by = endedBy is null ? "" : $" by {endedBy.Name}";
            var detail = signedOut
                ? $"Signed out; session {ShortId(session.Id)} ended"
                : $"Session {ShortId(session.Id)} ended{by}: {reason}";
            db.AuditEntries.Add(AccessAudit.Entry(
                new AccessRecord(signedOut ? AccessEvent.SignedOut : AccessEvent.SessionEnded, session.UserId, emails.GetValueOrDefault(session.UserId, session.UserId), clientAddress, detail),
                now));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Ended {Count} session(s) of {UserIds} ({Reason}) by {EndedBy}", sessions.Count, userIds, reason, endedBy?.Name ?? "the system");
        events.Ended(sessions.Select(s => s.Id).ToHashSet());
        return sessions.Count;
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}

/// <summary>Who ended a session, for the audit entry: a user (themselves or an admin) and where they were.</summary>
public sealed record SessionActor(string? UserId, string Name, string? ClientAddress)
{
    public static SessionActor Of(Caller caller, string? clientAddress) => new(caller.UserId, caller.Name ?? caller.UserId ?? "anonymous", clientAddress);
}

/// <summary>
/// In-process news of ended sessions, so an open Blazor circuit on that session drops its sign-in at once
/// rather than at its next minute-by-minute check. Another server instance still learns within a minute.
/// </summary>
public sealed class SessionEvents
{
    public event Action<IReadOnlySet<string>>? SessionsEnded;

    public void Ended(IReadOnlySet<string> sessionIds)
    {
        if (sessionIds.Count > 0)
        {
            SessionsEnded?.Invoke(sessionIds);
        }
    }
}
