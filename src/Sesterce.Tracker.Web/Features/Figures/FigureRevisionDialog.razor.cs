using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Components.Shared;
using Sesterce.Tracker.Web.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin.Claims;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Figures;

/// <summary>
/// Adds a revision to a figure, or corrects one, through <see cref="FigureAdminService"/> as the
/// figures tab does, and closes with "Investment — €1.7B" for the page's "Saved:" line.
/// </summary>
public partial class FigureRevisionDialog : EditDialog
{
    private FigureLedger? _ledger;
    private RevisionForm? _form;
    private IReadOnlyList<SourceAdminRow> _sources = [];
    private IReadOnlyList<PhaseOption> _phases = [];
    private decimal? _headline;
    private decimal? _tenfold;

    [Inject]
    private FigureAdminService Admin { get; set; } = default!;

    [Inject]
    private FigureService Figures { get; set; } = default!;

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

    [Parameter, EditorRequired]
    public string Key { get; set; } = "";

    /// <summary>The revision a correction corrects; none adds a revision.</summary>
    [Parameter]
    public int? RevisionId { get; set; }

    /// <summary>Opens the dialog; returns what was saved, in words, or null when nothing was.</summary>
    public static Task<string?> ShowAsync(IDialogService dialogs, string title, string campusSlug, string key, int? revisionId = null, DialogAddress? address = null)
    {
        var parameters = new DialogParameters<FigureRevisionDialog>
        {
            { d => d.CampusSlug, campusSlug },
            { d => d.Key, key },
            { d => d.RevisionId, revisionId },
        };
        return OpenAsync(dialogs, title, parameters, address);
    }

    private string Name => _ledger is null ? Key : Format.FigureName(_ledger.Key, _ledger.Name);

    private string Title => _form?.Corrects is { } corrects ? A["CorrectRevisionNamed", RevisionName(corrects)] : A["AddRevisionTo", Name];

    /// <summary>A revision named as readers know it ("17 Nov 2025 · €1.5B · Le Dauphiné"), never by its id.</summary>
    private string RevisionName(int id) =>
        _ledger?.Revisions.FirstOrDefault(r => r.Id == id) is { } revision
            ? Format.Name(revision, Format.Value(revision.Value, _ledger.Unit, revision.Qualifier))
            : A["AnotherClaim"];

    protected override async Task OnInitializedAsync()
    {
        _sources = await Sources.ListAsync();
        _phases = await Milestones.PhasesAsync(CampusSlug);
        _ledger = (await Figures.GetLedgerAsync(CampusSlug, Key)).View;
        if (_ledger is null)
        {
            Result = WriteResult.NotFound();
            return;
        }

        // The same rule as the figures tab: the midpoint of the headline in force today, which a typed amount is compared with.
        _headline = RevisionChecks.Headline(_ledger);
        if (RevisionId is not { } id)
        {
            var level = (await Admin.ListAsync(CampusSlug))?.FirstOrDefault(f => f.Key == Key)?.DefaultVisibility ?? Visibility.Public;
            _form = RevisionForm.New(level);
            await KeepRevisionDraftsAsync();
            return;
        }

        if (_ledger.Revisions.FirstOrDefault(r => r.Id == id) is not { } revision)
        {
            Result = WriteResult.NotFound();
            return;
        }

        var levels = await Levels.OfAsync(ClaimRecordKind.Figure, [id]);
        _form = RevisionForm.Correcting(revision, levels.TryGetValue(id, out var known) ? known : Visibility.Public);
        await KeepRevisionDraftsAsync();
    }

    private Task KeepRevisionDraftsAsync() =>
        KeepDraftsAsync($"figure-revision:{CampusSlug}:{Key}:{RevisionId}", () => _form is null ? null : RevisionDraft.Of(_form), draft => draft.ApplyTo(_form!));

    private void Add(SourceAdminRow source) => _sources = [.. _sources, source];

    // A changed number must be confirmed again.
    private void AmountChanged() => _tenfold = null;

    private Task SaveAsync() => SaveAsync(confirmed: false);

    private Task ConfirmTenfoldAsync() => SaveAsync(confirmed: true);

    private async Task SaveAsync(bool confirmed)
    {
        if (_form is not { } form)
        {
            return;
        }

        var check = RevisionChecks.Check(form, _headline, confirmed);
        _tenfold = check.Tenfold;
        if (!check.MaySave)
        {
            Result = check.Refused;
            return;
        }

        await WriteAsync(
            [],
            () => RevisionChecks.SaveAsync(Admin, CampusSlug, Key, form, _sources),
            async saved => SavedText.Revision(A, Format, (await Figures.GetLedgerAsync(CampusSlug, Key)).View, Name, saved.Id, form.Corrects is not null));
    }

    private bool HasError(string field) => Result?.Errors.Any(e => e.Field == field) == true;

    private string? ErrorFor(string field) => WriteFeedback.ErrorFor(A, Result, field);
}
