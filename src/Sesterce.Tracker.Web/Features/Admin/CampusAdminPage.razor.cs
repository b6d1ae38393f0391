using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Campuses;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class CampusAdminPage
{
    /// <summary>The tabs' names in the address, in their order on the page.</summary>
    public static readonly IReadOnlyList<string> Tabs = ["milestones", "figures", "risks", "campus"];

    public const string TabQuery = "tab";

    private string? _name;
    private bool _missing;
    private List<BreadcrumbItem> _crumbs = [];

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private CampusService Campuses { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public string Slug { get; set; } = "";

    [SupplyParameterFromQuery(Name = TabQuery)]
    private string? Tab { get; set; }

    // An unknown name opens the first tab rather than failing: an old link still lands somewhere useful.
    private int TabIndex => Math.Max(0, Tabs.ToList().IndexOf(Tab ?? ""));

    protected override async Task OnParametersSetAsync()
    {
        var campus = await Campuses.GetAsync(Slug);
        _missing = campus is null;
        _name = campus?.Name;
        _crumbs = [new(A["AdminTitle"], "/admin"), new(_name ?? Slug, null, disabled: true)];
    }

    private void SelectTab(int index)
    {
        if (index == TabIndex || index < 0 || index >= Tabs.Count)
        {
            return;
        }

        // The first tab is the default: its address stays clean. An open edit belongs to the tab it was opened on.
        var uri = Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [TabQuery] = index == 0 ? null : Tabs[index],
            [MilestonesAdmin.EditQuery] = null,
        });
        Navigation.NavigateTo(uri);
    }
}
