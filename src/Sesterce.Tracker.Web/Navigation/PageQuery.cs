using System.Globalization;

namespace Sesterce.Tracker.Web.Navigation;

/// <summary>
/// The page number of a long list as the address carries it (<c>?page=3</c>), so a page of a
/// ledger or a timeline is linkable and survives a change of as-of day. Read leniently: anything
/// that is not a positive number is the first page, never an error page.
/// </summary>
public static class PageQuery
{
    public const string Name = "page";

    /// <summary>The portfolio's page of campuses, beside the page of rows.</summary>
    public const string CampusesName = "campuses";

    /// <summary>The risk a link to the register points at: the register opens on its page.</summary>
    public const string RiskName = "risk";

    /// <summary>The figure page's page of conflicts, beside the ledger's page of rows.</summary>
    public const string ConflictsName = "conflicts";

    public static int? Parse(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : null;

    /// <summary>The value to write for a page: none for the first, so the plain address stays the first page.</summary>
    public static int? ValueOf(int page) => page <= 1 ? null : page;
}
