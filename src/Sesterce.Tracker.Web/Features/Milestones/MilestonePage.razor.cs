using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Web.Components.Layout;
using Sesterce.Tracker.Web.Features.Api;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Milestones;

public partial class MilestonePage
{
    private MilestoneDetail? _detail;
    private bool _loading = true;
    private string? _error;
    private string? _invalidAsOf;

    [Inject]
    private MilestoneDetailService Milestones { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private TrackerNavigation Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Inject]
    private ILogger<MilestonePage> Logger { get; set; } = default!;

    [Parameter]
    public string Slug { get; set; } = "";

    [Parameter]
    public int Id { get; set; }

    [SupplyParameterFromQuery(Name = "asOf")]
    public string? AsOf { get; set; }

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new(_detail?.CampusName ?? Slug, Navigation.Link($"/campuses/{Slug}")),
        new(T["NavTimeline"], Navigation.Link($"/campuses/{Slug}/timeline")),
        new(_detail?.Milestone.Title ?? "", null, disabled: true),
    ];

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = _detail is null;
        _error = null;
        _invalidAsOf = AsOfParameter.TryParse(AsOf, out var asOf) ? null : AsOf;
        try
        {
            _detail = await Milestones.GetAsync(Slug, Id, asOf);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Milestone {MilestoneId} of {CampusSlug} failed to load", Id, Slug);
            _error = T["LoadFailedDetail"];
        }
        finally
        {
            _loading = false;
        }
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
