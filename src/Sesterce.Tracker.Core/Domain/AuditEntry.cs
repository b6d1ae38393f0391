namespace Sesterce.Tracker.Core.Domain;

/// <summary>
/// One write, recorded in the same transaction as the write itself. Append-only: no code path
/// updates or deletes an entry.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>The kind of record: Campus, Phase, Milestone, Figure, FigureRevision, Source, …</summary>
    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>The campus the record belongs to, for filtering; null for shared records such as sources.</summary>
    public string? CampusSlug { get; set; }

    /// <summary>What happened: Created, Updated, Archived, Restored, TargetMoved, RevisionAdded, Corrected, …</summary>
    public required string Action { get; set; }

    /// <summary>A short human description: the record's title or name.</summary>
    public required string Summary { get; set; }

    /// <summary>Field changes as JSON: [{"field":"Title","old":"…","new":"…"}].</summary>
    public required string Changes { get; set; }

    public string? Reason { get; set; }

    /// <summary>The record's version after the write, for concurrency conflict reports.</summary>
    public int? Version { get; set; }

    /// <summary>The client address of the request behind the entry (through the configured proxy), for access events.</summary>
    public string? ClientAddress { get; set; }
}
