namespace Sesterce.Tracker.Core.Features.Audit;

public sealed record FieldChange(string Field, string? Old, string? New);

public sealed record AuditEntryView(
    long Id,
    DateTimeOffset At,
    string UserName,
    string EntityType,
    string EntityId,
    string? CampusSlug,
    string Action,
    string Summary,
    IReadOnlyList<FieldChange> Changes,
    string? Reason,
    int? Version,
    string? ClientAddress = null);

/// <summary>Which entries the audit page shows: everything, sign-ins and denials, or writes to records.</summary>
public enum AuditKind
{
    All,
    Access,
    Records,
}

public sealed record AuditFilter(string? CampusSlug = null, string? EntityType = null, string? User = null, DateOnly? From = null, DateOnly? To = null, string? Text = null, AuditKind Kind = AuditKind.All);

public sealed record AuditLogPage(IReadOnlyList<AuditEntryView> Entries, int Total, int Page, int PageSize);
