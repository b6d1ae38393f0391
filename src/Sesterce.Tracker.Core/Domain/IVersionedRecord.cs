namespace Sesterce.Tracker.Core.Domain;

/// <summary>
/// A record edited under optimistic concurrency: every update bumps <see cref="Version"/>, and a
/// save based on an older version is refused (the context makes every <c>Version</c> a concurrency token).
/// </summary>
public interface IVersionedRecord : IAuditedRecord
{
    int Id { get; }

    int Version { get; set; }
}

/// <summary>A record that leaves every view when archived and comes back when restored; never deleted.</summary>
public interface IArchivableRecord : IVersionedRecord
{
    bool IsArchived { get; set; }
}
