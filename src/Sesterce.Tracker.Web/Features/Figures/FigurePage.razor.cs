using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Components.Shared;
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

    [SupplyParameterFromQuery(Name = DialogQuery.Name)]
    private string? DialogText { get; set; }

    [SupplyParameterFromQuery(Name = DialogQuery.ClaimName)]
    private string? ClaimText { get; set; }

    [SupplyParameterFromQuery(Name = AsOf.QueryName)]
    private string? AsOfText { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    // A page loaded with a dialog's address opens it, for a writer on today's view only.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        var opened = await DialogQuery.RequestedAsync(DialogText, AsOfText, Authentication, Authorization) switch
        {
            DialogQuery.AddRevision => AddRevisionAsync(Key),
            DialogQuery.Correct when DialogQuery.Id(ClaimText) is { } revision => CorrectAsync(revision),
            _ => null,
        };
        if (opened is not null)
        {
            await opened;
            StateHasChanged();
        }
    }

    private async Task AddRevisionAsync(string figureName) =>
        _saved = await FigureRevisionDialog.ShowAsync(Dialogs, A["AddRevisionTo", figureName], Slug, Key, address: new(Navigation, DialogQuery.AddRevision)) ?? _saved;

    private async Task CorrectAsync(int revisionId)
    {
        var address = new DialogAddress(Navigation, DialogQuery.Correct, new Dictionary<string, object?> { [DialogQuery.ClaimName] = revisionId });
        _saved = await FigureRevisionDialog.ShowAsync(Dialogs, A["Correct"], Slug, Key, revisionId, address) ?? _saved;
    }

    private string FigureName(FigureLedgerView view) => Format.FigureName(view.Key, view.Name);

    private List<BreadcrumbItem> Breadcrumbs(FigureLedgerView view, AsOf asOf) =>
    [
        new(view.Campus.Name, TrackerLinks.Dashboard(Slug, asOf)),
        new(FigureName(view), href: null, disabled: true),
    ];
}
