using System.Security.Cryptography;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.JSInterop;

namespace Sesterce.Tracker.Web.Components.Drafts;

/// <summary>
/// Drafts in the tab's session storage, encrypted by data protection so a draft of a confidential
/// figure is not readable in the browser's developer tools. A draft that cannot be read (keys
/// rotated, storage full, the circuit gone) is no draft: losing one must never break the form.
/// </summary>
public sealed class BrowserDraftStore(ProtectedSessionStorage storage, ILogger<BrowserDraftStore> log) : IDraftStore
{
    private const string Prefix = "draft:";

    public async Task<FormDraft?> ReadAsync(string key)
    {
        try
        {
            var result = await storage.GetAsync<FormDraft>(Prefix + key);
            return result.Success ? result.Value : null;
        }
        catch (Exception e) when (e is CryptographicException or JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            log.LogDebug(e, "Draft {Key} could not be read", key);
            return null;
        }
    }

    public async Task WriteAsync(string key, FormDraft draft)
    {
        try
        {
            await storage.SetAsync(Prefix + key, draft);
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            log.LogDebug(e, "Draft {Key} could not be kept", key);
        }
    }

    public async Task RemoveAsync(string key)
    {
        try
        {
            await storage.DeleteAsync(Prefix + key);
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            log.LogDebug(e, "Draft {Key} could not be removed", key);
        }
    }
}
