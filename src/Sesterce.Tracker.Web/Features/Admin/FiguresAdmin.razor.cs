using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class FiguresAdmin
{
    private IReadOnlyList<FigureAdminRow>? _figures;
    private IReadOnlyList<SourceAdminRow> _sources = [];
    private FigureLedger? _ledger;
    private string? _key;
    private WriteResult? _result;
    private bool _busy;
    private bool _newFigure;
    private int? _corrects;
    private int? _referenceId;
    private string? _referenceMessage;
    private bool _referenceOk;

    private string? _figureKey;
    private string? _figureName;
    private string? _figureUnit;

    private decimal? _value;
    private decimal? _low;
    private decimal? _high;
    private FigureQualifier _qualifier;
    private RevisionStatus _status;
    private string? _announcedOn;
    private int? _sourceId;
    private string? _quote;
    private string? _note;
    private string? _reason;

    [Inject]
    private FigureAdminService Admin { get; set; } = default!;

    [Inject]
    private FigureService Figures { get; set; } = default!;

    [Inject]
    private SourceAdminService Sources { get; set; } = default!;

    [Inject]
    private FigureReferenceService References { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private TrackerClock Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public string CampusSlug { get; set; } = "";

    protected override async Task OnParametersSetAsync()
    {
        _sources = await Sources.ListAsync();
        _figures = await Admin.ListAsync(CampusSlug) ?? [];
        await SelectAsync(_key ?? (_figures.Count > 0 ? _figures[0].Key : null));
    }

    private async Task SelectAsync(string? key)
    {
        _key = key;
        _corrects = null;
        _ledger = key is null ? null : (await Figures.GetLedgerAsync(CampusSlug, key)).View;
        _referenceId = _ledger?.ReferenceRevisionId;
        ResetRevision();
    }

    private void ResetRevision()
    {
        (_value, _low, _high, _qualifier, _status) = (null, null, null, FigureQualifier.Exact, RevisionStatus.OfficialAnnouncement);
        _announcedOn = NavigationDefaults.Today(Clock);
        _sourceId = _sources.Count > 0 ? _sources[0].Id : null;
        (_quote, _note, _reason) = (null, null, null);
    }

    private void StartNewFigure()
    {
        _newFigure = true;
        _result = null;
        (_figureKey, _figureName, _figureUnit) = (null, null, null);
    }

    private void StartCorrect(FigureRevisionView revision)
    {
        _corrects = revision.Id;
        _result = null;
        (_value, _low, _high) = revision.Value.IsSingle
            ? ((decimal?)revision.Value.Low, (decimal?)null, (decimal?)null)
            : ((decimal?)null, (decimal?)revision.Value.Low, (decimal?)revision.Value.High);
        (_qualifier, _status, _sourceId, _quote, _note, _reason) = (revision.Qualifier, revision.Status, revision.Source?.Id, revision.Quote, revision.Note, null);
        _announcedOn = NavigationDefaults.Today(Clock);
    }

    private async Task CreateFigureAsync()
    {
        _busy = true;
        try
        {
            _result = await Admin.CreateFigureAsync(CampusSlug, new FigureInput(_figureKey, _figureName, _figureUnit));
            if (_result.Succeeded)
            {
                _newFigure = false;
                _figures = await Admin.ListAsync(CampusSlug) ?? [];
                await SelectAsync(_figureKey?.Trim());
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SaveRevisionAsync()
    {
        if (_key is null)
        {
            return;
        }

        _busy = true;
        try
        {
            var input = new RevisionInput(_value, _low, _high, _qualifier, _announcedOn, _status, _sourceId, _quote, _note);
            _result = _corrects is { } id
                ? await Admin.CorrectRevisionAsync(id, input, _reason)
                : await Admin.AddRevisionAsync(CampusSlug, _key, input);
            if (_result.Succeeded)
            {
                _figures = await Admin.ListAsync(CampusSlug) ?? [];
                await SelectAsync(_key);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task MakeReferenceAsync(int revisionId) =>
        await ApplyReferenceAsync(await References.SetReferenceAsync(CampusSlug, _key!, revisionId, null));

    private async Task ClearReferenceAsync() =>
        await ApplyReferenceAsync(await References.ClearReferenceAsync(CampusSlug, _key!));

    private async Task ApplyReferenceAsync(ReferenceResult result)
    {
        _referenceOk = result.Succeeded;
        _referenceMessage = A[$"Reference_{result.Error}"];
        await SelectAsync(_key);
    }

    private bool HasError(string field) => _result?.Errors.Any(e => e.Field == field) == true;

    private string? ErrorFor(string field) => WriteFeedback.ErrorFor(A, _result, field);
}
