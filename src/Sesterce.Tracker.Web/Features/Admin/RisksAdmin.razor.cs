using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Web.Features.Admin.Claims;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class RisksAdmin
{
    private IReadOnlyList<RiskAdminRow>? _rows;
    private IReadOnlyList<MilestoneOption> _milestones = [];
    private IReadOnlyList<PhaseOption> _phases = [];
    private IReadOnlyList<DateClaimOption> _dateClaims = [];
    private IReadOnlyList<SourceAdminRow> _sources = [];
    private RiskEdit? _edit;
    private WriteResult? _result;
    private Mode _mode;
    private bool _busy;
    private string? _savedWhat;
    private int? _changedId;

    private RiskForm _risk = new();
    private RiskAssessmentForm _assessment = RiskAssessmentForm.Following(null);
    private string? _archiveReason;
    private IReadOnlyDictionary<int, Visibility> _levels = new Dictionary<int, Visibility>();

    private enum Mode
    {
        None,
        Create,
        Edit,
        Assess,
        Correct,
        Archive,
        Restore,
    }

    [Inject]
    private RiskAdminService Risks { get; set; } = default!;

    [Inject]
    private SourceAdminService Sources { get; set; } = default!;

    [Inject]
    private ClaimLevelService Levels { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Parameter, EditorRequired]
    public string CampusSlug { get; set; } = "";

    private string Title => _edit?.Values.Title ?? "";

    /// <summary>Another assessment of the risk named by its day, state and source, never by its id.</summary>
    private string AssessmentName(int id) =>
        _edit?.Assessments.FirstOrDefault(a => a.Id == id) is { } assessment ? Format.Name(assessment, A[$"RiskState_{assessment.State}"]) : A["AnotherClaim"];

    private string FormTitle => _mode switch
    {
        Mode.Create => A["NewRisk"],
        Mode.Assess => A["ChangeStateOf", Title],
        Mode.Correct when _assessment.Corrects is { } c => A["CorrectAssessmentNamed", Format.Name(c, A[$"RiskState_{c.State}"])],
        Mode.Archive => A["ArchiveOf", Title],
        Mode.Restore => A["RestoreOf", Title],
        _ => A["EditOf", Title],
    };

    protected override async Task OnParametersSetAsync()
    {
        _milestones = await Risks.MilestonesAsync(CampusSlug);
        _phases = await Risks.PhasesAsync(CampusSlug);
        _dateClaims = await Risks.DateClaimsAsync(CampusSlug);
        _sources = await Sources.ListAsync();
        await RefreshAsync();
    }

    private async Task RefreshAsync() => _rows = await Risks.ListAsync(CampusSlug) ?? [];

    private static RiskAssessmentView? CurrentOf(RiskEdit edit) => RiskRules.Current(edit.Assessments);

    private void StartCreate()
    {
        _edit = null;
        _result = null;
        _mode = Mode.Create;
        _risk = new RiskForm();
        _assessment = RiskAssessmentForm.Following(null);
    }

    private async Task StartAsync(int id, Mode mode)
    {
        _result = null;
        _edit = await Risks.GetForEditAsync(id);
        if (_edit is null)
        {
            _mode = Mode.None;
            return;
        }

        _mode = mode;
        _risk = RiskForm.From(_edit);
        _archiveReason = null;
        _levels = await Levels.OfAsync(ClaimRecordKind.RiskAssessment, _edit.Assessments.Select(a => a.Id));
        _assessment = mode is Mode.Correct && _assessment.Corrects is { } corrected && _edit.Assessments.FirstOrDefault(a => a.Id == corrected.Id) is { } again
            ? RiskAssessmentForm.Correcting(again, LevelOf(again.Id))
            : RiskAssessmentForm.Following(CurrentOf(_edit), _risk.Visibility);
    }

    private void StartCorrect(RiskAssessmentView assessment)
    {
        _result = null;
        _mode = Mode.Correct;
        _assessment = RiskAssessmentForm.Correcting(assessment, LevelOf(assessment.Id));
    }

    private Visibility LevelOf(int assessmentId) => _levels.TryGetValue(assessmentId, out var level) ? level : Visibility.Public;

    // A new risk's first assessment follows the risk's level while the admin sets it: the usual case, one choice.
    private void SetRiskLevel(Visibility level)
    {
        if (_mode is Mode.Create)
        {
            _assessment.Claim.Visibility = level;
        }
    }

    private void Cancel()
    {
        _mode = Mode.None;
        _edit = null;
        _result = null;
    }

    private async Task SaveAsync()
    {
        var missing = _mode is Mode.Assess ? _assessment.Missing().ToList() : [];
        if (missing.Count > 0)
        {
            _result = WriteResult.Invalid(missing);
            return;
        }

        _busy = true;
        try
        {
            _result = _mode switch
            {
                Mode.Create => await Risks.CreateAsync(CampusSlug, _risk.ToInput(), _assessment.ToInput(_sources)),
                Mode.Edit => await Risks.UpdateAsync(_edit!.Id, _risk.ToInput(), _edit.Version),
                Mode.Assess => await Risks.AddAssessmentAsync(_edit!.Id, _assessment.ToInput(_sources), _edit.Version),
                Mode.Correct => await Risks.CorrectAssessmentAsync(_edit!.Id, _assessment.Corrects!.Id, _assessment.ToInput(_sources), _assessment.Reason, _edit.Version),
                Mode.Archive => await Risks.SetArchivedAsync(_edit!.Id, true, _archiveReason, _edit.Version),
                Mode.Restore => await Risks.SetArchivedAsync(_edit!.Id, false, null, _edit.Version),
                _ => null,
            };
            if (_result?.Succeeded == true)
            {
                _savedWhat = SavedWhat();
                _changedId = _edit?.Id ?? _result.Id;
                _mode = Mode.None;
                _edit = null;
                _dateClaims = await Risks.DateClaimsAsync(CampusSlug);
                await RefreshAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>"Local opposition — Being mitigated" for an assessment, the risk's title otherwise.</summary>
    private string SavedWhat()
    {
        var said = _mode switch
        {
            Mode.Create or Mode.Edit => _risk.Title?.Trim() ?? "",
            Mode.Assess or Mode.Correct => A["SavedRevision", Title, A[$"RiskState_{_assessment.State}"]].Value,
            _ => Title,
        };
        return _mode is Mode.Correct ? A["SavedCorrection", said].Value : said;
    }

    private bool HasError(string field) => _result?.Errors.Any(e => e.Field == field) == true;

    private string? ErrorFor(string field) => WriteFeedback.ErrorFor(A, _result, field);
}
