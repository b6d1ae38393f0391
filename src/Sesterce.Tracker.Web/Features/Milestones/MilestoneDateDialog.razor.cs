using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Milestones;
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
public partial class MilestoneDateDialog : EditDialog
{
    private MilestoneEdit? _edit;
    private DateClaimForm? _form;
    private IReadOnlyList<SourceAdminRow> _sources = [];

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

    [Parameter, EditorRequired]
    public int MilestoneId { get; set; }

    [Parameter]
    public MilestoneDateAction Action { get; set; }

    /// <summary>The claim a correction corrects.</summary>
    [Parameter]
    public int? ClaimId { get; set; }

    /// <summary>Opens the dialog; returns what was saved, in words, or null when nothing was.</summary>
    public static Task<string?> ShowAsync(IDialogService dialogs, string title, int milestoneId, MilestoneDateAction action, int? claimId = null, DialogAddress? address = null)
    {
        var parameters = new DialogParameters<MilestoneDateDialog>
        {
            { d => d.MilestoneId, milestoneId },
            { d => d.Action, action },
            { d => d.ClaimId, claimId },
        };
        return OpenAsync(dialogs, title, parameters, address);
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
            Result = WriteResult.NotFound();
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
            await KeepDraftsAsync($"milestone-date:{MilestoneId}:{Action}:{ClaimId}", () => _form is null ? null : DateClaimDraft.Of(_form), draft => draft.ApplyTo(_form));
        }
    }

    private async Task<DateClaimForm?> CorrectingAsync(MilestoneEdit edit)
    {
        if (edit.Dates.Ledger.FirstOrDefault(c => c.Id == ClaimId) is not { } claim)
        {
            Result = WriteResult.NotFound();
            return null;
        }

        var levels = await Levels.OfAsync(ClaimRecordKind.Date, [claim.Id]);
        return DateClaimForm.Correcting(claim, levels.TryGetValue(claim.Id, out var level) ? level : Visibility.Public);
    }

    private void Add(SourceAdminRow source) => _sources = [.. _sources, source];

    // Another admin saved first: take the new version, keep what this admin typed, and let them save again.
    private async Task ReloadLatestAsync()
    {
        _edit = await Milestones.GetForEditAsync(MilestoneId) ?? _edit;
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
            () => Milestones.AddDateClaimAsync(edit.Id, form.Kind, form.ToInput(_sources), edit.Version, form.Corrects?.Id, form.Corrects is null ? null : form.Reason),
            _ => Task.FromResult(SavedText.DateClaim(A, Format, Name, form)));
    }

    private string ClaimValue(MilestoneDateRevisionView claim) => claim switch
    {
        { Date: { } date } => Format.Date(date),
        { Kind: MilestoneDateKind.Reached } => A["ReachedRetracted"],
        _ => A["DateNotKnown"],
    };
}
