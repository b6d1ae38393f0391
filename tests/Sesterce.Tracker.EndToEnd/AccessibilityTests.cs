using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>axe-core on every page, light and dark: nothing serious or critical.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(Browser browser)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static TheoryData<string> PageNames => TrackerPage.Names();

    [Theory]
    [MemberData(nameof(PageNames))]
    public Task PageHasNoSeriousAccessibilityViolationsInLightMode(string name) => CheckAsync(TrackerPage.Named(name), Appearance.DesktopLight);

    [Theory]
    [MemberData(nameof(PageNames))]
    public Task PageHasNoSeriousAccessibilityViolationsInDarkMode(string name) => CheckAsync(TrackerPage.Named(name), Appearance.DesktopDark);

    [Fact]
    public Task PhoneLayoutOfTheDashboardHasNoSeriousAccessibilityViolations() => CheckAsync(TrackerPage.Named("dashboard"), Appearance.PhoneLight);

    private async Task CheckAsync(TrackerPage target, Appearance appearance)
    {
        await using var context = await browser.NewContextAsync(target.Account, appearance);
        var page = await context.NewPageAsync();
        await page.ShowAsync(target);

        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"{target.Name} ({appearance.Name}):\n{Describe(blocking)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(
        "\n",
        violations.Select(v => $"[{v.Impact}] {v.Id}: {v.Help}\n" + string.Join(
            "\n",
            v.Nodes.Take(6).Select(n => $"    {n.Target}  {Shorten(n.Html)}"))));

    private static string Shorten(string? text) => text is null ? "" : text.Length > 220 ? text[..220] + "…" : text.ReplaceLineEndings(" ");
}
