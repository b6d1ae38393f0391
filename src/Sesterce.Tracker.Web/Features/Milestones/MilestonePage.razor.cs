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

    [Parameter]
    public string Slug { get; set; } = "";

    [Parameter]
    public int Id { get; set; }

    private List<BreadcrumbItem> Breadcrumbs(MilestoneDetail detail, AsOf asOf) =>
    [
        new(detail.CampusName, TrackerLinks.Dashboard(Slug, asOf)),
        new(T["NavTimeline"], TrackerLinks.Timeline(Slug, asOf)),
        new(detail.Milestone.Title, null, disabled: true),
    ];

    private static Color StateColor(MilestoneState state) => state switch
    {
        MilestoneState.Achieved => Color.Success,
        MilestoneState.Overdue => Color.Error,
        MilestoneState.Due => Color.Warning,
        MilestoneState.Cancelled => Color.Default,
        _ => Color.Primary,
    };
}
