using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Audit;

/// <summary>Reads the audit log for admins: filtered, newest first, paged; and as CSV.</summary>
public sealed class AuditService(IDbContextFactory<TrackerDbContext> contextFactory, ICallerAccessor callers)
{
    public const int PageSize = 50;

    /// <summary>Null when the caller may not read the audit log.</summary>
    public async Task<AuditLogPage?> QueryAsync(AuditFilter filter, int page = 0, CancellationToken cancellationToken = default)
    {
        if (!(await callers.GetCallerAsync()).Holds(TrackerPermission.ReadAudit))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db, filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.Id).Skip(Math.Max(page, 0) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new AuditLogPage([.. rows.Select(ToView)], total, page, PageSize);
    }

    /// <summary>What changed on one record after <paramref name="sinceVersion"/>: the story behind a concurrency conflict.</summary>
    public static async Task<IReadOnlyList<AuditEntryView>> ChangesSinceAsync(TrackerDbContext db, string entityType, string entityId, int sinceVersion, CancellationToken cancellationToken)
    {
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == entityId && a.Version > sinceVersion)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToView)];
    }

    /// <summary>The filtered log as CSV (RFC 4180), oldest first; null when the caller may not read it.</summary>
    public async Task<string?> ExportCsvAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        if (!(await callers.GetCallerAsync()).Holds(TrackerPermission.ReadAudit))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await Filtered(db, filter).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        csv.Append("id,at_utc,user,entity_type,entity_id,campus,action,summary,field,old,new,reason,version,client_address\r\n");
        foreach (var row in rows)
        {
            var changes = AuditLog.ReadChanges(row.Changes);
            foreach (var change in changes.Count == 0 ? [new FieldChange("", null, null)] : changes)
            {
                csv.AppendJoin(',', new[]
                {
                    row.Id.ToString(CultureInfo.InvariantCulture),
                    row.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    row.UserName,
                    row.EntityType,
                    row.EntityId,
                    row.CampusSlug ?? "",
                    row.Action,
                    row.Summary,
                    change.Field,
                    change.Old ?? "",
                    change.New ?? "",
                    row.Reason ?? "",
                    row.Version?.ToString(CultureInfo.InvariantCulture) ?? "",
                    row.ClientAddress ?? "",
                }.Select(Quote));
                csv.Append("\r\n");
            }
        }

        return csv.ToString();
    }

    private static IQueryable<AuditEntry> Filtered(TrackerDbContext db, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.CampusSlug))
        {
            query = query.Where(a => a.CampusSlug == filter.CampusSlug);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType);
        }

        query = filter.Kind switch
        {
            AuditKind.Access => query.Where(a => a.EntityType == AccessAudit.EntityType),
            AuditKind.Records => query.Where(a => a.EntityType != AccessAudit.EntityType),
            _ => query,
        };

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            query = query.Where(a => a.UserName.Contains(filter.User));
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.At >= start);
        }

        // The last representable day has no next day to stop before: it bounds nothing.
        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.At < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            query = query.Where(a => a.Summary.Contains(filter.Text) || a.Changes.Contains(filter.Text) || (a.Reason != null && a.Reason.Contains(filter.Text)));
        }

        return query;
    }

    private static AuditEntryView ToView(AuditEntry a) =>
        new(a.Id, a.At, a.UserName, a.EntityType, a.EntityId, a.CampusSlug, a.Action, a.Summary, AuditLog.ReadChanges(a.Changes), a.Reason, a.Version, a.ClientAddress);

    // Formula-looking cells are prefixed so a spreadsheet never evaluates them.
    private static string Quote(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
