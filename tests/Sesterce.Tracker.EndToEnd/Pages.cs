namespace Sesterce.Tracker.EndToEnd;

/// <summary>Small waits and reads shared by the journeys.</summary>
public static class Pages
{
    /// <summary>
    /// Opens the address and waits until the circuit runs: clicks on the prerendered HTML before
    /// that would do nothing.
    /// </summary>
    public static async Task OpenAsync(this IPage page, string address)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(address);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Opens one of the app's pages and waits until it has finished loading its data.</summary>
    public static async Task ShowAsync(this IPage page, TrackerPage target)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
        await page.GotoAsync(target.Address);
        if (target.Interactive)
        {
            await page.WaitForInteractiveAsync();
        }

        // Loading bars and skeletons go once the page's data is in.
        await page.Locator(".mud-progress-linear, .mud-skeleton, [data-testid$=-loading]").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        // Not "network idle": a busy machine can keep the circuit's transport chatty past any timeout.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
    }

    public static Task WaitForInteractiveAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("[data-interactive=true]").WaitForAsync();
    }

    /// <summary>The repository's artifacts folder (git-ignored), where the run leaves its screenshots.</summary>
    public static string ArtifactsFolder(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Sesterce.Tracker.sln")))
        {
            folder = folder.Parent;
        }

        var path = Path.Combine(folder?.FullName ?? Path.GetTempPath(), "artifacts", name);
        Directory.CreateDirectory(path);
        return path;
    }
}
