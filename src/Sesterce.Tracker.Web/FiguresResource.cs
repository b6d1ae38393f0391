namespace Sesterce.Tracker.Web;

/// <summary>Marker for the strings of the figure pages and the executive view in Resources/FiguresResource(.fr).resx.</summary>
public sealed class FiguresResource;
