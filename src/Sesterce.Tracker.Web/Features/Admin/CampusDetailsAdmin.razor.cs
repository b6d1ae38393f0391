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

    private string? _name;
    private string? _operator;
    private string? _commune;
    private string? _park;
    private string? _region;
    private string? _country;
    private string? _description;
    private string? _purposes;
    private string? _people;

    private int? _phaseId;
    private int _phaseVersion;
    private int _phaseOrder = 1;
    private string? _phaseName;
    private decimal? _phaseCapacity;
    private string? _phaseTarget;
    private string? _phaseAnnounced;

    [Inject]
    private TrackerClock Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public string CampusSlug { get; set; } = "";

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _edit = await Campuses.GetForEditAsync(CampusSlug);
        _phases = await Campuses.PhasesAsync(CampusSlug);
        if (_edit is { } e)
        {
            var v = e.Values;
            (_name, _operator, _commune, _park, _region, _country, _description) = (v.Name, v.Operator, v.Commune, v.BusinessPark, v.Region, v.Country, v.Description);
            _purposes = string.Join('\n', v.Purposes);
            _people = string.Join('\n', v.People.Select(p => $"{p.Name} — {p.Role}"));
        }

        NewPhase();
    }

    private void NewPhase()
    {
        _phaseId = null;
        _phaseVersion = 0;
        _phaseOrder = _phases.Count + 1;
        (_phaseName, _phaseCapacity, _phaseTarget) = (null, null, null);
        _phaseAnnounced = NavigationDefaults.Today(Clock);
    }

    private void StartPhase(PhaseAdminRow phase)
    {
        _result = null;
        _phaseId = phase.Id;
        _phaseVersion = phase.Version;
        var v = phase.Values;
        (_phaseOrder, _phaseName, _phaseCapacity, _phaseTarget, _phaseAnnounced) = (v.Order, v.Name, v.TargetCapacityMw, v.TargetDate, v.AnnouncedOn);
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
            var purposes = Lines(_purposes).ToList();
            var people = Lines(_people).Select(ParsePerson).ToList();
            _result = await Campuses.UpdateAsync(CampusSlug, new CampusInput(_name, _operator, _commune, _park, _region, _country, _description, purposes, people), _edit.Version);
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
            var input = new PhaseInput(_phaseName, _phaseOrder, _phaseCapacity, _phaseTarget, _phaseAnnounced);
            _result = _phaseId is { } id
                ? await Campuses.UpdatePhaseAsync(id, input, _phaseVersion)
                : await Campuses.CreatePhaseAsync(CampusSlug, input);
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

    private static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"Name — Role" (an em dash, a plain dash or a comma separates them).</summary>
    private static PersonInput ParsePerson(string line)
    {
        foreach (var separator in new[] { " — ", " - ", "," })
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return new PersonInput(line[..at].Trim(), line[(at + separator.Length)..].Trim());
            }
        }

        return new PersonInput(line.Trim(), null);
    }

    private bool HasError(string field) => _result?.Errors.Any(e => e.Field == field) == true;

    private string? ErrorFor(string field) => WriteFeedback.ErrorFor(A, _result, field);
}
