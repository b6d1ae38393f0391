using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Web.Components.Drafts;
using Sesterce.Tracker.Web.Components.Shared;
using Sesterce.Tracker.Web.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin.Claims;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Milestones;

/// <summary>What the dialog records: a new target date, a reached date, or a correction of one claim.</summary>
public enum MilestoneDateAction
{
    MoveDate,
    MarkReached,
    Correct,
}

/// <summary>
/// Records one milestone date claim through <see cref="MilestoneAdminService.AddDateClaimAsync"/>, as
/// the milestones tab does, and closes with "Phase 1 commissioning — target Mar 2027" for the page's
/// "Saved:" line. The page itself reloads through its live refresh.
/// </summary>
public sealed partial class MilestoneDateDialog
{
    private MilestoneEdit? _edit;
    private DateClaimForm? _form;
    private IReadOnlyList<SourceAdminRow> _sources = [];
    private WriteResult? _result;
    private bool _busy;
    private DraftKeeper<DateClaimDraft>? _drafts;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

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
    public int MilestoneId { get; set; }

    [Parameter]
    public MilestoneDateAction Action { get; set; }

    /// <summary>The claim a correction corrects.</summary>
    [Parameter]
    public int? ClaimId { get; set; }

    /// <summary>Opens the dialog; returns what was saved, in words, or null when nothing was.</summary>
    public static async Task<string?> ShowAsync(IDialogService dialogs, string title, int milestoneId, MilestoneDateAction action, int? claimId = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<MilestoneDateDialog>
        {
            { d => d.MilestoneId, milestoneId },
            { d => d.Action, action },
            { d => d.ClaimId, claimId },
        };
        var reference = await dialogs.ShowAsync<MilestoneDateDialog>(title, parameters, EditDialogs.Options);
        var result = await reference.Result;
        return result is { Canceled: false, Data: string saved } ? saved : null;
    }

    private string Name => _edit?.Values.Title ?? "";

    private string Title => (Action, _form?.Corrects) switch
    {
        (MilestoneDateAction.Correct, { } c) => A["CorrectClaimNamed", Format.Name(c, ClaimValue(c)), A[$"ClaimKind_{c.Kind}"]],
        (MilestoneDateAction.MarkReached, _) => A["RecordReachedOf", Name],
        _ => A["NewTargetOf", Name],
    };

    private string Help => Action switch
    {
        MilestoneDateAction.MoveDate => _edit?.Dates.Target is { Date: { } current } target
            ? A["NewTargetHelpCurrent", Format.Date(current), Format.Status(target.Status)]
            : A["NewTargetHelp"],
        MilestoneDateAction.MarkReached => A["RecordReachedHelp"],
        _ => A["CorrectClaimHelp"],
    };

    protected override async Task OnInitializedAsync()
    {
        _sources = await Sources.ListAsync();
        _edit = await Milestones.GetForEditAsync(MilestoneId);
        if (_edit is null)
        {
            _result = WriteResult.NotFound();
            return;
        }

        _form = Action switch
        {
            MilestoneDateAction.MarkReached => DateClaimForm.Reached(),
            MilestoneDateAction.Correct => await CorrectingAsync(_edit),
            _ => DateClaimForm.Target(),
        };
        if (_form is not null)
        {
            _drafts = new(DraftStore, Time, $"milestone-date:{MilestoneId}:{Action}:{ClaimId}", () => _form is null ? null : DateClaimDraft.Of(_form), InvokeAsync);
            await _drafts.FindAsync();
        }
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

    public void Dispose() => _drafts?.Dispose();

    private async Task<DateClaimForm?> CorrectingAsync(MilestoneEdit edit)
    {
        if (edit.Dates.Ledger.FirstOrDefault(c => c.Id == ClaimId) is not { } claim)
        {
            _result = WriteResult.NotFound();
            return null;
        }

        var levels = await Levels.OfAsync(ClaimRecordKind.Date, [claim.Id]);
        return DateClaimForm.Correcting(claim, levels.TryGetValue(claim.Id, out var level) ? level : Visibility.Public);
    }

    private void Add(SourceAdminRow source) => _sources = [.. _sources, source];

    private async Task CancelAsync()
    {
        if (_drafts is not null)
        {
            await _drafts.ClearAsync();
        }

        Dialog.Cancel();
    }

    // Another admin saved first: take the new version, keep what this admin typed, and let them save again.
    private async Task ReloadLatestAsync()
    {
        _edit = await Milestones.GetForEditAsync(MilestoneId) ?? _edit;
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
            _result = await Milestones.AddDateClaimAsync(
                _edit.Id, _form.Kind, _form.ToInput(_sources), _edit.Version, _form.Corrects?.Id, _form.Corrects is null ? null : _form.Reason);
            if (_result.Succeeded)
            {
                if (_drafts is not null)
                {
                    await _drafts.ClearAsync();
                }

                Dialog.Close(DialogResult.Ok(SavedText.DateClaim(A, Format, Name, _form)));
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private string ClaimValue(MilestoneDateRevisionView claim) => claim switch
    {
        { Date: { } date } => Format.Date(date),
        { Kind: MilestoneDateKind.Reached } => A["ReachedRetracted"],
        _ => A["DateNotKnown"],
    };
}
