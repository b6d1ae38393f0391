using Sesterce.Tracker.Core.Features.Audit;

namespace Sesterce.Tracker.Core.Features.Admin;

public enum WriteOutcome
{
    Saved = 0,
    Invalid = 1,
    NotFound = 2,
    Conflict = 3,
    Forbidden = 4,
}

/// <summary>
/// A reason an input was refused, as a code the UI translates ("Validation_Required") with its
/// arguments, tied to the field it concerns.
/// </summary>
public sealed record ValidationError(string Field, string Code, params object[] Arguments);

/// <summary>
/// What became of a write. Nothing is stored unless <see cref="Outcome"/> is Saved. On a conflict,
/// <see cref="ConflictingChanges"/> lists what others saved since the version the form was based on.
/// </summary>
public sealed record WriteResult(
    WriteOutcome Outcome,
    IReadOnlyList<ValidationError> Errors,
    IReadOnlyList<AuditEntryView> ConflictingChanges,
    int? Id,
    int? Version)
{
    public bool Succeeded => Outcome == WriteOutcome.Saved;

    public static WriteResult Saved(int id, int version) => new(WriteOutcome.Saved, [], [], id, version);

    public static WriteResult Invalid(IReadOnlyList<ValidationError> errors) => new(WriteOutcome.Invalid, errors, [], null, null);

    public static WriteResult NotFound() => new(WriteOutcome.NotFound, [new ValidationError("", "NotFound")], [], null, null);

    public static WriteResult Forbidden() => new(WriteOutcome.Forbidden, [new ValidationError("", "Forbidden")], [], null, null);

    public static WriteResult Conflict(IReadOnlyList<AuditEntryView> changes, int currentVersion) =>
        new(WriteOutcome.Conflict, [new ValidationError("", "Conflict")], changes, null, currentVersion);
}
