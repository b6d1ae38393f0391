namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>The derived figures the tracker computes, each a ratio of two headlines over time.</summary>
public static class FigureRatios
{
    public const string InvestmentPerMw = "investment-per-mw";
    public const string JobsPerMw = "jobs-per-mw";

    private static readonly (string Key, string Unit, string Numerator, string Denominator)[] Definitions =
    [
        (InvestmentPerMw, "EUR/MW", FigureKeys.Investment, FigureKeys.Power),
        (JobsPerMw, "jobs/MW", FigureKeys.Jobs, FigureKeys.Power),
    ];

    /// <summary>Every ratio whose two figures are known; <paramref name="involving"/> keeps only those that use that figure.</summary>
    public static IReadOnlyList<DerivedRatio> Compute(IEnumerable<FigureSnapshot> figures, string? involving = null)
    {
        var byKey = figures.ToDictionary(s => s.Key, StringComparer.Ordinal);
        return [.. Definitions
            .Where(d => involving is null || d.Numerator == involving || d.Denominator == involving)
            .Select(d => FigureHistory.Ratio(d.Key, d.Unit, byKey.GetValueOrDefault(d.Numerator), byKey.GetValueOrDefault(d.Denominator)))
            .OfType<DerivedRatio>()];
    }
}
