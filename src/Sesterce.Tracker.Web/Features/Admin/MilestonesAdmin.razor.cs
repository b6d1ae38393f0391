using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core;
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

    private string? _title;
    private string? _description;
    private MilestoneKind _kind;
    private MilestoneStatus _status;
    private int? _phaseId;
    private string? _actualDate;
    private string? _target;
    private string? _announcedOn;
    private int? _sourceId;
    private string? _quote;
    private string? _reason;

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
        (_title, _description, _kind, _status, _phaseId, _actualDate) = (null, null, MilestoneKind.Other, MilestoneStatus.Planned, null, null);
        ResetTarget();
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
        var v = _edit.Values;
        (_title, _description, _kind, _status, _phaseId, _actualDate) = (v.Title, v.Description, v.Kind, v.Status, v.PhaseId, v.ActualDate);
        ResetTarget();
    }

    private void ResetTarget()
    {
        _target = null;
        _announcedOn = NavigationDefaults.Today(Clock);
        _sourceId = _sources.Count > 0 ? _sources[0].Id : null;
        _quote = null;
        _reason = null;
    }

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
            var values = new MilestoneInput(_title, _description, _kind, _status, _phaseId, _actualDate, _edit?.Values.ActualSourceId, _edit?.Values.ActualQuote);
            var target = new TargetInput(_target, _announcedOn, _sourceId, _quote, _reason);
            _result = _mode switch
            {
                Mode.Create => await Milestones.CreateAsync(CampusSlug, values, string.IsNullOrWhiteSpace(_target) ? null : target),
                Mode.Edit => await Milestones.UpdateAsync(_edit!.Id, values, _edit.Version),
                Mode.Move => await Milestones.MoveTargetAsync(_edit!.Id, target, _edit.Version),
                Mode.Archive => await Milestones.SetArchivedAsync(_edit!.Id, true, _reason, _edit.Version),
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
