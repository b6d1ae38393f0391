using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class MilestonesAdmin
{
    private IReadOnlyList<MilestoneAdminRow>? _rows;
    private IReadOnlyList<PhaseOption> _phases = [];
    private IReadOnlyList<SourceAdminRow> _sources = [];
    private MilestoneEdit? _edit;
    private WriteResult? _result;
    private Mode _mode;
    private bool _busy;

    private MilestoneForm _form = new();

    private enum Mode
    {
        None,
        Create,
        Edit,
        Move,
        Archive,
        Restore,
    }

    [Inject]
    private MilestoneAdminService Milestones { get; set; } = default!;

    [Inject]
    private SourceAdminService Sources { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private TrackerClock Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public string CampusSlug { get; set; } = "";

    private string FormTitle => _mode switch
    {
        Mode.Create => A["NewMilestone"],
        Mode.Move => A["MoveTargetOf", _edit?.Values.Title ?? ""],
        Mode.Archive => A["ArchiveOf", _edit?.Values.Title ?? ""],
        Mode.Restore => A["RestoreOf", _edit?.Values.Title ?? ""],
        _ => A["EditOf", _edit?.Values.Title ?? ""],
    };

    protected override async Task OnParametersSetAsync()
    {
        _phases = await Milestones.PhasesAsync(CampusSlug);
        _sources = await Sources.ListAsync();
        await RefreshAsync();
    }

    private async Task RefreshAsync() => _rows = await Milestones.ListAsync(CampusSlug) ?? [];

    private void StartCreate()
    {
        _edit = null;
        _result = null;
        _mode = Mode.Create;
        _form = MilestoneForm.New(NavigationDefaults.Today(Clock), DefaultSourceId);
    }

    private async Task StartAsync(int id, Mode mode)
    {
        _result = null;
        _edit = await Milestones.GetForEditAsync(id);
        if (_edit is null)
        {
            _mode = Mode.None;
            return;
        }

        _mode = mode;
        _form = MilestoneForm.From(_edit, NavigationDefaults.Today(Clock), DefaultSourceId);
    }

    private int? DefaultSourceId => _sources.Count > 0 ? _sources[0].Id : null;

    private void Cancel()
    {
        _mode = Mode.None;
        _result = null;
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            _result = _mode switch
            {
                Mode.Create => await Milestones.CreateAsync(CampusSlug, _form.ToInput(), _form.ToFirstTarget()),
                Mode.Edit => await Milestones.UpdateAsync(_edit!.Id, _form.ToInput(), _edit.Version),
                Mode.Move => await Milestones.AddDateClaimAsync(_edit!.Id, Core.Domain.MilestoneDateKind.Target, _form.ToMove(), _edit.Version),
                Mode.Archive => await Milestones.SetArchivedAsync(_edit!.Id, true, _form.Reason, _edit.Version),
                Mode.Restore => await Milestones.SetArchivedAsync(_edit!.Id, false, null, _edit.Version),
                _ => null,
            };
            if (_result?.Succeeded == true)
            {
                _mode = Mode.None;
                await RefreshAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private bool HasError(string field) => _result?.Errors.Any(e => e.Field == field) == true;

    private string? ErrorFor(string field) => WriteFeedback.ErrorFor(A, _result, field);
}
