namespace Sesterce.Tracker.Core.Features;

/// <summary>
/// One page of a longer list, with what a pager needs to say "rows 51–100 of 16,000". Pages are
/// numbered from 1 as the address writes them (<c>?page=2</c>); a number past the end shows the
/// last page and one below 1 the first, so an old link never shows an empty list.
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>How many pages the list has; an empty list still has one (empty) page.</summary>
    public int PageCount => PagedList.PageCount(Total, PageSize);

    /// <summary>The 1-based position of the first row shown, or 0 when there is none.</summary>
    public int First => Items.Count == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    /// <summary>The 1-based position of the last row shown, or 0 when there is none.</summary>
    public int Last => Items.Count == 0 ? 0 : First + Items.Count - 1;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>Whether the whole list fits on one page (a pager has nothing to offer).</summary>
    public bool IsSinglePage => Total <= PageSize;
}

public static class PagedList
{
    /// <summary>The rows a list page shows: small enough that no page's HTML nears a megabyte, however large a campus is.</summary>
    public const int DefaultPageSize = 50;

    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>The page actually shown for a requested number: clamped into 1..<see cref="PageCount"/>.</summary>
    public static int Clamp(int? page, int total, int pageSize) => Math.Clamp(page ?? 1, 1, PageCount(total, pageSize));

    /// <summary>One page of a list already in memory (a view the service built whole).</summary>
    public static PagedList<T> Of<T>(IReadOnlyList<T> items, int? page, int pageSize = DefaultPageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var shown = Clamp(page, items.Count, pageSize);
        var start = (shown - 1) * pageSize;
        return new PagedList<T>([.. items.Skip(start).Take(pageSize)], shown, pageSize, items.Count);
    }
}
