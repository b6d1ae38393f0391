using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Core.Tests.Features.Figures;

/// <summary>Builds revision views for the pure rules, without a database.</summary>
internal static class Revisions
{
    public static readonly SourceRef Prefecture = new(1, "Communiqué de la préfecture", "Préfecture de la Drôme", null, PartialDate.OnDay(2025, 11, 17), "fr");
    public static readonly SourceRef Newspaper = new(2, "Le supercalculateur d'Alixan", "Le Dauphiné libéré", null, PartialDate.OnDay(2025, 12, 2), "fr");
    public static readonly SourceRef Blog = new(3, "Sesterce in numbers", "Datacenter blog", null, PartialDate.OnDay(2025, 12, 10), "en");

    public static FigureRevisionView Make(
        int id,
        decimal value,
        PartialDate announced,
        ClaimStatus status = ClaimStatus.OfficialAnnouncement,
        SourceRef? source = null,
        FigureQualifier qualifier = FigureQualifier.Exact,
        decimal? high = null,
        InvestmentScope scope = InvestmentScope.Unknown) =>
        new(
            id,
            high is { } h ? new ValueRange(value, h) : ValueRange.Exactly(value),
            qualifier,
            announced,
            announced.End,
            status,
            [new CitationView(source ?? Prefecture, $"quote {id}")],
            $"note {id}",
            null,
            null,
            scope);

    public static FigureSnapshot Snapshot(string key, string unit, int? referenceId, params FigureRevisionView[] revisions) =>
        FigureHistory.Snapshot(key, key, unit, revisions, referenceId) ?? throw new InvalidOperationException("No revision known.");
}
