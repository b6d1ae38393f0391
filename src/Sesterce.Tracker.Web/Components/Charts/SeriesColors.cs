namespace Sesterce.Tracker.Web.Components.Charts;

/// <summary>
/// A colour per record, derived from its id, so a milestone keeps its colour when others are added,
/// removed or filtered out. The colours themselves are theme variables in app.css (4.5:1 against
/// the light and dark surfaces).
/// </summary>
public static class SeriesColors
{
    public const int Count = 8;

    public static int Index(int id) => (int)((uint)id % Count);

    public static string Variable(int id) => $"var(--trend-series-{Index(id)})";
}
