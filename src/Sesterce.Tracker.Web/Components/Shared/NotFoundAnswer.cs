namespace Sesterce.Tracker.Web.Components.Shared;

/// <summary>
/// What a read page says when its campus or record is unknown: which one, and the way back. The
/// prerender hands it to the app's not-found page through the request, because setting the 404
/// status makes the status-code pages re-execute the request as <c>/not-found</c>, which would
/// otherwise know only that something was not found.
/// </summary>
public sealed record NotFoundAnswer(string Title, string Text, string BackHref, string BackLabel, string TestId)
{
    private static readonly object Key = new();

    public static void Store(HttpContext context, NotFoundAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[Key] = answer;
    }

    /// <summary>The answer the page stored for this request, if any.</summary>
    public static NotFoundAnswer? From(HttpContext? context) => context?.Items.TryGetValue(Key, out var answer) == true ? answer as NotFoundAnswer : null;
}
