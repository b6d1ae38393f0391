using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Components.Drafts;
using Sesterce.Tracker.Web.Components.Shared;
using Sesterce.Tracker.Web.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin.Claims;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Figures;

/// <summary>
/// Adds a revision to a figure, or corrects one, through <see cref="FigureAdminService"/> as the
/// figures tab does, and closes with "Investment — €1.7B" for the page's "Saved:" line.
/// </summary>
public sealed partial class FigureRevisionDialog
{
    private FigureLedger? _ledger;
    private RevisionForm? _form;
    private IReadOnlyList<SourceAdminRow> _sources = [];
    private IReadOnlyList<PhaseOption> _phases = [];
    private WriteResult? _result;
    private bool _busy;
    private decimal? _headline;
    private decimal? _tenfold;
    private DraftKeeper<RevisionDraft>? _drafts;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private FigureAdminService Admin { get; set; } = default!;

    [Inject]
    private FigureService Figures { get; set; } = default!;

    [Inject]
    private MilestoneAdminService Milestones { get; set; } = default!;

    [Inject]
    private SourceAdminService Sources { get; set; } = default!;

    [Inject]
    private ClaimLevelService Levels { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private IDraftStore DraftStore { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Parameter, EditorRequired]
    public string CampusSlug { get; set; } = "";

    [Parameter, EditorRequired]
    public string Key { get; set; } = "";

    /// <summary>The revision a correction corrects; none adds a revision.</summary>
    [Parameter]
    public int? RevisionId { get; set; }

    /// <summary>Opens the dialog; returns what was saved, in words, or null when nothing was.</summary>
    public static async Task<string?> ShowAsync(IDialogService dialogs, string title, string campusSlug, string key, int? revisionId = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<FigureRevisionDialog>
        {
            { d => d.CampusSlug, campusSlug },
            { d => d.Key, key },
            { d => d.RevisionId, revisionId },
        };
        var reference = await dialogs.ShowAsync<FigureRevisionDialog>(title, parameters, EditDialogs.Options);
        var result = await reference.Result;
        return result is { Canceled: false, Data: string saved } ? saved : null;
    }

    private string Name => _ledger is null ? Key : Format.FigureName(_ledger.Key, _ledger.Name);

    private string Title => _form?.Corrects is { } corrects ? A["CorrectRevisionNamed", RevisionName(corrects)] : A["AddRevisionTo", Name];

    /// <summary>A revision named as readers know it ("17 Nov 2025 · €1.5B · Le Dauphiné"), never by its id.</summary>
    private string RevisionName(int id) =>
        _ledger?.Revisions.FirstOrDefault(r => r.Id == id) is { } revision
            ? Format.Name(revision, Format.Value(revision.Value, _ledger.Unit, revision.Qualifier))
            : A["AnotherClaim"];

    protected override async Task OnInitializedAsync()
    {
        _sources = await Sources.ListAsync();
        _phases = await Milestones.PhasesAsync(CampusSlug);
        _ledger = (await Figures.GetLedgerAsync(CampusSlug, Key)).View;
        if (_ledger is null)
        {
            _result = WriteResult.NotFound();
            return;
        }

        // The same rule as the figures tab: the midpoint of the headline in force today, which a typed amount is compared with.
        _headline = FigureHistory.Snapshot(_ledger.Key, _ledger.Name, _ledger.Unit, _ledger.Revisions, _ledger.ReferenceRevisionId)?.Latest.Value is { } h ? (h.Low + h.High) / 2 : null;
        if (RevisionId is not { } id)
        {
            var level = (await Admin.ListAsync(CampusSlug))?.FirstOrDefault(f => f.Key == Key)?.DefaultVisibility ?? Visibility.Public;
            _form = RevisionForm.New(level);
            await StartDraftsAsync();
            return;
        }

        if (_ledger.Revisions.FirstOrDefault(r => r.Id == id) is not { } revision)
        {
            _result = WriteResult.NotFound();
            return;
        }

        var levels = await Levels.OfAsync(ClaimRecordKind.Figure, [id]);
        _form = RevisionForm.Correcting(revision, levels.TryGetValue(id, out var known) ? known : Visibility.Public);
        await StartDraftsAsync();
    }

    private void TouchDraft() => _drafts?.Touch();

    private void RestoreDraft()
    {
        if (_form is not null && _drafts?.Restore() is { } draft)
        {
            draft.ApplyTo(_form);
        }
    }

    private Task DiscardDraftAsync() => _drafts?.DiscardAsync() ?? Task.CompletedTask;

    private async Task StartDraftsAsync()
    {
        _drafts = new(DraftStore, Time, $"figure-revision:{CampusSlug}:{Key}:{RevisionId}", () => _form is null ? null : RevisionDraft.Of(_form), InvokeAsync);
        await _drafts.FindAsync();
    }

    public void Dispose() => _drafts?.Dispose();

    private void Add(SourceAdminRow source) => _sources = [.. _sources, source];

    private async Task CancelAsync()
    {
        if (_drafts is not null)
        {
            await _drafts.ClearAsync();
        }

        Dialog.Cancel();
    }

    // A changed number must be confirmed again.
    private void AmountChanged() => _tenfold = null;

    /// <summary>The first typed amount more than ten times above or below the headline, zero included; null when none is.</summary>
    private decimal? TenfoldAway() =>
        _headline is { } headline && headline > 0 && _form is not null
            ? _form.Amounts.Cast<decimal?>().FirstOrDefault(a => a > headline * 10 || a < headline / 10)
            : null;

    private Task SaveAsync() => SaveAsync(confirmed: false);

    private Task ConfirmTenfoldAsync() => SaveAsync(confirmed: true);

    private async Task SaveAsync(bool confirmed)
    {
        if (_form is null)
        {
            return;
        }

        // Text that is no number stays in its field with its own message; the service never sees an empty value it would misread.
        if (_form.NumberProblems().ToList() is { Count: > 0 } problems)
        {
            _tenfold = null;
            _result = WriteResult.Invalid(problems);
            return;
        }

        if (!confirmed && TenfoldAway() is { } suspect)
        {
            _result = null;
            _tenfold = suspect;
            return;
        }

        _tenfold = null;
        _busy = true;
        try
        {
            var input = _form.ToInput(_sources);
            _result = _form.Corrects is { } id
                ? await Admin.CorrectRevisionAsync(id, input, _form.Reason)
                : await Admin.AddRevisionAsync(CampusSlug, Key, input);
            if (_result.Succeeded)
            {
                if (_drafts is not null)
                {
                    await _drafts.ClearAsync();
                }

                Dialog.Close(DialogResult.Ok(await SavedAsync(_result.Id)));
            }
        }
        finally
        {
            _busy = false;
        }
    }

    // Read back as stored, so the line says what the page will show.
    private async Task<string> SavedAsync(int? id)
    {
        var ledger = (await Figures.GetLedgerAsync(CampusSlug, Key)).View;
        var saved = ledger?.Revisions.FirstOrDefault(r => r.Id == id) ?? ledger?.Revisions.MaxBy(r => r.Id);
        var value = saved is null ? "" : Format.Value(saved.Value, ledger!.Unit, saved.Qualifier);
        var said = A["SavedRevision", Name, value].Value;
        return _form?.Corrects is null ? said : A["SavedCorrection", said].Value;
    }

    private bool HasError(string field) => _result?.Errors.Any(e => e.Field == field) == true;

    private string? ErrorFor(string field) => WriteFeedback.ErrorFor(A, _result, field);
}
