using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>Well-known figure keys; admins may add others.</summary>
public static class FigureKeys
{
    public const string Investment = "investment";
    public const string Power = "power";
    public const string Jobs = "jobs";
}

public sealed record FigureRevisionView(
    int Id,
    ValueRange Value,
    FigureQualifier Qualifier,
    PartialDate AnnouncedOn,
    DateOnly KnownFrom,
    RevisionStatus Status,
    SourceRef? Source,
    string? Quote,
    string? Note,
    int? CorrectsRevisionId,
    int? CorrectedByRevisionId);

/// <summary>Change between two values: absolute, and relative in percent when the base is not zero.</summary>
public sealed record FigureChange(ValueRange Absolute, ValueRange? Percent)
{
    public static FigureChange Between(ValueRange from, ValueRange to) => new(to.Minus(from), to.PercentChangeFrom(from));
}

/// <summary>A figure as known on a date: its latest value, its first, and the steps between.</summary>
public sealed record FigureSnapshot(
    string Key,
    string Name,
    string Unit,
    FigureRevisionView Latest,
    FigureRevisionView First,
    FigureChange? ChangeSinceFirst,
    IReadOnlyList<FigureRevisionView> History);

/// <summary>Every revision of one figure known on a date, corrected ones included and marked.</summary>
public sealed record FigureLedger(string Key, string Name, string Unit, DateOnly AsOf, IReadOnlyList<FigureRevisionView> Revisions);

/// <summary>
/// A point of a series: the value that stood from <paramref name="From"/> on, after the
/// announcement dated <paramref name="AnnouncedOn"/> at its own precision.
/// </summary>
public sealed record SeriesPoint(DateOnly From, PartialDate AnnouncedOn, ValueRange Value);

/// <summary>A ratio of two figures (investment per MW, jobs per MW) carried through ranges, over time.</summary>
public sealed record DerivedRatio(
    string Key,
    string NumeratorKey,
    string DenominatorKey,
    string Unit,
    ValueRange First,
    ValueRange Latest,
    FigureChange? ChangeSinceFirst,
    IReadOnlyList<SeriesPoint> History);
