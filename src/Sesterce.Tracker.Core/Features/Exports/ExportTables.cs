using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Risks;

namespace Sesterce.Tracker.Core.Features.Exports;

/// <summary>The ledgers and the milestone list as flat tables; see docs/figures.md for the columns.</summary>
public static class ExportTables
{
    public static readonly IReadOnlyList<string> LedgerColumns =
    [
        "RevisionId", "Figure", "Unit", "Value", "Low", "High", "Qualifier", "AnnouncedOn", "AnnouncedOnPrecision", "KnownFrom",
        "Status", "Scope", "IsHeadline", "IsReference", "InConflict", "ClaimScope", "ClaimScopeLabel", "ConflictWith", "ConflictState", "ConflictOutcome",
        "Corrects", "CorrectedBy",
        "ChangeFromPreviousLow", "ChangeFromPreviousHigh", "ChangeFromPreviousPercentLow", "ChangeFromPreviousPercentHigh",
        "ChangeFromFirstLow", "ChangeFromFirstHigh", "ChangeFromFirstPercentLow", "ChangeFromFirstPercentHigh",
        "SourceCount", "SourceTitle", "SourcePublisher", "SourceUrl", "SourcePublishedOn", "SourceLanguage", "Quote", "Note",
    ];

    public static readonly IReadOnlyList<string> MilestoneColumns =
    [
        "MilestoneId", "Title", "Kind", "State", "Phase", "Baseline", "BaselinePrecision", "Target", "TargetPrecision",
        "TargetStatus", "TargetAnnouncedOn", "TargetAnnouncedOnPrecision", "TargetReason", "Slip", "SlipUnit",
        "OtherTarget", "OtherTargetStatus", "OtherTargetAnnouncedOn",
        "ActualDate", "ActualDatePrecision", "ActualStatus", "ActualAnnouncedOn",
        "SourceCount", "SourceTitle", "SourcePublisher", "SourceUrl", "SourcePublishedOn", "SourceLanguage", "Quote",
    ];

    public static readonly IReadOnlyList<string> RiskColumns =
    [
        "RiskId", "Title", "Description", "Category", "Owner", "CurrentState", "CurrentSeverity", "Threatens", "Consequences",
        "AssessmentId", "State", "Likelihood", "Impact", "Severity", "AnnouncedOn", "AnnouncedOnPrecision", "KnownFrom",
        "Status", "IsCurrent", "Corrects", "CorrectedBy", "Reason",
        "SourceCount", "SourceTitle", "SourcePublisher", "SourceUrl", "SourcePublishedOn", "SourceLanguage", "Quote",
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
                r.Status.ToString(), r.Scope.ToString(), row.IsHeadline, row.IsReference, row.InConflict,
                r.Part.Kind.ToString(), r.Part.Label, row.Conflict?.With.Id, row.Conflict?.State.ToString(), row.Conflict?.Outcome?.Kind.ToString(),
                r.CorrectsRevisionId, r.CorrectedByRevisionId,
                .. Change(row.FromPrevious), .. Change(row.FromFirst),
                .. Sources(r.Sources), r.Note,
            ];
        }));

    public static ExportTable Milestones(IReadOnlyList<MilestoneSummary> milestones) => ExportTable.Create(
        "milestones",
        MilestoneColumns,
        milestones.Select(m =>
        {
            var target = m.Target;
            var other = m.TargetChallenger;
            var reached = m.Reached;
            return (IReadOnlyList<object?>)
            [
                m.Id, m.Title, m.Kind.ToString(), m.State.ToString(), m.PhaseName,
                m.Baseline?.ToString(), m.Baseline?.Precision.ToString(), m.TargetDate?.ToString(), m.TargetDate?.Precision.ToString(),
                target?.Status.ToString(), target?.AnnouncedOn.ToString(), target?.AnnouncedOn.Precision.ToString(), target?.Reason,
                m.Slip?.Amount, m.Slip?.Unit.ToString(),
                other?.Date?.ToString(), other?.Status.ToString(), other?.AnnouncedOn.ToString(),
                m.ActualDate?.ToString(), m.ActualDate?.Precision.ToString(), reached?.Status.ToString(), reached?.AnnouncedOn.ToString(),
                .. Sources((reached ?? target)?.Sources ?? []),
            ];
        }));

    /// <summary>
    /// The register as one row per assessment claim, oldest first within each risk, with the risk's
    /// own fields repeated so every row reads alone. Threats and consequences list one per line.
    /// </summary>
    public static ExportTable Risks(IReadOnlyList<RiskView> risks) => ExportTable.Create(
        "risks",
        RiskColumns,
        risks.SelectMany(risk => risk.History.Select(a => (IReadOnlyList<object?>)
        [
            risk.Id, risk.Title, risk.Description, risk.Category.ToString(), risk.Owner, risk.State.ToString(), risk.Severity,
            Join(risk.Threatens.Select(t => t.Name)),
            Join(risk.Consequences.Select(c => $"{c.MilestoneTitle}: {c.Claim.Kind} {c.Claim.Date?.ToString() ?? "—"} (reported {c.Claim.AnnouncedOn})")),
            a.Id, a.State.ToString(), a.Likelihood.ToString(), a.Impact.ToString(), a.Severity,
            a.AnnouncedOn.ToString(), a.AnnouncedOn.Precision.ToString(), Iso(a.KnownFrom),
            a.Status.ToString(), a.Id == risk.Current.Id, a.CorrectsRevisionId, a.CorrectedByRevisionId, a.Reason,
            .. Sources(a.Sources),
        ])));

    public static string RisksFileName(string slug, DateOnly asOf) => $"{slug}-risks-asof-{Iso(asOf)}";

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

    // Several sources share each column, one line per source in the same order, so the quote on line 2 is the second source's.
    private static object?[] Sources(IReadOnlyList<CitationView> citations) =>
    [
        citations.Count,
        // A source or quote hidden from the caller is marked, so the file says something is withheld without saying what.
        Lines(citations, c => c.SourceRestricted ? Restricted : c.Source.Title),
        Lines(citations, c => c.Source.Publisher),
        Lines(citations, c => c.Source.Url),
        Lines(citations, c => c.Source.PublishedOn?.ToString()),
        Lines(citations, c => c.Source.Language),
        Lines(citations, c => c.QuoteRestricted ? Restricted : c.Quote),
    ];

    /// <summary>What a file says in place of a source or a quote withheld from the caller.</summary>
    public const string Restricted = "(restricted)";

    private static string? Join(IEnumerable<string> lines) => lines.Any() ? string.Join('\n', lines) : null;

    // A column no source fills stays an empty cell (null), as it was with one source: "" would read back differently from xlsx.
    private static string? Lines(IReadOnlyList<CitationView> citations, Func<CitationView, string?> part) =>
        citations.All(c => string.IsNullOrEmpty(part(c))) ? null : string.Join('\n', citations.Select(c => part(c) ?? ""));
}
