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
        return new AuditLogPage(await AuditNames.ResolveAsync(db, [.. rows.Select(ToView)], cancellationToken), total, page, PageSize);
    }

    /// <summary>The record types and user names the log holds, for the filters' lists; null when the caller may not read the log.</summary>
    public async Task<AuditFilterChoices?> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        if (!(await callers.GetCallerAsync()).Holds(TrackerPermission.ReadAudit))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().ToListAsync(cancellationToken);
        var users = await db.AuditEntries.AsNoTracking().Select(a => a.UserName).Distinct().ToListAsync(cancellationToken);
        return new AuditFilterChoices([.. types.Order(StringComparer.Ordinal)], [.. users.Order(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>
    /// The filtered log as CSV, oldest first, one row per entry with <paramref name="sentence"/>'s
    /// wording, the same the audit page shows; null when the caller may not read it.
    /// </summary>
    public async Task<string?> ExportCsvAsync(AuditFilter filter, Func<AuditEntryView, string> sentence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (!(await callers.GetCallerAsync()).Holds(TrackerPermission.ReadAudit))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await Filtered(db, filter).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var entries = await AuditNames.ResolveAsync(db, [.. rows.Select(ToView)], cancellationToken);
        var csv = new StringBuilder();
        csv.Append("id,at_utc,user,record_type,record,campus,what,reason,client_address\r\n");
        foreach (var entry in entries)
        {
            csv.AppendJoin(',', new[]
            {
                entry.Id.ToString(CultureInfo.InvariantCulture),
                entry.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                entry.UserName,
                entry.EntityType,
                entry.Subject,
                entry.CampusSlug ?? "",
                sentence(entry),
                entry.Reason ?? "",
                entry.ClientAddress ?? "",
            }.Select(Quote));
            csv.Append("\r\n");
        }

        return csv.ToString();
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
            // A name chosen from the list matches exactly; typed text still finds part of a name.
            query = filter.UserExact ? query.Where(a => a.UserName == filter.User) : query.Where(a => a.UserName.Contains(filter.User));
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
