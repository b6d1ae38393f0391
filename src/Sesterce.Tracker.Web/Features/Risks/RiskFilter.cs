using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Risks;

namespace Sesterce.Tracker.Web.Features.Risks;

/// <summary>
/// Which risks the register page shows; an empty set means no restriction on that dimension.
/// <see cref="Threatens"/> holds threat keys (<see cref="ThreatKey"/>): a milestone or a phase.
/// </summary>
public sealed record RiskFilter(
    IReadOnlySet<RiskState> States,
    IReadOnlySet<RiskCategory> Categories,
    IReadOnlySet<RiskLevel> Bands,
    IReadOnlySet<string> Threatens)
{
    public static RiskFilter None { get; } = new(new HashSet<RiskState>(), new HashSet<RiskCategory>(), new HashSet<RiskLevel>(), new HashSet<string>());

    public bool IsEmpty => States.Count == 0 && Categories.Count == 0 && Bands.Count == 0 && Threatens.Count == 0;

    /// <summary>"m12" for milestone 12, "p3" for phase 3: one key space for the threat filter.</summary>
    public static string ThreatKey(RiskThreatView threat) => threat.MilestoneId is { } id ? $"m{id}" : $"p{threat.PhaseId}";

    public bool Matches(RiskView risk) =>
        (States.Count == 0 || States.Contains(risk.State))
        && (Categories.Count == 0 || Categories.Contains(risk.Category))
        && (Bands.Count == 0 || Bands.Contains(RiskText.Band(risk.Severity)))
        && (Threatens.Count == 0 || risk.Threatens.Any(t => Threatens.Contains(ThreatKey(t))));

    public IReadOnlyList<RiskView> Apply(IEnumerable<RiskView> risks) => [.. risks.Where(Matches)];
}
