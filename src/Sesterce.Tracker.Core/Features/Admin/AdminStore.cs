using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Changes;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>
/// What every admin write shares: the caller check, the clock, the audit entry in the same save,
/// the concurrency check and the change notification after commit.
/// </summary>
public sealed class AdminStore(IDbContextFactory<TrackerDbContext> contextFactory, ICallerAccessor callers, AuditLog audit, IChangeNotifier notifier, TrackerClock clock, TimeProvider time)
{
    public TrackerClock Clock => clock;

    public DateTimeOffset Now => time.GetUtcNow();

    public AuditLog Audit => audit;

    public Task<TrackerDbContext> OpenAsync(CancellationToken cancellationToken) => contextFactory.CreateDbContextAsync(cancellationToken);

    /// <summary>The caller when allowed to write, else null.</summary>
    public async Task<Caller?> WriterAsync()
    {
        var caller = await callers.GetCallerAsync();
        return caller.Holds(TrackerPermission.Write) ? caller : null;
    }

    public InputRules Rules() => new(clock.Today);

    /// <summary>
    /// Saves the unit of work holding the change and its audit entry. A record changed by someone
    /// else since <paramref name="expectedVersion"/> is a conflict reported with their changes.
    /// </summary>
    public async Task<WriteResult> CommitAsync(
        TrackerDbContext db,
        string entityType,
        string entityId,
        int? expectedVersion,
        Func<WriteResult> saved,
        TrackerChange change,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(entityType, entityId, expectedVersion ?? 0, cancellationToken);
        }

        notifier.Publish(change);
        return saved();
    }

    /// <summary>
    /// Inserts a new record and its audit entry in one transaction; the entry learns the record's id
    /// from the insert before the transaction commits.
    /// </summary>
    public async Task<WriteResult> CreateAsync(TrackerDbContext db, AuditEntry entry, Func<int> id, Func<int> version, string? campusSlug, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(entry);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            entry.EntityId = id().ToString(System.Globalization.CultureInfo.InvariantCulture);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        notifier.Publish(new TrackerChange(campusSlug, entry.EntityType, entry.EntityId, entry.Action));
        return WriteResult.Saved(id(), version());
    }

    public async Task<WriteResult> ConflictAsync(string entityType, string entityId, int expectedVersion, CancellationToken cancellationToken)
    {
        await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
        var changes = await AuditService.ChangesSinceAsync(fresh, entityType, entityId, expectedVersion, cancellationToken);
        var current = changes.Count > 0 ? changes[^1].Version ?? expectedVersion : expectedVersion;
        return WriteResult.Conflict(changes, current);
    }

    public static async Task<string?> CampusSlugAsync(TrackerDbContext db, int campusId, CancellationToken cancellationToken) =>
        await db.Campuses.Where(c => c.Id == campusId).Select(c => c.Slug).FirstOrDefaultAsync(cancellationToken);

    public static async Task<bool> SourceExistsAsync(TrackerDbContext db, int? sourceId, CancellationToken cancellationToken) =>
        sourceId is { } id && await db.Sources.AnyAsync(s => s.Id == id, cancellationToken);

    /// <summary>Keeps a record's concurrency token at the version the editor saw, and bumps it.</summary>
    public static void Bump<T>(TrackerDbContext db, T entity, int expectedVersion, Func<T, int> get, Action<T, int> set) where T : class
    {
        db.Entry(entity).Property("Version").OriginalValue = expectedVersion;
        set(entity, get(entity) + 1);
    }

    public static string Describe(PartialDate? date) => date?.ToString() ?? "";

    public static AuditEntry Attach(TrackerDbContext db, AuditEntry entry)
    {
        db.AuditEntries.Add(entry);
        return entry;
    }
}
