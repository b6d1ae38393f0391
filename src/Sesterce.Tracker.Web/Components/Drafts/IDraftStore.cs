namespace Sesterce.Tracker.Web.Components.Drafts;

/// <summary>Input typed into a form and not yet saved, as it was at <see cref="SavedAt"/>.</summary>
public sealed record FormDraft(DateTimeOffset SavedAt, string Json);

/// <summary>
/// Where unsaved form input waits while the connection is down. The browser's session storage in the
/// app (it survives the reload that follows a lost circuit, and dies with the tab); memory in tests.
/// </summary>
public interface IDraftStore
{
    Task<FormDraft?> ReadAsync(string key);

    Task WriteAsync(string key, FormDraft draft);

    Task RemoveAsync(string key);
}
