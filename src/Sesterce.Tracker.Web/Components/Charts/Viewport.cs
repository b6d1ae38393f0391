using Microsoft.JSInterop;

namespace Sesterce.Tracker.Web.Components.Charts;

/// <summary>Asks the browser how wide the screen is, so a chart can draw its phone layout.</summary>
public static class Viewport
{
    /// <summary>Below this width (CSS pixels) charts draw their compact layout, as the tables stack.</summary>
    public const int NarrowBelow = 600;

    /// <summary>
    /// True on a phone. Without a browser (a test, a lost circuit) the answer is false: the wide
    /// layout is the one that also prints and prerenders.
    /// </summary>
    public static async Task<bool> IsNarrowAsync(IJSRuntime js)
    {
        try
        {
            var width = await js.InvokeAsync<int>("tracker.viewportWidth");
            return width is > 0 and < NarrowBelow;
        }
        catch (JSDisconnectedException)
        {
            return false;
        }
        catch (JSException)
        {
            return false;
        }
    }
}
