using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace Sesterce.Tracker.Web.Navigation;

/// <summary>
/// What the current address says to the layout (app bar, menu), which sits outside the pages: the
/// campus in the path and the as-of day in <c>?asOf=</c>. Pages get both from their route and
/// their <c>CampusView</c> instead.
/// </summary>
public sealed class TrackerNavigation : IDisposable
{
    private readonly NavigationManager _navigation;
    private readonly string? _defaultCampus;

    public TrackerNavigation(NavigationManager navigation, IConfiguration configuration)
    {
        _navigation = navigation;
        _defaultCampus = configuration["Tracker:DefaultCampus"];
        _navigation.LocationChanged += OnLocationChanged;
    }

    public event Action? Changed;

    /// <summary>The valid as-of day in the address; today when absent or malformed.</summary>
    public AsOf AsOf =>
        QueryHelpers.ParseQuery(new Uri(_navigation.Uri).Query).TryGetValue(AsOf.QueryName, out var values)
        && AsOf.TryParse(values.ToString(), out var asOf)
            ? asOf
            : AsOf.Today;

    public string CampusSlug
    {
        get
        {
            var parts = _navigation.ToBaseRelativePath(_navigation.Uri).Split('?', '#')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
            return parts is ["campuses", var slug, ..] ? Uri.UnescapeDataString(slug) : _defaultCampus ?? "alixan";
        }
    }

    /// <summary>The current page as of another day; <see cref="AsOf.Today"/> returns to today.</summary>
    public string CurrentPageAsOf(AsOf asOf) => _navigation.GetUriWithQueryParameter(AsOf.QueryName, asOf.QueryValue);

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => Changed?.Invoke();

    public void Dispose() => _navigation.LocationChanged -= OnLocationChanged;
}
