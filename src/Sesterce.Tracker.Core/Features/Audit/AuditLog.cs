using System.Globalization;
using System.Text.Json;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Audit;

/// <summary>
/// Builds the one audit entry each write adds to its own unit of work, so the entry and the change
/// commit or fail together.
/// </summary>
public sealed class AuditLog(TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public AuditEntry Entry(Caller caller, string entityType, object entityId, string? campusSlug, string action, string summary, IEnumerable<FieldChange> changes, string? reason = null, int? version = null) => new()
    {
        At = time.GetUtcNow().ToUniversalTime(),
        UserId = caller.UserId,
        UserName = caller.Name ?? caller.UserId ?? "unknown",
        EntityType = entityType,
        EntityId = Convert.ToString(entityId, CultureInfo.InvariantCulture) ?? "",
        CampusSlug = campusSlug,
        Action = action,
        Summary = summary.Length > 500 ? summary[..500] : summary,
        Changes = JsonSerializer.Serialize(changes.ToList(), Json),
        Reason = reason,
        Version = version,
    };

    /// <summary>A date at its precision, or empty: how audit entries have always written an optional date.</summary>
    public static string Describe(PartialDate? date) => date?.ToString() ?? "";

    public static IReadOnlyList<FieldChange> ReadChanges(string json) =>
        JsonSerializer.Deserialize<List<FieldChange>>(json, Json) ?? [];

    /// <summary>Formats values the same way everywhere so old and new compare as text.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>Accumulates the fields that changed between the stored record and the input.</summary>
public sealed class ChangeSet
{
    private readonly List<FieldChange> _changes = [];

    public IReadOnlyList<FieldChange> Changes => _changes;

    public bool IsEmpty => _changes.Count == 0;

    public ChangeSet Compare(string field, object? old, object? @new)
    {
        var before = AuditLog.Text(old);
        var after = AuditLog.Text(@new);
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            _changes.Add(new FieldChange(field, before, after));
        }

        return this;
    }

    public ChangeSet Created(string field, object? value) => Compare(field, null, value);
}
