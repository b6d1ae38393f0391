using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace Sesterce.Tracker.Web.Components.Layout;

/// <summary>
/// What the current address says about the view: the campus in the path and the "as known on"
/// date in <c>?asOf=</c>. Links built here keep the as-of date, so the whole app stays in the past
/// until the user returns to today.
/// </summary>
public sealed class TrackerNavigation : IDisposable
{
    public const string AsOfParameter = "asOf";

    private readonly NavigationManager _navigation;
    private readonly string? _defaultCampus;

    public TrackerNavigation(NavigationManager navigation, IConfiguration configuration)
    {
        _navigation = navigation;
        _defaultCampus = configuration["Tracker:DefaultCampus"];
        _navigation.LocationChanged += OnLocationChanged;
    }

    public event Action? Changed;

    /// <summary>The valid as-of date in the address, or null for today.</summary>
    public DateOnly? AsOf => TryReadAsOf(_navigation.Uri);

    public string CampusSlug
    {
        get
        {
            var parts = _navigation.ToBaseRelativePath(_navigation.Uri).Split('?', '#')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
            return parts is ["campuses", var slug, ..] ? Uri.UnescapeDataString(slug) : _defaultCampus ?? "alixan";
        }
    }

    /// <summary>An app-relative link that carries the current as-of date.</summary>
    public string Link(string path) => AsOf is { } day ? QueryHelpers.AddQueryString(path, AsOfParameter, Format(day)) : path;

    /// <summary>The current page as of another date; null returns to today.</summary>
    public string CurrentPageAsOf(DateOnly? day) =>
        _navigation.GetUriWithQueryParameter(AsOfParameter, day is { } d ? Format(d) : null);

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? TryReadAsOf(string uri)
    {
        var query = new Uri(uri).Query;
        return QueryHelpers.ParseQuery(query).TryGetValue(AsOfParameter, out var values)
            && DateOnly.TryParseExact(values.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => Changed?.Invoke();

    public void Dispose() => _navigation.LocationChanged -= OnLocationChanged;
}
