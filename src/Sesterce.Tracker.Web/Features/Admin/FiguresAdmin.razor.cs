using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class FiguresAdmin
{
    private IReadOnlyList<FigureAdminRow>? _figures;
    private IReadOnlyList<SourceAdminRow> _sources = [];
    private IReadOnlyList<PhaseOption> _phases = [];
    private FigureLedger? _ledger;
    private string? _key;
    private int _figureVersion;
    private WriteResult? _result;
    private bool _busy;
    private string? _savedWhat;
    private int? _changedId;
    private bool _newFigure;
    private int? _referenceId;
    private FigureForm _figure = new();
    private RevisionForm _revision = new();
    private IReadOnlyDictionary<int, Visibility> _levels = new Dictionary<int, Visibility>();
    private Visibility _defaultLevel;

    // The headline in base units (a range's middle): the scale an empty value starts in and what the ten-times check compares with.
    private decimal? _headline;

    // An amount more than ten times away from the headline, waiting for the admin's "Yes, I mean …".
    private decimal? _tenfold;

    [Inject]
    private FigureAdminService Admin { get; set; } = default!;

    [Inject]
    private MilestoneAdminService Milestones { get; set; } = default!;

    [Inject]
    private FigureService Figures { get; set; } = default!;

    [Inject]
    private SourceAdminService Sources { get; set; } = default!;

    [Inject]
    private FigureReferenceService References { get; set; } = default!;

    [Inject]
    private ClaimLevelService Levels { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Parameter, EditorRequired]
    public string CampusSlug { get; set; } = "";

    protected override async Task OnParametersSetAsync()
    {
        _sources = await Sources.ListAsync();
        _phases = await Milestones.PhasesAsync(CampusSlug);
        _figures = await Admin.ListAsync(CampusSlug) ?? [];
        await SelectAsync(_key ?? (_figures.Count > 0 ? _figures[0].Key : null));
    }

    private async Task SelectAsync(string? key)
    {
        _key = key;
        _ledger = key is null ? null : (await Figures.GetLedgerAsync(CampusSlug, key)).View;
        // The reference choice is an edit of the figure: it is based on the version shown with this ledger.
        _figureVersion = _figures?.FirstOrDefault(f => f.Key == key)?.Version ?? 0;
        _defaultLevel = _figures?.FirstOrDefault(f => f.Key == key)?.DefaultVisibility ?? Visibility.Public;
        _levels = await Levels.OfAsync(ClaimRecordKind.Figure, _ledger?.Revisions.Select(r => r.Id) ?? []);
        _referenceId = _ledger?.ReferenceRevisionId;
        _headline = RevisionChecks.Headline(_ledger);
        ResetRevision();
    }

    private void ResetRevision()
    {
        _tenfold = null;
        _revision = RevisionForm.New(_defaultLevel);
    }

    private string FigureName => _ledger is null ? _key ?? "" : Format.FigureName(_ledger.Key, _ledger.Name);

    /// <summary>A revision named as readers know it ("17 Nov 2025 · €1.5B · Le Dauphiné"), never by its id.</summary>
    private string RevisionName(int id) =>
        _ledger?.Revisions.FirstOrDefault(r => r.Id == id) is { } revision
            ? Format.Name(revision, Format.Value(revision.Value, _ledger.Unit, revision.Qualifier))
            : A["AnotherClaim"];

    // A changed number must be confirmed again.
    private void AmountChanged() => _tenfold = null;

    private string LevelName(Visibility level) => A[$"Visibility_{level}"];

    private string DefaultLevelName(Visibility? level) => level is { } chosen ? LevelName(chosen) : A["DefaultVisibilityAutomatic"];

    private Visibility LevelOf(int revisionId) => _levels.TryGetValue(revisionId, out var level) ? level : Visibility.Public;

    private void CancelCorrection() => ResetRevision();

    private void StartNewFigure()
    {
        _newFigure = true;
        _result = null;
        _figure = new FigureForm();
    }

    private void StartCorrect(FigureRevisionView revision)
    {
        _result = null;
        _tenfold = null;
        _revision = RevisionForm.Correcting(revision, LevelOf(revision.Id));
    }

    private async Task CreateFigureAsync()
    {
        _busy = true;
        try
        {
            _result = await Admin.CreateFigureAsync(CampusSlug, _figure.ToInput());
            if (_result.Succeeded)
            {
                _savedWhat = _figure.Name?.Trim() ?? _figure.Key?.Trim();
                _changedId = null;
                _newFigure = false;
                _figures = await Admin.ListAsync(CampusSlug) ?? [];
                await SelectAsync(_figure.Key?.Trim());
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private Task SaveRevisionAsync() => SaveRevisionAsync(confirmed: false);

    private Task ConfirmTenfoldAsync() => SaveRevisionAsync(confirmed: true);

    private async Task SaveRevisionAsync(bool confirmed)
    {
        if (_key is null)
        {
            return;
        }

        var check = RevisionChecks.Check(_revision, _headline, confirmed);
        _tenfold = check.Tenfold;
        if (!check.MaySave)
        {
            _result = check.Refused;
            return;
        }

        _busy = true;
        try
        {
            var correction = _revision.Corrects is not null;
            _result = await RevisionChecks.SaveAsync(Admin, CampusSlug, _key, _revision, _sources);
            if (_result.Succeeded)
            {
                var saved = _result.Id;
                _figures = await Admin.ListAsync(CampusSlug) ?? [];
                await SelectAsync(_key);
                _savedWhat = SavedText.Revision(A, Format, _ledger, FigureName, saved, correction);
                _changedId = saved;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Saves the level new claims of the figure start at; claims already recorded keep theirs.</summary>
    private async Task SetDefaultLevelAsync(Visibility level)
    {
        if (_key is null)
        {
            return;
        }

        await ShowReferenceAsync(await Admin.SetDefaultVisibilityAsync(CampusSlug, _key, level, _figureVersion));
    }

    private async Task MakeReferenceAsync(int revisionId) =>
        await ShowReferenceAsync(await References.SetReferenceAsync(CampusSlug, _key!, revisionId, null, _figureVersion));

    private async Task ClearReferenceAsync() =>
        await ShowReferenceAsync(await References.ClearReferenceAsync(CampusSlug, _key!, _figureVersion));

    // Reloads whatever the outcome: after a conflict the table shows the other admin's choice, and the next click is based on it.
    private async Task ShowReferenceAsync(WriteResult result)
    {
        _result = result;
        _savedWhat = FigureName;
        _changedId = null;
        _figures = await Admin.ListAsync(CampusSlug) ?? [];
        await SelectAsync(_key);
    }

    // A rename changes the figure's version and its name on the buttons; the ledger below stays.
    private async Task ReloadFiguresAsync()
    {
        _figures = await Admin.ListAsync(CampusSlug) ?? [];
        _figureVersion = _figures.FirstOrDefault(f => f.Key == _key)?.Version ?? 0;
    }

    private bool HasError(string field) => _result?.Errors.Any(e => e.Field == field) == true;

    private string? ErrorFor(string field) => WriteFeedback.ErrorFor(A, _result, field);
}
