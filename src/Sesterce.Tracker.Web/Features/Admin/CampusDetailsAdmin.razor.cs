using Microsoft.AspNetCore.Components;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class CampusDetailsAdmin
{
    private CampusEdit? _edit;
    private IReadOnlyList<PhaseAdminRow> _phases = [];
    private WriteResult? _result;
    private bool _busy;
    private CampusForm _campus = new();
    private PhaseForm _phase = new();

    [Inject]
    private TrackerClock Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public string CampusSlug { get; set; } = "";

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _edit = await Campuses.GetForEditAsync(CampusSlug);
        _phases = await Campuses.PhasesAsync(CampusSlug);
        if (_edit is not null)
        {
            _campus = CampusForm.From(_edit);
        }

        NewPhase();
    }

    private void NewPhase() => _phase = PhaseForm.New(_phases.Count + 1, NavigationDefaults.Today(Clock));

    private void StartPhase(PhaseAdminRow phase)
    {
        _result = null;
        _phase = PhaseForm.From(phase);
    }

    private async Task SaveCampusAsync()
    {
        if (_edit is null)
        {
            return;
        }

        _busy = true;
        try
        {
            _result = await Campuses.UpdateAsync(CampusSlug, _campus.ToInput(), _campus.Version);
            if (_result.Succeeded)
            {
                await LoadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SavePhaseAsync()
    {
        _busy = true;
        try
        {
            _result = _phase.Id is { } id
                ? await Campuses.UpdatePhaseAsync(id, _phase.ToInput(), _phase.Version)
                : await Campuses.CreatePhaseAsync(CampusSlug, _phase.ToInput(), _phase.ToPlan());
            if (_result.Succeeded)
            {
                await LoadAsync();
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
