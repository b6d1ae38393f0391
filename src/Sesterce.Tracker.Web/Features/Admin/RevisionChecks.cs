using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>What a revision check found: a refusal to show, an amount to confirm, or neither (save).</summary>
public readonly record struct RevisionCheck(WriteResult? Refused, decimal? Tenfold)
{
    public bool MaySave => Refused is null && Tenfold is null;
}

/// <summary>
/// The checks a figure revision passes before it is sent, shared by the figures tab and the figure
/// page's dialog: text that is no number is refused in its field, and an amount more than ten times
/// away from the headline waits for "Yes, I mean …".
/// </summary>
public static class RevisionChecks
{
    /// <summary>The headline in base units (a range's middle) that typed amounts are compared with; null without one.</summary>
    public static decimal? Headline(FigureLedger? ledger) =>
        ledger is not null && FigureHistory.Snapshot(ledger.Key, ledger.Name, ledger.Unit, ledger.Revisions, ledger.ReferenceRevisionId)?.Latest.Value is { } h
            ? (h.Low + h.High) / 2
            : null;

    /// <summary>The first typed amount more than ten times above or below the headline, zero included; null when none is.</summary>
    public static decimal? TenfoldAway(RevisionForm form, decimal? headline)
    {
        ArgumentNullException.ThrowIfNull(form);
        return headline is { } h && h > 0
            ? form.Amounts.Cast<decimal?>().FirstOrDefault(a => a > h * 10 || a < h / 10)
            : null;
    }

    public static RevisionCheck Check(RevisionForm form, decimal? headline, bool confirmed)
    {
        ArgumentNullException.ThrowIfNull(form);

        // The service never sees an empty value it would misread.
        if (form.NumberProblems().ToList() is { Count: > 0 } problems)
        {
            return new(WriteResult.Invalid(problems), null);
        }

        return !confirmed && TenfoldAway(form, headline) is { } suspect ? new(null, suspect) : new(null, null);
    }

    /// <summary>Sends the revision: a correction of the one it corrects, else a new revision of the figure.</summary>
    public static Task<WriteResult> SaveAsync(FigureAdminService admin, string campusSlug, string key, RevisionForm form, IReadOnlyList<SourceAdminRow> sources)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(form);
        var input = form.ToInput(sources);
        return form.Corrects is { } id ? admin.CorrectRevisionAsync(id, input, form.Reason) : admin.AddRevisionAsync(campusSlug, key, input);
    }

}
