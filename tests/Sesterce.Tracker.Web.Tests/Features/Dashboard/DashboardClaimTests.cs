using AngleSharp.Dom;
using Sesterce.Tracker.Web.Features.Dashboard;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Dashboard;

/// <summary>The dashboard after the events of <see cref="ClaimScenario"/>: what a project manager reads first.</summary>
public class DashboardClaimTests : ScenarioComponentTest
{
    private IRenderedComponent<DashboardPage> RenderAt(string query = "")
    {
        NavigateTo($"/campuses/alixan{query}");
        var cut = Render<DashboardPage>(p => p.Add(c => c.Slug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".figure-card")));
        return cut;
    }

    private static IElement Item(IRenderedComponent<DashboardPage> cut, string list, string title) =>
        cut.FindAll($"[data-testid={list}] li").Single(li => li.TextContent.Contains(title, StringComparison.Ordinal));

    [Fact]
    public void AnInternalEstimateIsShownBesideTheOfficialDateNotInsteadOfIt()
    {
        var cut = RenderAt();

        var phase1 = Item(cut, "next-milestones", ClaimScenario.PhaseOneTitle);
        Assert.Equal("Dec 2026", phase1.QuerySelector(".date")!.TextContent.Trim());
        Assert.Equal("Official announcement", phase1.QuerySelector("[data-testid=headline-date]")!.TextContent.Trim());
        Assert.Equal("· Internal estimate (1 Oct 2026): Q1 2027", phase1.QuerySelector("[data-testid=date-challenger]")!.TextContent.Trim());
        Assert.Equal("next month", phase1.QuerySelector("[data-testid=countdown]")!.TextContent.Trim());
    }

    [Fact]
    public void AMovedTargetShowsItsBaselineAndTheSlipAtTheCoarserPrecision()
    {
        var cut = RenderAt();

        var full = Item(cut, "next-milestones", ClaimScenario.FullTitle);
        Assert.Equal("H1 2028", full.QuerySelector(".date")!.TextContent.Trim());
        Assert.Equal("· baseline Dec 2027 → H1 2028 (+1 half-year)", full.QuerySelector("[data-testid=slip]")!.TextContent.Trim());
        Assert.Equal("in 3 half-years", full.QuerySelector("[data-testid=countdown]")!.TextContent.Trim());
    }

    [Fact]
    public async Task AMilestoneWithoutADateIsListedAsToBeAnnouncedWithItsSource()
    {
        var id = await IdOfAsync(ClaimScenario.GridTitle);
        var cut = RenderAt();

        var grid = Item(cut, "undated-milestones", ClaimScenario.GridTitle);
        Assert.Contains("date to be announced", grid.QuerySelector("[data-testid=date-tba]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Press report, reported on 15 Sep 2026", grid.TextContent, StringComparison.Ordinal);
        Assert.Contains(ClaimScenario.GridQuote, grid.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith($"/milestones/{id}", grid.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.DoesNotContain(ClaimScenario.GridTitle, cut.Find("[data-testid=next-milestones]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AReachedMilestoneShowsItsDateBothSourcesWithTheirWordsAndWhenItWasReported()
    {
        var cut = RenderAt();

        var permit = Item(cut, "reached-milestones", ClaimScenario.PermitTitle);
        Assert.Equal("12 May 2026", permit.QuerySelector(".date")!.TextContent.Trim());
        Assert.Equal("· reported on 20 May 2026", permit.QuerySelector("[data-testid=reached-reported]")!.TextContent.Trim());
        Assert.Equal("2 sources", permit.QuerySelector("[data-testid=source-count]")!.TextContent.Trim());
        var quotes = permit.QuerySelectorAll("blockquote").Select(q => q.TextContent).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Contains(ClaimScenario.PermitQuote, quotes[0], StringComparison.Ordinal);
        Assert.Contains(ClaimScenario.PermitReleaseQuote, quotes[1], StringComparison.Ordinal);
        Assert.Equal(["fr", "en"], permit.QuerySelectorAll("blockquote").Select(q => q.GetAttribute("lang")));
    }

    [Fact]
    public void AReachedMilestoneIsNotShownBeforeItWasReported()
    {
        var before = RenderAt("?asOf=2026-05-19");
        Assert.DoesNotContain(ClaimScenario.PermitTitle, before.Find("[data-testid=reached-milestones]").TextContent, StringComparison.Ordinal);

        var after = RenderAt("?asOf=2026-05-20");
        Assert.Contains(ClaimScenario.PermitTitle, after.Find("[data-testid=reached-milestones]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePowerCardNamesBothArticlesThatConfirmEightyMegawatts()
    {
        var cut = RenderAt();

        var power = cut.Find(".figure-card[data-figure=power]");
        Assert.Equal("2 sources", power.QuerySelector("[data-testid=source-count]")!.TextContent.Trim());
        var cited = power.QuerySelectorAll("cite").Select(c => c.TextContent).ToList();
        Assert.Equal([ClaimScenario.NewspaperTitle, ClaimScenario.PressReleaseTitle], cited);
    }

    [Fact]
    public void AFrenchReaderSeesHalfYearsAsSemesters()
    {
        UseCulture("fr");

        var cut = RenderAt();

        var full = Item(cut, "next-milestones", ClaimScenario.FullTitleFr);
        Assert.Equal("S1 2028", full.QuerySelector(".date")!.TextContent.Trim());
        Assert.Equal("dans 3 semestres", full.QuerySelector("[data-testid=countdown]")!.TextContent.Trim());
        Assert.Contains("(+1 semestre)", full.QuerySelector("[data-testid=slip]")!.TextContent, StringComparison.Ordinal);
    }
}
