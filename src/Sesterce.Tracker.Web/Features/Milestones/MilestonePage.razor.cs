using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;
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

    private async Task OpenAsync(MilestoneDateAction action, string title)
    {
        var heading = action == MilestoneDateAction.MarkReached ? A["RecordReachedOf", title] : A["NewTargetOf", title];
        _saved = await MilestoneDateDialog.ShowAsync(Dialogs, heading, Id, action) ?? _saved;
    }

    private async Task CorrectAsync(MilestoneDateRevisionView claim) =>
        _saved = await MilestoneDateDialog.ShowAsync(Dialogs, A["Correct"], Id, MilestoneDateAction.Correct, claim.Id) ?? _saved;

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
