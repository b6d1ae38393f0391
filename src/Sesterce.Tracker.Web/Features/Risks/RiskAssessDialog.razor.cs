using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Web.Components.Shared;
using Sesterce.Tracker.Web.Features.Admin.Claims;

namespace Sesterce.Tracker.Web.Features.Risks;

/// <summary>
/// Records a new assessment of a risk through <see cref="RiskAdminService.AddAssessmentAsync"/>, as
/// the risks tab does, and closes with "Local opposition — Being mitigated" for the page's "Saved:" line.
/// </summary>
public partial class RiskAssessDialog : EditDialog
{
    private RiskEdit? _edit;
    private RiskAssessmentForm? _form;
    private IReadOnlyList<SourceAdminRow> _sources = [];

    [Inject]
    private RiskAdminService Risks { get; set; } = default!;

    [Inject]
    private SourceAdminService Sources { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private IStringLocalizer<RisksResource> R { get; set; } = default!;

    [Parameter, EditorRequired]
    public int RiskId { get; set; }

    /// <summary>Opens the dialog; returns what was saved, in words, or null when nothing was.</summary>
    public static Task<string?> ShowAsync(IDialogService dialogs, string title, int riskId, DialogAddress? address = null) =>
        OpenAsync(dialogs, title, new DialogParameters<RiskAssessDialog> { { d => d.RiskId, riskId } }, address);

    protected override async Task OnInitializedAsync()
    {
        _sources = await Sources.ListAsync();
        _edit = await Risks.GetForEditAsync(RiskId);
        if (_edit is null)
        {
            Result = WriteResult.NotFound();
            return;
        }

        _form = RiskAssessmentForm.Following(RiskRules.Current(_edit.Assessments), _edit.Values.Visibility ?? Visibility.Public);
        await KeepDraftsAsync($"risk-assess:{RiskId}", () => _form is null ? null : RiskAssessmentDraft.Of(_form), draft => draft.ApplyTo(_form));
    }

    private void Add(SourceAdminRow source) => _sources = [.. _sources, source];

    // Another admin saved first: take the new version, keep what this admin typed.
    private async Task ReloadLatestAsync()
    {
        _edit = await Risks.GetForEditAsync(RiskId) ?? _edit;
        Result = null;
    }

    private async Task SaveAsync()
    {
        if (_edit is not { } edit || _form is not { } form)
        {
            return;
        }

        await WriteAsync(
            form.Missing(),
            () => Risks.AddAssessmentAsync(edit.Id, form.ToInput(_sources), edit.Version),
            _ => Task.FromResult(A["SavedRevision", edit.Values.Title ?? "", R.State(form.State)].Value));
    }
}
