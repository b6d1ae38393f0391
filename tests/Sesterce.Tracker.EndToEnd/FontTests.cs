namespace Sesterce.Tracker.EndToEnd;

/// <summary>The UI font comes from the app itself: no page asks another origin for anything, fonts included.</summary>
[Collection(SharedBrowser.Name)]
public sealed class FontTests(Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData("dashboard")]
    [InlineData("timeline")]
    [InlineData("executive")]
    public async Task PagesUseTheAppsOwnFontAndRequestNothingFromAnotherOrigin(string name)
    {
        var target = TrackerPage.Named(name);
        await using var context = await browser.NewContextAsync(target.Account);
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.ShowAsync(target);

        var origin = browser.App.BaseAddress.GetLeftPart(UriPartial.Authority);
        var foreign = requests.Where(url => url.StartsWith("http", StringComparison.Ordinal) && !url.StartsWith(origin, StringComparison.Ordinal)).ToList();
        Assert.Empty(foreign);
        Assert.Contains(requests, url => url.Contains("/fonts/Inter-", StringComparison.Ordinal));
        var interLoaded = await page.EvaluateAsync<bool>("() => document.fonts.check('16px Inter') && [...document.fonts].some(f => f.family.replaceAll('\"', '') === 'Inter' && f.status === 'loaded')");
        Assert.True(interLoaded, "The Inter font face did not load.");
        var bodyFont = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.mud-typography') ?? document.body).fontFamily");
        Assert.StartsWith("Inter", bodyFont.Trim('"'), StringComparison.Ordinal);
    }
}
