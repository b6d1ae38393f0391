namespace Sesterce.Tracker.Core.Domain;

/// <summary>
/// Marks the tracker's own records: saving any of them without an audit entry in the same unit of
/// work is refused (see <c>TrackerDbContext.SaveChangesAsync</c>).
/// </summary>
public interface IAuditedRecord;
