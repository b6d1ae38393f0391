using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Web.Components.Shared;
using Sesterce.Tracker.Web.Formatting;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Milestones;

public partial class MilestonePage
{
    [Inject]
    private MilestoneDetailService Milestones { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Inject]
    private IStringLocalizer<RisksResource> R { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    /// <summary>What the last dialog saved, for the "Saved: …" line; the view itself reloads through its live refresh.</summary>
    private string? _saved;

    [Parameter]
    public string Slug { get; set; } = "";

    [Parameter]
    public int Id { get; set; }

    /// <summary>The page of the date history (<c>?page=</c>).</summary>
    [SupplyParameterFromQuery(Name = PageQuery.Name)]
    private string? PageText { get; set; }

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
            DialogQuery.MoveDate => OpenAsync(MilestoneDateAction.MoveDate, ""),
            DialogQuery.MarkReached => OpenAsync(MilestoneDateAction.MarkReached, ""),
            DialogQuery.Correct when DialogQuery.Id(ClaimText) is { } claim => CorrectAsync(claim),
            _ => null,
        };
        if (opened is not null)
        {
            await opened;
            StateHasChanged();
        }
    }

    private async Task OpenAsync(MilestoneDateAction action, string title)
    {
        var heading = action == MilestoneDateAction.MarkReached ? A["RecordReachedOf", title] : A["NewTargetOf", title];
        var address = new DialogAddress(Navigation, action == MilestoneDateAction.MarkReached ? DialogQuery.MarkReached : DialogQuery.MoveDate);
        _saved = await MilestoneDateDialog.ShowAsync(Dialogs, heading, Id, action, address: address) ?? _saved;
    }

    private async Task CorrectAsync(int claimId)
    {
        var address = new DialogAddress(Navigation, DialogQuery.Correct, new Dictionary<string, object?> { [DialogQuery.ClaimName] = claimId });
        _saved = await MilestoneDateDialog.ShowAsync(Dialogs, A["Correct"], Id, MilestoneDateAction.Correct, claimId, address) ?? _saved;
    }

    private List<BreadcrumbItem> Breadcrumbs(MilestoneDetail detail, AsOf asOf) =>
    [
        new(detail.CampusName, TrackerLinks.Dashboard(Slug, asOf)),
        new(T["NavTimeline"], TrackerLinks.Timeline(Slug, asOf)),
        new(detail.Milestone.Title, null, disabled: true),
    ];

    /// <summary>"Phase 1: 40 MW by Dec 2026 (the date of this milestone)": the phase this milestone belongs to, as its plan and commissioning milestone say.</summary>
    private string PhaseLine(Core.Features.Campuses.PhaseView phase, MilestoneSummary milestone)
    {
        var line = (phase.TargetDate, phase.TargetCapacityMw) switch
        {
            ({ } date, { } mw) => T["PhaseCapacity", phase.Name, Format.Amount(mw, "MW"), Format.Date(date)].Value,
            ({ } date, null) => T["PhaseCapacityUnknown", phase.Name, Format.Date(date)].Value,
            (null, { } mw) => T["PhaseCapacityNoDate", phase.Name, Format.Amount(mw, "MW")].Value,
            _ => T["PhaseNothingStated", phase.Name].Value,
        };
        return phase.CommissioningMilestone?.Id == milestone.Id ? $"{line} · {T["PhaseEndsWithThis"]}" : line;
    }

    private static Color StateColor(MilestoneState state) => state switch
    {
        MilestoneState.Achieved => Color.Success,
        MilestoneState.Overdue => Color.Error,
        MilestoneState.Due => Color.Warning,
        MilestoneState.Cancelled => Color.Default,
        _ => Color.Primary,
    };
}
