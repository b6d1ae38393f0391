using Sesterce.Tracker.Web.Features.Executive;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Executive;

/// <summary>The executive view after the events of <see cref="ClaimScenario"/>: one sheet, every date with its standing and its source.</summary>
public class ExecutiveClaimTests : ScenarioComponentTest
{
    private IRenderedComponent<ExecutivePage> RenderAt(string query = "")
    {
        NavigateTo($"/campuses/alixan/executive{query}");
        var cut = Render<ExecutivePage>(p => p.Add(c => c.Slug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=next-milestones]")));
        return cut;
    }

    private static AngleSharp.Dom.IElement Item(IRenderedComponent<ExecutivePage> cut, string list, string text) =>
        cut.FindAll($"[data-testid={list}] li").Single(li => li.TextContent.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void TheNextMilestonesGiveTheOfficialDateTheEstimateBesideItAndTheSlip()
    {
        var cut = RenderAt();

        var phase1 = Item(cut, "next-milestones", ClaimScenario.PhaseOneTitle);
        Assert.Equal("Dec 2026", phase1.QuerySelector("strong")!.TextContent.Trim());
        Assert.Equal("· Internal estimate (1 Oct 2026): Q1 2027", phase1.QuerySelector("[data-testid=date-challenger]")!.TextContent.Trim());
        var full = Item(cut, "next-milestones", ClaimScenario.FullTitle);
        Assert.Equal("H1 2028", full.QuerySelector("strong")!.TextContent.Trim());
        Assert.Equal("· baseline Dec 2027 → H1 2028 (+1 half-year)", full.QuerySelector("[data-testid=slip]")!.TextContent.Trim());
    }

    [Fact]
    public void AMilestoneWithoutADateIsListedApart()
    {
        var cut = RenderAt();

        var grid = Item(cut, "undated-milestones", ClaimScenario.GridTitle);
        Assert.Contains("date to be announced", grid.TextContent, StringComparison.Ordinal);
        Assert.Contains("Press report, reported on 15 Sep 2026", grid.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(ClaimScenario.GridTitle, cut.Find("[data-testid=next-milestones]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void PhasesTakeTheirCapacityFromThePlanClaimAndTheirEndFromTheirMilestone()
    {
        var cut = RenderAt();

        var full = Item(cut, "phases", "Full 80 MW:").TextContent.Squash();
        Assert.Contains("Full 80 MW: 80 MW · by H1 2028 (the date of “Full 80 MW in operation”)", full, StringComparison.Ordinal);
        Assert.Contains("Official announcement, reported on 17 Nov 2025", full, StringComparison.Ordinal);
        var phase1 = Item(cut, "phases", "Phase 1:").TextContent.Squash();
        Assert.Contains("Phase 1: capacity not stated · by Dec 2026", phase1, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySourceBehindAShownDateIsListedTheEstimatesToo()
    {
        var cut = RenderAt();

        var sources = cut.Find("[data-testid=sources]").TextContent.Squash();
        Assert.Contains($"{ClaimScenario.SteeringTitle}, 1 Oct 2026 (EN) — backs Phase 1 commissioning", sources, StringComparison.Ordinal);
        Assert.Contains(ClaimScenario.GridTitle, sources, StringComparison.Ordinal);
        Assert.Contains(ClaimScenario.FinancingTitle, sources, StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeTheEstimateAndTheGridClaimThePageKnowsNeither()
    {
        var cut = RenderAt("?asOf=2026-09-01");

        Assert.Empty(cut.FindAll("[data-testid=date-challenger]"));
        Assert.Empty(cut.FindAll("[data-testid=undated-milestones]"));
        Assert.DoesNotContain(ClaimScenario.SteeringTitle, cut.Find("[data-testid=sources]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFrenchSheetWritesHalfYearsAsSemesters()
    {
        UseCulture("fr");

        var cut = RenderAt();

        var full = Item(cut, "next-milestones", ClaimScenario.FullTitleFr);
        Assert.Equal("S1 2028", full.QuerySelector("strong")!.TextContent.Trim());
        Assert.Contains("80 MW au complet : 80 MW · pour S1 2028", Item(cut, "phases", "80 MW au complet").TextContent.Squash(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOpenDateDisagreementIsListedUnderTheFiguresAndItsSourceIsCited()
    {
        var cut = RenderAt();

        var line = cut.Find("[data-testid=open-conflicts] [data-testid=open-conflict]").TextContent.Squash();
        Assert.Contains("Phase 1 commissioning: Internal estimate Q1 2027 (1 Oct 2026) disagrees with the headline Official announcement Dec 2026 (17 Nov 2025)", line, StringComparison.Ordinal);
        Assert.Contains(ClaimScenario.SteeringTitle, cut.Find("[data-testid=sources]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ADayBeforeTheDisagreementShowsNone()
    {
        var cut = RenderAt("?asOf=2026-09-30");

        Assert.Empty(cut.FindAll("[data-testid=open-conflicts]"));
        Assert.NotNull(cut.Find("[data-testid=no-open-conflicts]"));
    }
}
