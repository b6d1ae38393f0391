using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Web.Components.Drafts;
using Sesterce.Tracker.Web.Components.Shared;
using Sesterce.Tracker.Web.Features.Admin.Claims;

namespace Sesterce.Tracker.Web.Features.Risks;

/// <summary>
/// Records a new assessment of a risk through <see cref="RiskAdminService.AddAssessmentAsync"/>, as
/// the risks tab does, and closes with "Local opposition — Being mitigated" for the page's "Saved:" line.
/// </summary>
public sealed partial class RiskAssessDialog
{
    private RiskEdit? _edit;
    private RiskAssessmentForm? _form;
    private IReadOnlyList<SourceAdminRow> _sources = [];
    private WriteResult? _result;
    private bool _busy;
    private DraftKeeper<RiskAssessmentDraft>? _drafts;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private RiskAdminService Risks { get; set; } = default!;

    [Inject]
    private SourceAdminService Sources { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private IStringLocalizer<RisksResource> R { get; set; } = default!;

    [Inject]
    private IDraftStore DraftStore { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Parameter, EditorRequired]
    public int RiskId { get; set; }

    /// <summary>Opens the dialog; returns what was saved, in words, or null when nothing was.</summary>
    public static async Task<string?> ShowAsync(IDialogService dialogs, string title, int riskId)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<RiskAssessDialog> { { d => d.RiskId, riskId } };
        var reference = await dialogs.ShowAsync<RiskAssessDialog>(title, parameters, EditDialogs.Options);
        var result = await reference.Result;
        return result is { Canceled: false, Data: string saved } ? saved : null;
    }

    protected override async Task OnInitializedAsync()
    {
        _sources = await Sources.ListAsync();
        _edit = await Risks.GetForEditAsync(RiskId);
        if (_edit is null)
        {
            _result = WriteResult.NotFound();
            return;
        }

        _form = RiskAssessmentForm.Following(RiskRules.Current(_edit.Assessments), _edit.Values.Visibility ?? Visibility.Public);
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
        _drafts = new(DraftStore, Time, $"risk-assess:{RiskId}", () => _form is null ? null : RiskAssessmentDraft.Of(_form), InvokeAsync);
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

    // Another admin saved first: take the new version, keep what this admin typed.
    private async Task ReloadLatestAsync()
    {
        _edit = await Risks.GetForEditAsync(RiskId) ?? _edit;
        _result = null;
    }

    private async Task SaveAsync()
    {
        if (_edit is null || _form is null)
        {
            return;
        }

        var missing = _form.Missing().ToList();
        if (missing.Count > 0)
        {
            _result = WriteResult.Invalid(missing);
            return;
        }

        _busy = true;
        try
        {
            _result = await Risks.AddAssessmentAsync(_edit.Id, _form.ToInput(_sources), _edit.Version);
            if (_result.Succeeded)
            {
                if (_drafts is not null)
                {
                    await _drafts.ClearAsync();
                }

                Dialog.Close(DialogResult.Ok(A["SavedRevision", _edit.Values.Title ?? "", R.State(_form.State)].Value));
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
