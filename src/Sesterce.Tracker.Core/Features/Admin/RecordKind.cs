using System.Globalization;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>
/// What the write pipeline needs to know about one kind of record to give it history, concurrency
/// and audit: its name in the audit log, its key there, a human summary and the campus it is filed
/// under. Declared once per kind in <see cref="AuditedRecords"/>.
/// </summary>
public sealed class RecordKind<T>(string entityType, Func<T, int> id, Func<T, string> summary) where T : class, IAuditedRecord
{
    private static readonly Func<TrackerDbContext, T, CancellationToken, Task<string?>> Shared = (_, _, _) => Task.FromResult<string?>(null);

    public string EntityType => entityType;

    /// <summary>The audit key when it is not the id (a campus is known by its slug).</summary>
    public Func<T, string>? Key { get; init; }

    /// <summary>The campus the audit entry and the change notice are filed under; shared records have none.</summary>
    public Func<TrackerDbContext, T, CancellationToken, Task<string?>> CampusSlug { get; init; } = Shared;

    /// <summary>What an update loads with the record (owned lists it replaces, for instance).</summary>
    public Func<IQueryable<T>, IQueryable<T>> Load { get; init; } = query => query;

    public int IdOf(T record) => id(record);

    public string KeyOf(T record) => Key?.Invoke(record) ?? id(record).ToString(CultureInfo.InvariantCulture);

    public string SummaryOf(T record) => summary(record);
}
