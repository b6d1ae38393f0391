using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Web.Features.Figures;
using Sesterce.Tracker.Web.Features.Milestones;

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

    private async Task AddRevisionAsync(string campusSlug, FigureSnapshot figure) =>
        _saved = await FigureRevisionDialog.ShowAsync(Dialogs, A["AddRevisionTo", Format.FigureName(figure.Key, figure.Name)], campusSlug, figure.Key) ?? _saved;

    private async Task MoveDateAsync(MilestoneSummary milestone) =>
        _saved = await MilestoneDateDialog.ShowAsync(Dialogs, A["NewTargetOf", milestone.Title], milestone.Id, MilestoneDateAction.MoveDate) ?? _saved;
}
