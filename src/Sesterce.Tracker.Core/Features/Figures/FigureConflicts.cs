using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;

namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>
/// The conflict rule applied to figures (docs/figures.md): <see cref="ClaimConflicts"/> with the
/// figure's headline rule, and values that disagree when no single number satisfies both claims of
/// the same scope, their qualifiers considered ("at least" and "expected to rise" have no upper
/// bound, "at most" no lower one).
/// </summary>
public static class FigureConflicts
{
    /// <summary>Every conflict among <paramref name="effective"/> (ledger order), as known on the view's day.</summary>
    public static IReadOnlyList<ClaimConflict<FigureRevisionView>> Find(
        IReadOnlyList<FigureRevisionView> effective,
        int? referenceRevisionId = null,
        IReadOnlyList<ResolutionView>? resolutions = null) =>
        ClaimConflicts.Find(effective, known => FigureHeadlines.Choose(known, referenceRevisionId)?.Revision, Disagree, resolutions ?? []);

    /// <summary>True when both claims speak of the same part of the campus and no single number satisfies both.</summary>
    public static bool Disagree(FigureRevisionView a, FigureRevisionView b) =>
        a.Part.SameAs(b.Part) && ValuesDisagree(a, b);

    /// <summary>True when no single number satisfies both values, their qualifiers considered; scopes aside.</summary>
    public static bool ValuesDisagree(FigureRevisionView a, FigureRevisionView b)
    {
        var (aLow, aHigh) = Bounds(a);
        var (bLow, bHigh) = Bounds(b);
        return aHigh < bLow || bHigh < aLow;
    }

    private static (decimal Low, decimal High) Bounds(FigureRevisionView r) => r.Qualifier switch
    {
        FigureQualifier.AtLeast or FigureQualifier.ExpectedToRise => (r.Value.Low, decimal.MaxValue),
        FigureQualifier.AtMost => (decimal.MinValue, r.Value.High),
        _ => (r.Value.Low, r.Value.High),
    };
}
