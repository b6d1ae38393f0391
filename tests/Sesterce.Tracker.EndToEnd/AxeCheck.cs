using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>Runs axe-core on the page as shown and fails on anything serious or critical.</summary>
public static class AxeCheck
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(this IPage page, string what)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"{what}:\n{Describe(blocking)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(
        "\n",
        violations.Select(v => $"[{v.Impact}] {v.Id}: {v.Help}\n" + string.Join(
            "\n",
            v.Nodes.Take(6).Select(n => $"    {n.Target}  {Shorten(n.Html)}"))));

    private static string Shorten(string? text) => text is null ? "" : text.Length > 220 ? text[..220] + "…" : text.ReplaceLineEndings(" ");
}
