namespace Sesterce.Tracker.Web;

/// <summary>Marker for the admin UI strings in Resources/AdminResource(.fr).resx.</summary>
public sealed class AdminResource;
