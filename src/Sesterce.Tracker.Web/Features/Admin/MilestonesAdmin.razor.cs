using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Web.Features.Admin.Claims;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class MilestonesAdmin
{
    private IReadOnlyDictionary<int, Visibility> _levels = new Dictionary<int, Visibility>();
    private IReadOnlyList<MilestoneAdminRow>? _rows;
    private IReadOnlyList<PhaseOption> _phases = [];
    private IReadOnlyList<SourceAdminRow> _sources = [];
    private MilestoneEdit? _edit;
    private WriteResult? _result;
    private Mode _mode;
    private bool _busy;
    private string? _savedWhat;
    private int? _changedId;

    private MilestoneForm _milestone = new();
    private bool _withTarget = true;
    private bool _withReached;
    private DateClaimForm _target = DateClaimForm.Target();
    private DateClaimForm _reached = DateClaimForm.Reached();
    private DateClaimForm _claim = DateClaimForm.Target();
    private string? _archiveReason;

    private enum Mode
    {
        None,
        Create,
        Edit,
        Target,
        Reached,
        Retract,
        Correct,
        Archive,
        Restore,
    }

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
    public string CampusSlug { get; set; } = "";

    /// <summary>The query key of the open edit form (<c>?edit=milestone-12</c>), so reload, back and a shared link reopen it.</summary>
    public const string EditQuery = "edit";

    private const string EditPrefix = "milestone-";

    [SupplyParameterFromQuery(Name = EditQuery)]
    private string? EditText { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string Title => _edit?.Values.Title ?? "";

    private string FormTitle => _mode switch
    {
        Mode.Create => A["NewMilestone"],
        Mode.Target => A["NewTargetOf", Title],
        Mode.Reached => A["RecordReachedOf", Title],
        Mode.Retract => A["RetractReachedOf", Title],
        Mode.Correct when _claim.Corrects is { } c => A["CorrectClaimNamed", Format.Name(c, ClaimValue(c)), A[$"ClaimKind_{c.Kind}"]],
        Mode.Archive => A["ArchiveOf", Title],
        Mode.Restore => A["RestoreOf", Title],
        _ => A["EditOf", Title],
    };

    private string ClaimHelp => _mode switch
    {
        Mode.Target => _edit?.Dates.Target?.Date is { } current
            ? A["NewTargetHelpCurrent", Format.Date(current), Format.Status(_edit.Dates.Target.Status)]
            : A["NewTargetHelp"],
        Mode.Reached => A["RecordReachedHelp"],
        Mode.Retract => A["RetractReachedHelp", _edit?.Dates.Reached?.Date is { } reached ? Format.Date(reached) : "—"],
        _ => A["CorrectClaimHelp"],
    };

    protected override async Task OnParametersSetAsync()
    {
        _phases = await Milestones.PhasesAsync(CampusSlug);
        _sources = await Sources.ListAsync();
        await RefreshAsync();
        if (EditedId(EditText) is { } id && id != _edit?.Id && _rows?.Any(r => r.Id == id) == true)
        {
            await StartAsync(id, Mode.Edit);
        }
        else if (EditText is null && _edit is not null && _mode is not Mode.None)
        {
            // Back from an edit's address: the form closes as the address says.
            _mode = Mode.None;
            _edit = null;
        }
    }

    private static int? EditedId(string? text) =>
        text is not null && text.StartsWith(EditPrefix, StringComparison.Ordinal)
        && int.TryParse(text.AsSpan(EditPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    private void ShowInAddress(int? id)
    {
        var value = id is { } open ? EditPrefix + open.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        if (value != EditText)
        {
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(EditQuery, value));
        }
    }

    private async Task RefreshAsync() => _rows = await Milestones.ListAsync(CampusSlug) ?? [];

    private string TargetText(MilestoneAdminRow row) => row switch
    {
        { Target: { } target } => Format.Date(target),
        { ActualDate: null } => A["DateNotKnown"],
        _ => "—",
    };

    private string? PhaseName(int? id) => _phases.FirstOrDefault(p => p.Id == id)?.Name;

    private string ClaimValue(MilestoneDateRevisionView claim) => claim switch
    {
        { Date: { } date } => Format.Date(date),
        { Kind: MilestoneDateKind.Reached } => A["ReachedRetracted"],
        _ => A["DateNotKnown"],
    };

    /// <summary>Another claim of the milestone named as readers know it, never by its id.</summary>
    private string ClaimName(int id) =>
        _edit?.Dates.Ledger.FirstOrDefault(c => c.Id == id) is { } claim ? Format.Name(claim, ClaimValue(claim)) : A["AnotherClaim"];

    /// <summary>How the claim rule reads a claim today: shown as the date, beside it, corrected, correcting.</summary>
    private IEnumerable<string> Marks(MilestoneDateRevisionView claim)
    {
        var dates = _edit!.Dates;
        if (claim.Id == dates.Target?.Id)
        {
            yield return A["MarkShownAsTarget"];
        }

        if (claim.Id == dates.TargetChallenger?.Id)
        {
            yield return A["MarkShownBeside"];
        }

        if (claim.Id == dates.Reached?.Id)
        {
            yield return A["MarkShownAsReached"];
        }

        if (claim.CorrectsRevisionId is { } corrected)
        {
            yield return A["MarkCorrectsNamed", ClaimName(corrected)];
        }

        if (claim.CorrectedByRevisionId is { } by)
        {
            yield return A["CorrectedByNamed", ClaimName(by)];
        }
    }

    private void StartCreate()
    {
        ShowInAddress(null);
        _edit = null;
        _result = null;
        _mode = Mode.Create;
        _milestone = new MilestoneForm();
        _withTarget = true;
        _withReached = false;
        _target = DateClaimForm.Target();
        _reached = DateClaimForm.Reached();
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
        ShowInAddress(id);
        _milestone = MilestoneForm.From(_edit);
        _archiveReason = null;
        _levels = await Levels.OfAsync(ClaimRecordKind.Date, _edit.Dates.Ledger.Select(c => c.Id));
        _claim = mode switch
        {
            Mode.Reached => DateClaimForm.Reached(),
            Mode.Retract => DateClaimForm.Retraction(),
            Mode.Correct when _claim.Corrects is { } corrected && _edit.Dates.Ledger.FirstOrDefault(c => c.Id == corrected.Id) is { } again => DateClaimForm.Correcting(again, LevelOf(again.Id)),
            _ => DateClaimForm.Target(),
        };
    }

    private void StartCorrect(MilestoneDateRevisionView claim)
    {
        _result = null;
        _mode = Mode.Correct;
        _claim = DateClaimForm.Correcting(claim, LevelOf(claim.Id));
    }

    private Visibility LevelOf(int claimId) => _levels.TryGetValue(claimId, out var level) ? level : Visibility.Public;

    private void Cancel()
    {
        _mode = Mode.None;
        _edit = null;
        _result = null;
        ShowInAddress(null);
    }

    // Two claims saved together share the service's field names; each editor shows what its own inputs explain.
    private bool TargetExplains(ValidationError error) => !_withReached || _target.Claim.CanCause(error, _sources, reachedClaim: false);

    private bool ReachedExplains(ValidationError error) => !_withTarget || _reached.Claim.CanCause(error, _sources, reachedClaim: true);

    private async Task SaveAsync()
    {
        var missing = MissingInputs().ToList();
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
                Mode.Create => await Milestones.CreateAsync(
                    CampusSlug,
                    _milestone.ToInput(),
                    _withTarget ? _target.ToInput(_sources) : null,
                    _withReached ? _reached.ToInput(_sources) : null),
                Mode.Edit => await Milestones.UpdateAsync(_edit!.Id, _milestone.ToInput(), _edit.Version),
                Mode.Target or Mode.Reached or Mode.Retract or Mode.Correct => await Milestones.AddDateClaimAsync(
                    _edit!.Id, _claim.Kind, _claim.ToInput(_sources), _edit.Version, _claim.Corrects?.Id, _claim.Corrects is null ? null : _claim.Reason),
                Mode.Archive => await Milestones.SetArchivedAsync(_edit!.Id, true, _archiveReason, _edit.Version),
                Mode.Restore => await Milestones.SetArchivedAsync(_edit!.Id, false, null, _edit.Version),
                _ => null,
            };
            if (_result?.Succeeded == true)
            {
                _savedWhat = SavedWhat();
                _changedId = _edit?.Id ?? _result.Id;
                _mode = Mode.None;
                _edit = null;
                ShowInAddress(null);
                await RefreshAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private string SavedWhat() => _mode switch
    {
        Mode.Target or Mode.Reached or Mode.Retract or Mode.Correct => SavedText.DateClaim(A, Format, Title, _claim),
        Mode.Create or Mode.Edit => _milestone.Title ?? "",
        _ => Title,
    };

    private IEnumerable<ValidationError> MissingInputs() => _mode switch
    {
        Mode.Create => (_withTarget ? _target.Missing() : []).Concat(_withReached ? _reached.Missing() : []),
        Mode.Target or Mode.Reached or Mode.Correct => _claim.Missing(),
        _ => [],
    };

    private bool HasError(string field) => _result?.Errors.Any(e => e.Field == field) == true;

    private string? ErrorFor(string field) => WriteFeedback.ErrorFor(A, _result, field);
}
