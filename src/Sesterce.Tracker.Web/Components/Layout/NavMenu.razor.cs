using Microsoft.AspNetCore.Components;
using Sesterce.Tracker.Core.Features.Changes;
using Sesterce.Tracker.Core.Features.Figures;

namespace Sesterce.Tracker.Web.Components.Layout;

public sealed partial class NavMenu
{
    private IReadOnlyList<FigureLink> _figures = [];
    private string? _loadedSlug;

    [Inject]
    private IChangeNotifier Changes { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Context.Changed += OnLocationChanged;
        Changes.Changed += OnTrackerChanged;
        await LoadAsync();
    }

    /// <summary>Built-in figures read in the reader's language; custom ones by the name their admin gave.</summary>
    private string Name(FigureLink figure) => figure.IsBuiltIn ? T[$"Figure_{figure.Key}"] : figure.Name;

    private async Task LoadAsync(bool force = false)
    {
        var slug = Context.CampusSlug;
        if (!force && slug == _loadedSlug)
        {
            return;
        }

        _loadedSlug = slug;
        _figures = await Figures.ListAsync(slug);
    }

    private void OnLocationChanged() => _ = InvokeAsync(async () =>
    {
        await LoadAsync();
        StateHasChanged();
    });

    // A figure added or renamed by an admin appears in every open menu of that campus.
    private void OnTrackerChanged(TrackerChange change)
    {
        if (change.CampusSlug is { } slug && slug != _loadedSlug)
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            await LoadAsync(force: true);
            StateHasChanged();
        });
    }

    public void Dispose()
    {
        Context.Changed -= OnLocationChanged;
        Changes.Changed -= OnTrackerChanged;
    }
}
