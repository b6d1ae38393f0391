namespace Sesterce.Tracker.Web.Navigation;

/// <summary>
/// Every address the app links to, built in one place: each path segment is escaped, and each link
/// carries the as-of day, so following a link never silently jumps back to today.
/// </summary>
public static class TrackerLinks
{
    public static string Dashboard(string slug, AsOf asOf) => asOf.AppendTo(Campus(slug));

    public static string Timeline(string slug, AsOf asOf) => asOf.AppendTo($"{Campus(slug)}/timeline");

    public static string Portfolio(AsOf asOf) => asOf.AppendTo("/timeline");

    public static string Executive(string slug, AsOf asOf) => asOf.AppendTo($"{Campus(slug)}/executive");

    public static string Risks(string slug, AsOf asOf) => asOf.AppendTo($"{Campus(slug)}/risks");

    /// <summary>
    /// One risk's entry in the register: the register opens on the page holding it (<c>?risk=</c>)
    /// at its anchor (the as-of day stays in the query, before the fragment).
    /// </summary>
    public static string Risk(string slug, int id, AsOf asOf) =>
        $"{asOf.AppendTo($"{Campus(slug)}/risks?{PageQuery.RiskName}={id.ToString(System.Globalization.CultureInfo.InvariantCulture)}")}#{RiskAnchor(id)}";

    public static string RiskAnchor(int id) => $"risk-{id}";

    public static string Figure(string slug, string key, AsOf asOf) => asOf.AppendTo($"{Campus(slug)}/figures/{Segment(key)}");

    public static string Milestone(string slug, int id, AsOf asOf) => asOf.AppendTo($"{Campus(slug)}/milestones/{id}");

    /// <summary>The ledger download; <paramref name="extension"/> is "csv" or "xlsx".</summary>
    public static string LedgerExport(string slug, string key, string extension, AsOf asOf) =>
        asOf.AppendTo($"/api{Campus(slug)}/figures/{Segment(key)}/revisions.{Segment(extension)}");

    public static string MilestonesExport(string slug, string extension, AsOf asOf) =>
        asOf.AppendTo($"/api{Campus(slug)}/milestones.{Segment(extension)}");

    public static string Calendar(string slug, AsOf asOf) => asOf.AppendTo($"/api{Campus(slug)}/milestones.ics");

    /// <summary>
    /// The token-authenticated feed a calendar app subscribes to; relative, see <c>CalendarFeedAddress</c>
    /// for the absolute https and webcal forms. The language rides along, since a calendar app sends none.
    /// </summary>
    public static string CalendarFeed(string token, string slug, string? culture = null) =>
        $"/calendar/{Segment(token)}/{Segment(slug)}.ics" + (culture is null ? "" : $"?culture={Segment(culture)}");

    /// <summary>The admin page of a campus; admin pages always show today, so no as-of day.</summary>
    public static string CampusAdmin(string slug) => $"/admin{Campus(slug)}";

    private static string Campus(string slug) => $"/campuses/{Segment(slug)}";

    private static string Segment(string value) => Uri.EscapeDataString(value);
}
