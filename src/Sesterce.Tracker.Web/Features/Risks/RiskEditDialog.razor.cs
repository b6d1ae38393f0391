using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Web.Components.Shared;
using Sesterce.Tracker.Web.Features.Admin;

namespace Sesterce.Tracker.Web.Features.Risks;

/// <summary>
/// Edits a risk's own fields (title, description, category, level, owner, what it threatens and caused)
/// through <see cref="RiskAdminService.UpdateAsync"/>, as the risks tab does, and closes with the risk's
/// title for the page's "Saved:" line.
/// </summary>
public partial class RiskEditDialog : EditDialog
{
    private RiskEdit? _edit;
    private RiskForm? _form;
    private IReadOnlyList<MilestoneOption> _milestones = [];
    private IReadOnlyList<PhaseOption> _phases = [];
    private IReadOnlyList<DateClaimOption> _dateClaims = [];

    [Inject]
    private RiskAdminService Risks { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Parameter, EditorRequired]
    public int RiskId { get; set; }

    /// <summary>Opens the dialog; returns what was saved, in words, or null when nothing was.</summary>
    public static Task<string?> ShowAsync(IDialogService dialogs, string title, int riskId, DialogAddress? address = null) =>
        OpenAsync(dialogs, title, new DialogParameters<RiskEditDialog> { { d => d.RiskId, riskId } }, address);

    protected override async Task OnInitializedAsync()
    {
        _edit = await Risks.GetForEditAsync(RiskId);
        if (_edit is null)
        {
            Result = WriteResult.NotFound();
            return;
        }

        _milestones = await Risks.MilestonesAsync(_edit.CampusSlug);
        _phases = await Risks.PhasesAsync(_edit.CampusSlug);
        _dateClaims = await Risks.DateClaimsAsync(_edit.CampusSlug);
        _form = RiskForm.From(_edit);
    }

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

        await WriteAsync([], () => Risks.UpdateAsync(edit.Id, form.ToInput(), edit.Version), _ => Task.FromResult(form.Title?.Trim() ?? ""));
    }
}
