using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Formatting;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Figures;

public partial class FigurePage
{
    [Inject]
    private FigureLedgerService Ledgers { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<FiguresResource> F { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    /// <summary>What the last dialog saved, for the "Saved: …" line; the view itself reloads through its live refresh.</summary>
    private string? _saved;

    [Parameter]
    public string Slug { get; set; } = "";

    [Parameter]
    public string Key { get; set; } = "";

    /// <summary>The page of the ledger (<c>?page=</c>).</summary>
    [SupplyParameterFromQuery(Name = PageQuery.Name)]
    private string? PageText { get; set; }

    [SupplyParameterFromQuery(Name = PageQuery.ConflictsName)]
    private string? ConflictPageText { get; set; }

    private async Task AddRevisionAsync(string figureName) =>
        _saved = await FigureRevisionDialog.ShowAsync(Dialogs, A["AddRevisionTo", figureName], Slug, Key) ?? _saved;

    private async Task CorrectAsync(FigureRevisionView revision) =>
        _saved = await FigureRevisionDialog.ShowAsync(Dialogs, A["Correct"], Slug, Key, revision.Id) ?? _saved;

    private string FigureName(FigureLedgerView view) => Format.FigureName(view.Key, view.Name);

    private List<BreadcrumbItem> Breadcrumbs(FigureLedgerView view, AsOf asOf) =>
    [
        new(view.Campus.Name, TrackerLinks.Dashboard(Slug, asOf)),
        new(FigureName(view), href: null, disabled: true),
    ];
}
