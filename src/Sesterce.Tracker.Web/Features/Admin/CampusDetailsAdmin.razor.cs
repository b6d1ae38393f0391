using Microsoft.AspNetCore.Components;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class CampusDetailsAdmin
{
    private CampusEdit? _edit;
    private IReadOnlyList<PhaseAdminRow> _phases = [];
    private IReadOnlyDictionary<int, Visibility> _levels = new Dictionary<int, Visibility>();
    private IReadOnlyList<SourceAdminRow> _sources = [];
    private WriteResult? _result;
    private bool _busy;
    private string? _savedWhat;
    private int? _changedId;
    private CampusForm _campus = new();
    private PhaseForm _phase = new();
    private PhaseMode _phaseMode;
    private PhaseAdminRow? _planned;
    private PlanForm _plan = new();

    private enum PhaseMode
    {
        New,
        Edit,
        Replan,
        Correct,
    }

    [Inject]
    private SourceAdminService Sources { get; set; } = default!;

    [Inject]
    private ClaimLevelService Levels { get; set; } = default!;

    [Parameter, EditorRequired]
    public string CampusSlug { get; set; } = "";

    private string PhaseFormTitle => _phaseMode switch
    {
        PhaseMode.Edit => A["EditOf", _phase.Name ?? ""],
        PhaseMode.Replan => A["ReplanOf", _planned?.Values.Name ?? ""],
        PhaseMode.Correct when _plan.Corrects is { } c => A["CorrectPlanNamed", PlanName(c), _planned?.Values.Name ?? ""],
        _ => A["NewPhase"],
    };

    protected override async Task OnParametersSetAsync()
    {
        _sources = await Sources.ListAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _edit = await Campuses.GetForEditAsync(CampusSlug);
        _phases = await Campuses.PhasesAsync(CampusSlug);
        _levels = await Levels.OfAsync(ClaimRecordKind.PhasePlan, _phases.SelectMany(p => p.Current.PlanHistory).Select(p => p.Id));
        if (_edit is not null)
        {
            _campus = CampusForm.From(_edit);
        }

        NewPhase();
    }

    /// <summary>"Target Dec 2026 · 40 MW (Official announcement)", or the commissioning milestone that ends the phase.</summary>
    private string CurrentPlan(PhaseView phase)
    {
        var capacity = phase.TargetCapacityMw is { } mw ? Format.Amount(mw, "MW") : null;
        string text;
        if (phase.CommissioningMilestone is { } milestone)
        {
            var date = milestone.Date is { } d ? Format.Date(d) : A["DateNotKnown"].Value;
            text = A["EndsWithMilestone", milestone.Title, date];
            text = capacity is null ? text : $"{text} · {capacity}";
        }
        else if (phase.Plan is { } plan)
        {
            var target = plan.Target is { } t ? A["PlanTarget", Format.Date(t)].Value : null;
            text = A["CurrentPlan", string.Join(" · ", new[] { target, capacity }.OfType<string>()), Format.Status(plan.Status)];
        }
        else
        {
            return A["NoPlanYet"];
        }

        if (phase.PlanChallenger is { } challenger)
        {
            var other = string.Join(" · ", new[] { challenger.Target is { } ct ? Format.Date(ct) : null, challenger.CapacityMw is { } cmw ? Format.Amount(cmw, "MW") : null }.OfType<string>());
            text += " · " + A["PlanChallenger", Format.Status(challenger.Status), other];
        }

        return text;
    }

    /// <summary>A plan claim named by its day, what it planned and its source, never by its id.</summary>
    private string PlanName(PhasePlanView plan) =>
        Format.Name(plan, string.Join(" · ", new[] { plan.Target is { } t ? Format.Date(t) : null, plan.CapacityMw is { } mw ? Format.Amount(mw, "MW") : null }.OfType<string>()));

    private string PlanName(PhaseView phase, int id) =>
        phase.PlanHistory.FirstOrDefault(p => p.Id == id) is { } plan ? PlanName(plan) : A["AnotherClaim"];

    private IEnumerable<string> Marks(PhaseView phase, PhasePlanView plan)
    {
        if (plan.Id == phase.Plan?.Id)
        {
            yield return A["MarkCurrentPlan"];
        }

        if (plan.Id == phase.PlanChallenger?.Id)
        {
            yield return A["MarkShownBesidePlan"];
        }

        if (plan.CorrectsRevisionId is { } corrected)
        {
            yield return A["MarkCorrectsNamed", PlanName(phase, corrected)];
        }

        if (plan.CorrectedByRevisionId is { } by)
        {
            yield return A["CorrectedByNamed", PlanName(phase, by)];
        }
    }

    private void NewPhase()
    {
        _phaseMode = PhaseMode.New;
        _planned = null;
        _phase = PhaseForm.New(_phases.Count == 0 ? 1 : _phases.Max(p => p.Values.Order) + 1);
    }

    private void StartPhase(PhaseAdminRow phase)
    {
        _result = null;
        _phaseMode = PhaseMode.Edit;
        _planned = null;
        _phase = PhaseForm.From(phase);
    }

    private void StartReplan(PhaseAdminRow phase)
    {
        _result = null;
        _phaseMode = PhaseMode.Replan;
        _planned = phase;
        _plan = new PlanForm();
    }

    private void StartCorrect(PhaseAdminRow phase, PhasePlanView plan)
    {
        _result = null;
        _phaseMode = PhaseMode.Correct;
        _planned = phase;
        _plan = PlanForm.Correcting(plan, LevelOf(plan.Id));
    }

    private Visibility LevelOf(int planId) => _levels.TryGetValue(planId, out var level) ? level : Visibility.Public;

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
                _savedWhat = _campus.Name?.Trim();
                _changedId = null;
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
            _result = _phaseMode switch
            {
                PhaseMode.Edit => await Campuses.UpdatePhaseAsync(_phase.Id!.Value, _phase.ToInput(), _phase.Version),
                PhaseMode.Replan => await Campuses.AddPlanAsync(_planned!.Id, _plan.ToInput(_sources)),
                PhaseMode.Correct => await Campuses.AddPlanAsync(_planned!.Id, _plan.ToInput(_sources), _plan.Corrects!.Id, _plan.Reason),
                _ => await Campuses.CreatePhaseAsync(CampusSlug, _phase.ToInput(), _phase.ToFirstPlan(_sources)),
            };
            if (_result.Succeeded)
            {
                _savedWhat = PhaseSaved();
                _changedId = _phaseMode is PhaseMode.Replan or PhaseMode.Correct ? _planned?.Id : _phase.Id ?? _result.Id;
                await LoadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>"Phase 1 — new plan" for a plan, "(correction)" added for a correction, the phase's name for its own fields.</summary>
    private string PhaseSaved() => _phaseMode switch
    {
        PhaseMode.Replan => A["SavedPlan", _planned?.Values.Name ?? ""].Value,
        PhaseMode.Correct => A["SavedCorrection", A["SavedPlan", _planned?.Values.Name ?? ""]].Value,
        _ => _phase.Name?.Trim() ?? "",
    };

    private bool HasError(string field) => _result?.Errors.Any(e => e.Field == field) == true;

    private string? ErrorFor(string field) => WriteFeedback.ErrorFor(A, _result, field);
}
