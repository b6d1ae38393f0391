using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Web.Components.Shared;
using Sesterce.Tracker.Web.Navigation;
using static Sesterce.Tracker.Web.Tests.ClaimFixtures;

namespace Sesterce.Tracker.Web.Tests.Components.Shared;

public class ClaimSourcesTests : TrackerComponentTest
{
    private static readonly IReadOnlyList<CitationView> TwoSources =
        [new(Article, "La puissance du site, initialement prévue à 40 MW"), new(Newspaper with { PublishedOn = PartialDate.InMonth(2025, 12) }, "un site de 40 MW")];

    private IRenderedComponent<ClaimSources> RenderSources(IReadOnlyList<CitationView> sources, AsOf asOf) =>
        Render<ClaimSources>(p => p.AddCascadingValue(asOf).Add(c => c.Sources, sources));

    [Fact]
    public void SeveralSourcesAreCountedAndEachKeepsItsOwnWords()
    {
        var cut = RenderSources(TwoSources, AsOf.Today);

        Assert.Equal("2 sources", cut.Find("[data-testid=source-count]").TextContent.Trim());
        Assert.Equal(["Sesterce double la mise", "Le supercalculateur d'Alixan"], cut.FindAll("cite").Select(c => c.TextContent.Trim()));
        Assert.Contains("initialement prévue à 40 MW", cut.FindAll("blockquote")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Le Dauphiné libéré, Dec 2025", cut.FindAll("figcaption")[1].TextContent.Squash(), StringComparison.Ordinal);
    }

    [Fact]
    public void OneSourceIsNotCounted()
    {
        var cut = RenderSources(Cite(Article, "passe ainsi à 80 MW"), AsOf.Today);

        Assert.Empty(cut.FindAll("[data-testid=source-count]"));
        Assert.Single(cut.FindAll("figure"));
    }

    [Fact]
    public void NoSourceSaysSoRatherThanShowingNothing()
    {
        var cut = RenderSources([], AsOf.Today);

        Assert.Contains("No source", cut.Markup, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("2025-06-01", "published later, on 24 Nov 2025", "published later, on Dec 2025")]
    [InlineData("2025-11-30", null, "published later, on Dec 2025")]
    [InlineData("2025-12-01", null, null)]
    public void APastViewLabelsEachSourcePublishedAfterItsDay(string day, string? first, string? second)
    {
        var cut = RenderSources(TwoSources, AsOf.On(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

        var labels = cut.FindAll("figure").Select(f => f.QuerySelector("[data-testid=published-later]")?.TextContent.Trim()).ToList();
        Assert.Equal([first, second], labels);
    }

    [Fact]
    public void TodaysViewLabelsNothing()
    {
        var cut = RenderSources(TwoSources, AsOf.Today);

        Assert.Empty(cut.FindAll("[data-testid=published-later]"));
    }

    [Fact]
    public void ALaterPublicationDateIsSaidOnceInItsLabel()
    {
        var cut = RenderSources(Cite(Article, "passe ainsi à 80 MW"), AsOf.On(new DateOnly(2025, 6, 1)));

        var caption = cut.Find("figcaption").TextContent.Squash();
        Assert.Equal("Sesterce double la mise (FR) published later, on 24 Nov 2025", caption);
    }
}
