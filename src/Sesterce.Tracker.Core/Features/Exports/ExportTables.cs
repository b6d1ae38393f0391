using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Core.Features.Exports;

/// <summary>The ledgers and the milestone list as flat tables; see docs/figures.md for the columns.</summary>
public static class ExportTables
{
    public static readonly IReadOnlyList<string> LedgerColumns =
    [
        "RevisionId", "Figure", "Unit", "Value", "Low", "High", "Qualifier", "AnnouncedOn", "AnnouncedOnPrecision", "KnownFrom",
        "Status", "Scope", "IsHeadline", "IsReference", "InConflict", "Corrects", "CorrectedBy",
        "ChangeFromPreviousLow", "ChangeFromPreviousHigh", "ChangeFromPreviousPercentLow", "ChangeFromPreviousPercentHigh",
        "ChangeFromFirstLow", "ChangeFromFirstHigh", "ChangeFromFirstPercentLow", "ChangeFromFirstPercentHigh",
        "SourceTitle", "SourcePublisher", "SourceUrl", "SourcePublishedOn", "SourceLanguage", "Quote", "Note",
    ];

    public static readonly IReadOnlyList<string> MilestoneColumns =
    [
        "MilestoneId", "Title", "Kind", "State", "Phase", "Baseline", "BaselinePrecision", "Target", "TargetPrecision",
        "TargetAnnouncedOn", "TargetAnnouncedOnPrecision", "TargetReason", "ActualDate", "ActualDatePrecision",
        "SourceTitle", "SourcePublisher", "SourceUrl", "SourcePublishedOn", "SourceLanguage", "Quote",
    ];

    public static ExportTable Ledger(FigureLedgerView view) => ExportTable.Create(
        Sheet(view.Key),
        LedgerColumns,
        view.Rows.Select(row =>
        {
            var r = row.Revision;
            return (IReadOnlyList<object?>)
            [
                r.Id, view.Key, view.Unit,
                r.Value.IsSingle ? r.Value.Low : null, r.Value.IsSingle ? null : r.Value.Low, r.Value.IsSingle ? null : r.Value.High,
                r.Qualifier.ToString(), r.AnnouncedOn.ToString(), r.AnnouncedOn.Precision.ToString(), Iso(r.KnownFrom),
                r.Status.ToString(), r.Scope.ToString(), row.IsHeadline, row.IsReference, row.InConflict, r.CorrectsRevisionId, r.CorrectedByRevisionId,
                .. Change(row.FromPrevious), .. Change(row.FromFirst),
                .. Source(r.Source), r.Quote, r.Note,
            ];
        }));

    public static ExportTable Milestones(IReadOnlyList<MilestoneSummary> milestones) => ExportTable.Create(
        "milestones",
        MilestoneColumns,
        milestones.Select(m =>
        {
            var latest = m.LatestRevision;
            var (source, quote) = m.ActualSource is not null ? (m.ActualSource, m.ActualQuote) : (latest?.Source, latest?.Quote);
            return (IReadOnlyList<object?>)
            [
                m.Id, m.Title, m.Kind.ToString(), m.State.ToString(), m.PhaseName,
                m.Baseline?.ToString(), m.Baseline?.Precision.ToString(), m.Target?.ToString(), m.Target?.Precision.ToString(),
                latest?.AnnouncedOn.ToString(), latest?.AnnouncedOn.Precision.ToString(), latest?.Reason,
                m.ActualDate?.ToString(), m.ActualDate?.Precision.ToString(),
                .. Source(source), quote,
            ];
        }));

    /// <summary>"alixan-investment-ledger-asof-2025-12-01", to which the writer's extension is added.</summary>
    public static string LedgerFileName(string slug, string key, DateOnly asOf) => $"{slug}-{key}-ledger-asof-{Iso(asOf)}";

    public static string MilestonesFileName(string slug, DateOnly asOf) => $"{slug}-milestones-asof-{Iso(asOf)}";

    private static string Iso(DateOnly day) => new PartialDate(day, DatePrecision.Day).ToString();

    // Excel limits sheet names to 31 characters.
    private static string Sheet(string key) => key.Length <= 24 ? $"{key}-ledger" : key[..31];

    // Percentages are rounded to two decimals like the API; amounts are never rounded.
    private static object?[] Change(FigureChange? change) =>
    [
        change?.Absolute.Low,
        change?.Absolute.High,
        change?.Percent is { } p ? decimal.Round(p.Low, 2) : null,
        change?.Percent is { } q ? decimal.Round(q.High, 2) : null,
    ];

    private static object?[] Source(SourceRef? source) =>
        [source?.Title, source?.Publisher, source?.Url, source?.PublishedOn is { } d ? Iso(d) : null, source?.Language];
}
