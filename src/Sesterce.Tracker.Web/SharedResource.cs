namespace Sesterce.Tracker.Web;

/// <summary>Marker for the UI strings in Resources/SharedResource(.fr).resx.</summary>
public sealed class SharedResource;
