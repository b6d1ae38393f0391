namespace Sesterce.Tracker.Web;

/// <summary>Marker for the strings of the risk register's pages and panels in Resources/RisksResource(.fr).resx.</summary>
public sealed class RisksResource;
