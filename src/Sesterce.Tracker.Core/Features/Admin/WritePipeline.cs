using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Changes;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>
/// The one path every admin write takes: caller check, its own unit of work, load, version check
/// (a conflict lists what others saved since), the change validated through <see cref="InputRules"/>,
/// the audit entry in the same save, commit, then the change notice. Services say only what
/// changes; nothing is stored unless the answer is <see cref="WriteOutcome.Saved"/>.
/// </summary>
public sealed class WritePipeline(IDbContextFactory<TrackerDbContext> contexts, ICallerAccessor callers, AuditLog audit, IChangeNotifier notifier, TrackerClock clock, TimeProvider time)
{
    private static readonly object NoParent = new();

    /// <summary>Inserts a record that belongs to nothing else (a source, a benchmark).</summary>
    public Task<WriteResult> CreateAsync<T>(RecordKind<T> kind, Func<WriteScope, Addition<T>?> build, CancellationToken cancellationToken)
        where T : class, IAuditedRecord =>
        CreateAsync(kind, scope => Task.FromResult(build(scope)), cancellationToken);

    public Task<WriteResult> CreateAsync<T>(RecordKind<T> kind, Func<WriteScope, Task<Addition<T>?>> build, CancellationToken cancellationToken)
        where T : class, IAuditedRecord =>
        AppendAsync(kind, (_, _) => Task.FromResult<object?>(NoParent), (scope, _) => build(scope), cancellationToken);

    public Task<WriteResult> AppendAsync<TParent, T>(
        RecordKind<T> kind,
        Func<TrackerDbContext, CancellationToken, Task<TParent?>> findParent,
        Func<WriteScope, TParent, Addition<T>?> build,
        CancellationToken cancellationToken)
        where TParent : class
        where T : class, IAuditedRecord =>
        AppendAsync(kind, findParent, (scope, parent) => Task.FromResult(build(scope, parent)), cancellationToken);

    /// <summary>
    /// Inserts a record under a parent (a campus's phase, a figure's revision); no parent is
    /// NotFound. The audit entry learns the new id inside the same transaction.
    /// </summary>
    public async Task<WriteResult> AppendAsync<TParent, T>(
        RecordKind<T> kind,
        Func<TrackerDbContext, CancellationToken, Task<TParent?>> findParent,
        Func<WriteScope, TParent, Task<Addition<T>?>> build,
        CancellationToken cancellationToken)
        where TParent : class
        where T : class, IAuditedRecord
    {
        if (await WriterAsync() is not { } caller)
        {
            return WriteResult.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await findParent(db, cancellationToken) is not { } parent)
        {
            return WriteResult.NotFound();
        }

        var scope = Scope(db, caller, cancellationToken);
        var addition = await build(scope, parent);
        if (Refusal(scope, addition is null) is { } refused)
        {
            return refused;
        }

        var record = addition!.Record;
        var slug = await kind.CampusSlug(db, record, cancellationToken);
        db.Add(record);
        var entry = audit.Entry(caller, kind.EntityType, "", slug, addition.Action, addition.Summary ?? kind.SummaryOf(record), addition.Changes.Changes, addition.Reason, VersionOf(record));
        db.AuditEntries.Add(entry);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            entry.EntityId = kind.KeyOf(record);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        notifier.Publish(new TrackerChange(slug, kind.EntityType, entry.EntityId, entry.Action));
        return WriteResult.Saved(kind.IdOf(record), VersionOf(record));
    }

    public Task<WriteResult> UpdateAsync<T>(RecordKind<T> kind, Expression<Func<T, bool>> match, int expectedVersion, Func<WriteScope, T, Edit?> change, CancellationToken cancellationToken)
        where T : class, IVersionedRecord =>
        UpdateAsync(kind, db => db.Set<T>().Where(match), expectedVersion, (scope, record) => Task.FromResult(change(scope, record)), cancellationToken);

    public Task<WriteResult> UpdateAsync<T>(RecordKind<T> kind, Expression<Func<T, bool>> match, int expectedVersion, Func<WriteScope, T, Task<Edit?>> change, CancellationToken cancellationToken)
        where T : class, IVersionedRecord =>
        UpdateAsync(kind, db => db.Set<T>().Where(match), expectedVersion, change, cancellationToken);

    /// <summary>
    /// Archives or restores a record; archiving needs a reason, and asking for the state it is
    /// already in is refused rather than saved as nothing.
    /// </summary>
    public Task<WriteResult> SetArchivedAsync<T>(RecordKind<T> kind, Expression<Func<T, bool>> match, bool archived, string? reason, int expectedVersion, CancellationToken cancellationToken)
        where T : class, IArchivableRecord =>
        UpdateAsync(kind, match, expectedVersion, (scope, record) =>
        {
            var why = scope.Rules.Text("Reason", reason, 2000, required: archived);
            if (scope.Rules.IsValid && record.IsArchived == archived)
            {
                scope.Rules.Add("", archived ? "AlreadyArchived" : "NotArchived");
            }

            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var changes = new ChangeSet().Compare("Archived", record.IsArchived, archived);
            record.IsArchived = archived;
            return new Edit(archived ? "Archived" : "Restored", changes, why);
        }, cancellationToken);

    /// <summary>
    /// Changes a versioned record the editor saw at <paramref name="expectedVersion"/>. A change
    /// that moves no field saves nothing and keeps the version.
    /// </summary>
    public async Task<WriteResult> UpdateAsync<T>(
        RecordKind<T> kind,
        Func<TrackerDbContext, IQueryable<T>> find,
        int expectedVersion,
        Func<WriteScope, T, Task<Edit?>> change,
        CancellationToken cancellationToken)
        where T : class, IVersionedRecord
    {
        if (await WriterAsync() is not { } caller)
        {
            return WriteResult.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await kind.Load(find(db)).FirstOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return WriteResult.NotFound();
        }

        var key = kind.KeyOf(record);
        if (record.Version != expectedVersion)
        {
            return await ConflictAsync(kind.EntityType, key, expectedVersion, cancellationToken);
        }

        var scope = Scope(db, caller, cancellationToken);
        var edit = await change(scope, record);
        if (Refusal(scope, edit is null) is { } refused)
        {
            return refused;
        }

        if (edit!.Changes.IsEmpty)
        {
            return WriteResult.Saved(kind.IdOf(record), record.Version);
        }

        var slug = await kind.CampusSlug(db, record, cancellationToken);
        // The loaded version is the concurrency token's original value, so the database refuses
        // the save too when someone committed between this load and this save.
        record.Version = expectedVersion + 1;
        db.AuditEntries.Add(audit.Entry(caller, kind.EntityType, key, slug, edit.Action, kind.SummaryOf(record), edit.Changes.Changes, edit.Reason, record.Version));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(kind.EntityType, key, expectedVersion, cancellationToken);
        }

        notifier.Publish(new TrackerChange(slug, kind.EntityType, key, edit.Action));
        return WriteResult.Saved(kind.IdOf(record), record.Version);
    }

    private async Task<Caller?> WriterAsync()
    {
        var caller = await callers.GetCallerAsync();
        return caller.Holds(TrackerPermission.Write) ? caller : null;
    }

    private WriteScope Scope(TrackerDbContext db, Caller caller, CancellationToken cancellationToken) =>
        new(db, new InputRules(clock.Today), caller, time.GetUtcNow(), cancellationToken);

    // A change may decline without naming a field (a rule that is not about one input); it is still a refusal.
    private static WriteResult? Refusal(WriteScope scope, bool declined) =>
        !scope.Rules.IsValid ? WriteResult.Invalid(scope.Rules.Errors)
        : declined ? WriteResult.Invalid([new ValidationError("", "Invalid")])
        : null;

    private static int VersionOf<T>(T record) => record is IVersionedRecord versioned ? versioned.Version : 0;

    // Read from a fresh context: the failed one still holds this editor's unsaved view of the record.
    private async Task<WriteResult> ConflictAsync(string entityType, string entityId, int expectedVersion, CancellationToken cancellationToken)
    {
        await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
        var changes = await AuditService.ChangesSinceAsync(fresh, entityType, entityId, expectedVersion, cancellationToken);
        var current = changes.Count > 0 ? changes[^1].Version ?? expectedVersion : expectedVersion;
        return WriteResult.Conflict(changes, current);
    }
}
