using Sesterce.Tracker.Web.Components.Layout;

namespace Sesterce.Tracker.Web.Tests.Components.Layout;

/// <summary>The as-of control offers the campus's announcement days as quick picks, as the caller may see them.</summary>
public class AsOfControlTests : SeededComponentTest
{
    private (IRenderedComponent<MudBlazor.MudPopoverProvider> Popovers, IRenderedComponent<AsOfControl> Control) RenderOn(string uri)
    {
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        NavigateTo(uri);
        return (popovers, Render<AsOfControl>());
    }

    [Fact]
    public void TheAnnouncementDaysOfTheCampusAreOnePickAway()
    {
        var (popovers, cut) = RenderOn("/campuses/alixan/timeline");

        cut.WaitForAssertion(() => cut.Find("[data-testid=as-of-quick-picks]").Click());

        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll("[data-testid=as-of-quick-pick]")));
        var picks = popovers.FindAll("[data-testid=as-of-quick-pick]");
        Assert.Equal(
            ["17 Nov 2025 — Sesterce double la mise", "28 Feb 2025 — Sesterce double la mise"],
            picks.Select(p => p.TextContent.Trim()));
        // A pick keeps the page and changes only the day.
        var last = picks[^1];
        var href = last.GetAttribute("href") ?? last.QuerySelector("a")?.GetAttribute("href") ?? last.Closest("a")?.GetAttribute("href");
        Assert.EndsWith("/campuses/alixan/timeline?asOf=2025-02-28", href, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownCampusOffersNoPicks()
    {
        var (_, cut) = RenderOn("/campuses/atlantis");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=as-of-control] input")));
        Assert.Empty(cut.FindAll("[data-testid=as-of-quick-picks]"));
    }

    [Fact]
    public void TheLabelSaysWhatTheFieldHoldsWithoutRepeatingThePagesAsKnownOn()
    {
        var (_, cut) = RenderOn("/campuses/alixan");

        Assert.Contains("Date shown", cut.Find("[data-testid=as-of-control] label").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("As known on", cut.Markup, StringComparison.Ordinal);
    }
}
