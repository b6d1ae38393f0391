using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Web.Components.Shared;
using Sesterce.Tracker.Web.Features.Figures;
using Sesterce.Tracker.Web.Features.Milestones;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Dashboard;

// "Edit where you read" on the dashboard: a writer adds a revision from a figure card and moves a next milestone's date.
public partial class DashboardPage
{
    /// <summary>What the last dialog saved, for the "Saved: …" line; the dashboard itself reloads through its live refresh.</summary>
    private string? _saved;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private Formatting.DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [SupplyParameterFromQuery(Name = DialogQuery.Name)]
    private string? DialogText { get; set; }

    [SupplyParameterFromQuery(Name = DialogQuery.FigureName)]
    private string? FigureKey { get; set; }

    [SupplyParameterFromQuery(Name = DialogQuery.MilestoneName)]
    private string? MilestoneText { get; set; }

    [SupplyParameterFromQuery(Name = AsOf.QueryName)]
    private string? AsOfText { get; set; }

    // A page loaded with a dialog's address opens it, for a writer on today's view only.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        var opened = await DialogQuery.RequestedAsync(DialogText, AsOfText, Authentication, Authorization) switch
        {
            DialogQuery.AddRevision when !string.IsNullOrWhiteSpace(FigureKey) => AddRevisionAsync(EffectiveSlug, FigureKey, FigureKey),
            DialogQuery.MoveDate when DialogQuery.Id(MilestoneText) is { } milestone => MoveDateAsync(milestone, ""),
            _ => null,
        };
        if (opened is not null)
        {
            await opened;
            StateHasChanged();
        }
    }

    private Task AddRevisionAsync(string campusSlug, FigureSnapshot figure) =>
        AddRevisionAsync(campusSlug, figure.Key, Format.FigureName(figure.Key, figure.Name));

    private async Task AddRevisionAsync(string campusSlug, string key, string name)
    {
        var address = new DialogAddress(Navigation, DialogQuery.AddRevision, new Dictionary<string, object?> { [DialogQuery.FigureName] = key });
        _saved = await FigureRevisionDialog.ShowAsync(Dialogs, A["AddRevisionTo", name], campusSlug, key, address: address) ?? _saved;
    }

    private Task MoveDateAsync(MilestoneSummary milestone) => MoveDateAsync(milestone.Id, milestone.Title);

    private async Task MoveDateAsync(int milestoneId, string title)
    {
        var address = new DialogAddress(Navigation, DialogQuery.MoveDate, new Dictionary<string, object?> { [DialogQuery.MilestoneName] = milestoneId });
        _saved = await MilestoneDateDialog.ShowAsync(Dialogs, A["NewTargetOf", title], milestoneId, MilestoneDateAction.MoveDate, address: address) ?? _saved;
    }
}
