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
    string? ClientAddress = null)
{
    /// <summary>The record's name as readers know it now (a milestone's title, a figure's name); the stored summary when it no longer resolves.</summary>
    public string Subject { get; init; } = Summary;

    /// <summary>The figure's unit when the entry is about a figure or one of its claims, so amounts can be written out.</summary>
    public string? Unit { get; init; }

    /// <summary>The changes with ids resolved to names: source titles, phase names, the corrected claim's day, value and source.</summary>
    public IReadOnlyList<FieldChange> Details { get; init; } = Changes;
}

/// <summary>Which entries the audit page shows: everything, sign-ins and denials, or writes to records.</summary>
public enum AuditKind
{
    All,
    Access,
    Records,
}

/// <summary>The choices the audit page's filters offer: the record types and the users the log holds.</summary>
public sealed record AuditFilterChoices(IReadOnlyList<string> RecordTypes, IReadOnlyList<string> Users);

public sealed record AuditFilter(string? CampusSlug = null, string? EntityType = null, string? User = null, DateOnly? From = null, DateOnly? To = null, string? Text = null, AuditKind Kind = AuditKind.All)
{
    /// <summary>The user was chosen from the list of users: only that name, not every name containing it.</summary>
    public bool UserExact { get; init; }
}

public sealed record AuditLogPage(IReadOnlyList<AuditEntryView> Entries, int Total, int Page, int PageSize);
