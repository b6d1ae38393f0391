namespace Sesterce.Tracker.Web.Features.Figures;

/// <summary>
/// Links between the pages and to the downloads. Each carries the as-of date when one is set, so
/// following a link never silently jumps back to today.
/// </summary>
public static class TrackerLinks
{
    public static string Dashboard(string slug, DateOnly? asOf) => WithAsOf($"/campuses/{Uri.EscapeDataString(slug)}", asOf);

    public static string Figure(string slug, string key, DateOnly? asOf) =>
        WithAsOf($"/campuses/{Uri.EscapeDataString(slug)}/figures/{Uri.EscapeDataString(key)}", asOf);

    public static string Executive(string slug, DateOnly? asOf) => WithAsOf($"/campuses/{Uri.EscapeDataString(slug)}/executive", asOf);

    /// <summary>The ledger download; <paramref name="extension"/> is "csv" or "xlsx".</summary>
    public static string LedgerExport(string slug, string key, string extension, DateOnly? asOf) =>
        WithAsOf($"/api/campuses/{Uri.EscapeDataString(slug)}/figures/{Uri.EscapeDataString(key)}/revisions.{extension}", asOf);

    public static string MilestonesExport(string slug, string extension, DateOnly? asOf) =>
        WithAsOf($"/api/campuses/{Uri.EscapeDataString(slug)}/milestones.{extension}", asOf);

    private static string WithAsOf(string path, DateOnly? asOf) =>
        asOf is { } day ? $"{path}?asOf={day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}" : path;
}
