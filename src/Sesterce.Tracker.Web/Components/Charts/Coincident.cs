namespace Sesterce.Tracker.Web.Components.Charts;

/// <summary>
/// Marks that would be drawn on top of each other (same day, same value) become one mark with a
/// count, so no report hides another; the group keeps every item for the tooltip and text alternative.
/// </summary>
public static class Coincident
{
    public static IReadOnlyList<MarkGroup<T>> Group<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull =>
        [.. items.GroupBy(key).Select(g => new MarkGroup<T>([.. g]))];
}

/// <summary>One drawn mark standing for one or more coincident items, in their original order.</summary>
public sealed record MarkGroup<T>(IReadOnlyList<T> Items)
{
    public T First => Items[0];

    public int Count => Items.Count;

    public bool IsMerged => Items.Count > 1;
}
