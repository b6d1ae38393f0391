using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;

namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>Well-known figure keys; admins may add others.</summary>
public static class FigureKeys
{
    public const string Investment = "investment";
    public const string Power = "power";
    public const string Jobs = "jobs";
}

/// <summary>A figure of a campus as the navigation lists it.</summary>
public sealed record FigureLink(string Key, string Name, string Unit)
{
    public bool IsBuiltIn => Key is FigureKeys.Investment or FigureKeys.Power or FigureKeys.Jobs;
}

public sealed record FigureRevisionView(
    int Id,
    ValueRange Value,
    FigureQualifier Qualifier,
    PartialDate AnnouncedOn,
    DateOnly KnownFrom,
    ClaimStatus Status,
    IReadOnlyList<CitationView> Sources,
    string? Note,
    int? CorrectsRevisionId,
    int? CorrectedByRevisionId,
    InvestmentScope Scope = InvestmentScope.Unknown,
    ClaimScope? ClaimScope = null) : IClaimView
{
    /// <summary>Who may see the claim; admins' pages show it as a chip.</summary>
    public Visibility Visibility { get; init; }

    /// <summary>What part of the campus the value speaks of; the whole campus unless the admin said otherwise.</summary>
    public ClaimScope Part => ClaimScope ?? Figures.ClaimScope.Campus;
}

/// <summary>
/// What part of a campus a figure claim speaks of. <see cref="PhaseId"/> is set for a phase (with its
/// name in <see cref="Label"/> for display); <see cref="Label"/> names a building or another part.
/// </summary>
public sealed record ClaimScope(ClaimScopeKind Kind, int? PhaseId = null, string? Label = null)
{
    public static readonly ClaimScope Campus = new(ClaimScopeKind.Campus);

    public bool IsCampus => Kind == ClaimScopeKind.Campus;

    /// <summary>Same part of the campus: same phase, or the same building or part by name (case and spaces aside).</summary>
    public bool SameAs(ClaimScope other) => Kind == other.Kind && Kind switch
    {
        ClaimScopeKind.Campus => true,
        ClaimScopeKind.Phase => PhaseId == other.PhaseId,
        _ => string.Equals(Label?.Trim(), other.Label?.Trim(), StringComparison.OrdinalIgnoreCase),
    };
}

/// <summary>Change between two values: absolute, and relative in percent when the base is not zero.</summary>
public sealed record FigureChange(ValueRange Absolute, ValueRange? Percent)
{
    public static FigureChange Between(ValueRange from, ValueRange to) => new(to.Minus(from), to.PercentChangeFrom(from));
}

/// <summary>
/// A figure as known on a date: its headline value, its first, and the steps between.
/// <see cref="Latest"/> is the headline chosen by <see cref="FigureHeadlines.Choose"/> (an admin's
/// reference, else the latest official word; see docs/figures.md), which is the latest revision
/// whenever sources agree.
/// </summary>
public sealed record FigureSnapshot(
    string Key,
    string Name,
    string Unit,
    FigureRevisionView Latest,
    FigureRevisionView First,
    FigureChange? ChangeSinceFirst,
    IReadOnlyList<FigureRevisionView> History,
    HeadlineReason HeadlineReason = HeadlineReason.LatestAuthoritative,
    int? ReferenceRevisionId = null,
    IReadOnlyList<ClaimConflict<FigureRevisionView>>? Conflicts = null)
{
    /// <summary>The conflicts still open on the view's day, latest first: what a reader must not miss.</summary>
    public IReadOnlyList<ClaimConflict<FigureRevisionView>> OpenConflicts =>
        [.. (Conflicts ?? []).Where(c => c.IsOpen).OrderByDescending(c => c.Since).ThenByDescending(c => c.Claim.Id)];
}

/// <summary>Every revision of one figure known on a date, corrected ones included and marked.</summary>
public sealed record FigureLedger(
    string Key,
    string Name,
    string Unit,
    DateOnly AsOf,
    IReadOnlyList<FigureRevisionView> Revisions,
    int? ReferenceRevisionId = null,
    string? ReferenceNote = null);

/// <summary>
/// A point of a series: the value that stood from <paramref name="From"/> on, after the
/// announcement dated <paramref name="AnnouncedOn"/> at its own precision.
/// </summary>
public sealed record SeriesPoint(DateOnly From, PartialDate AnnouncedOn, ValueRange Value);

/// <summary>The headline in force from <paramref name="From"/> on: a step of the headline series.</summary>
public sealed record HeadlineStep(DateOnly From, FigureRevisionView Revision)
{
    public SeriesPoint Point => new(From, Revision.AnnouncedOn, Revision.Value);
}

/// <summary>A ratio of two figures (investment per MW, jobs per MW) carried through ranges, over time.</summary>
public sealed record DerivedRatio(
    string Key,
    string NumeratorKey,
    string DenominatorKey,
    string Unit,
    ValueRange First,
    ValueRange Latest,
    FigureChange? ChangeSinceFirst,
    IReadOnlyList<SeriesPoint> History,
    IReadOnlyList<RatioStep>? Steps = null);

/// <summary>One value of a ratio and the two revisions it divides; the numerator's scope says what the money covers.</summary>
public sealed record RatioStep(DateOnly From, PartialDate AnnouncedOn, ValueRange Value, FigureRevisionView Numerator, FigureRevisionView Denominator);
