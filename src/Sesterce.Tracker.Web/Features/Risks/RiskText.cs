using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Risks;

namespace Sesterce.Tracker.Web.Features.Risks;

/// <summary>How the register reads and looks: its enum names in the reader's language, and the colours of its states.</summary>
public static class RiskText
{
    public static string State(this IStringLocalizer<RisksResource> text, RiskState state) => text[$"State_{state}"];

    public static string Category(this IStringLocalizer<RisksResource> text, RiskCategory category) => text[$"Category_{category}"];

    public static string Level(this IStringLocalizer<RisksResource> text, RiskLevel level) => text[$"Level_{level}"];

    public static string Levels(this IStringLocalizer<RisksResource> text, RiskAssessmentView assessment) =>
        text["LikelihoodImpact", text.Level(assessment.Likelihood), text.Level(assessment.Impact)];

    /// <summary>
    /// A materialised risk is an issue: error colour, never the success colour of a reached
    /// milestone; an open risk warns; a closed one fades.
    /// </summary>
    public static Color StateColor(RiskState state) => state switch
    {
        RiskState.Materialised => Color.Error,
        RiskState.Open => Color.Warning,
        RiskState.Mitigating => Color.Info,
        _ => Color.Default,
    };

    public static string StateIcon(RiskState state) => state switch
    {
        RiskState.Materialised => Icons.Material.Filled.Error,
        RiskState.Open => Icons.Material.Filled.Warning,
        RiskState.Mitigating => Icons.Material.Outlined.Shield,
        _ => Icons.Material.Outlined.DoNotDisturbOn,
    };

    /// <summary>The severity band of likelihood × impact (1 to 9): high from 6, medium from 3.</summary>
    public static RiskLevel Band(int severity) => severity switch
    {
        >= 6 => RiskLevel.High,
        >= 3 => RiskLevel.Medium,
        _ => RiskLevel.Low,
    };

    /// <summary>A CSS class for a severity badge, by band.</summary>
    public static string BandClass(int severity) => $"severity-{Band(severity).ToString().ToLowerInvariant()}";
}
