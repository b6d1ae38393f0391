using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Web.Features.Dashboard;
using Sesterce.Tracker.Web.Features.Executive;
using Sesterce.Tracker.Web.Features.Milestones;
using Sesterce.Tracker.Web.Features.Risks;
using Sesterce.Tracker.Web.Features.Timeline;
using Sesterce.Tracker.Web.Tests.Components;
using static Sesterce.Tracker.Core.Domain.RiskLevel;
using static Sesterce.Tracker.Core.Domain.RiskState;
using static Sesterce.Tracker.Web.Tests.RiskFixtures;

namespace Sesterce.Tracker.Web.Tests.Features.Risks;

/// <summary>The register where people look, against the real services on the seeded store with risks put straight in it.</summary>
public class RiskPagesTests : SeededComponentTest
{
    private static readonly PartialDate March10 = PartialDate.OnDay(2026, 3, 10);

    private int _appeal;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _appeal = await AddRiskAsync(
            Services,
            "Permit appeal",
            [Claim(Open, Medium, High, March10, "Neighbours filed an appeal", "un recours a été déposé"), Claim(Materialised, High, High, PartialDate.OnDay(2026, 6, 1), "The court suspended the permit")],
            RiskCategory.Legal,
            milestones: ["Phase 1 commissioning"],
            owner: "Legal team");
        await AddRiskAsync(Services, "Transformer lead time", [Claim(Mitigating, Medium, Medium, March10)], RiskCategory.SupplyChain, phases: ["Full 80 MW"]);
        await AddRiskAsync(Services, "Local opposition", [Claim(Open, Low, Medium, March10)], RiskCategory.Community);
        await AddRiskAsync(Services, "Bridge loan", [Claim(Closed, High, High, March10)], RiskCategory.Financing);
    }

    private IRenderedComponent<RisksPage> RenderRisks(string? query = null)
    {
        NavigateTo($"/campuses/alixan/risks{query}");
        return Render<RisksPage>(p => p.Add(c => c.Slug, "alixan"));
    }

    private static IReadOnlyList<string> Titles(IRenderedComponent<RisksPage> cut) =>
        [.. cut.FindAll("[data-testid=risk-entry] h2").Select(h => h.TextContent.Trim())];

    [Fact]
    public void AMaterialisedRiskReadsAsAnIssueNeverAsAnAchievement()
    {
        var cut = RenderRisks();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=risk-entry]").Count));
        var appeal = cut.Find($"[data-risk='{_appeal}']");
        var chip = appeal.QuerySelector("[data-testid=risk-state]")!;
        Assert.Equal("Materialised", chip.GetAttribute("data-state"));
        Assert.Contains("mud-chip-color-error", chip.ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain(cut.FindAll("[data-testid=risk-state]"), c => c.ClassName!.Contains("success", StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".mud-success-text, .mud-chip-color-success"));
        Assert.Contains("high × high", appeal.QuerySelector("[data-testid=risk-levels]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Legal team", appeal.QuerySelector("[data-testid=risk-owner]")!.TextContent.Trim());
        Assert.StartsWith("/campuses/alixan/milestones/", appeal.QuerySelector("[data-testid=threat-link]")!.GetAttribute("href"), StringComparison.Ordinal);
        var history = appeal.QuerySelectorAll("[data-testid=risk-assessment]");
        Assert.Equal(["Materialised", "Open"], history.Select(r => r.GetAttribute("data-state")));
        Assert.Contains("The court suspended the permit", history[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("un recours a été déposé", history[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRegisterIsMostSevereFirstAndClosedLast()
    {
        var cut = RenderRisks();

        cut.WaitForAssertion(() => Assert.Equal(["Permit appeal", "Transformer lead time", "Local opposition", "Bridge loan"], Titles(cut)));
    }

    [Fact]
    public void TheFiltersNarrowTheRegisterAndClearTogether()
    {
        var cut = RenderRisks();
        cut.WaitForAssertion(() => Assert.Equal(4, Titles(cut).Count));

        cut.Find("[aria-label=State] [data-filter-value=Materialised]").Click();
        cut.WaitForAssertion(() => Assert.Equal(["Permit appeal"], Titles(cut)));

        cut.Find("[aria-label=State] [data-filter-value=Materialised]").Click();
        cut.Find("[aria-label=Category] [data-filter-value=Community]").Click();
        cut.WaitForAssertion(() => Assert.Equal(["Local opposition"], Titles(cut)));

        cut.Find("[aria-label=Severity] [data-filter-value=High]").Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=filter-empty]")));
        cut.Find("[data-testid=filter-empty] button").Click();
        cut.WaitForAssertion(() => Assert.Equal(4, Titles(cut).Count));

        cut.Find("[aria-label=Threatens] [data-filter-value^=p]").Click();
        cut.WaitForAssertion(() => Assert.Equal(["Transformer lead time"], Titles(cut)));
    }

    [Fact]
    public void AsOfBeforeAChangeShowsTheStateThen()
    {
        var cut = RenderRisks("?asOf=2026-04-01");

        cut.WaitForAssertion(() => Assert.Equal("Open", cut.Find($"[data-risk='{_appeal}'] [data-testid=risk-state]").GetAttribute("data-state")));
        Assert.Single(cut.FindAll($"[data-risk='{_appeal}'] [data-testid=risk-assessment]"));
        Assert.Contains("?asOf=2026-04-01", cut.Find("[data-testid=threat-link]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeAnyRiskIsKnownThePageSaysSo()
    {
        var cut = RenderRisks("?asOf=2026-01-01");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=no-risks]")));
    }

    [Fact]
    public void TheDashboardListsTheOpenRisksMostSevereFirstAndLinksToTheRegister()
    {
        NavigateTo("/campuses/alixan");
        var cut = Render<DashboardPage>(p => p.Add(c => c.Slug, "alixan"));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=open-risks] [data-testid=risk-digest-item]").Count));
        Assert.Equal(["9", "4", "2"], cut.FindAll("[data-testid=open-risks] [data-testid=risk-severity]").Select(s => s.GetAttribute("data-severity")));
        Assert.DoesNotContain("Bridge loan", cut.Find("[data-testid=open-risks]").TextContent, StringComparison.Ordinal);
        Assert.Equal("/campuses/alixan/risks", cut.Find("[data-testid=open-register]").GetAttribute("href"));
        Assert.Equal($"/campuses/alixan/risks?risk={_appeal}#risk-{_appeal}", cut.Find("[data-testid=open-risks] a.risk-digest-title").GetAttribute("href"));
    }

    [Fact]
    public async Task AMilestonePageListsTheRisksOnItsMilestoneAndPhase()
    {
        var id = await QueryAsync(db => Task.FromResult(db.Milestones.Single(m => m.Title == "Phase 1 commissioning").Id));
        NavigateTo($"/campuses/alixan/milestones/{id}");
        var cut = Render<MilestonePage>(p => p.Add(c => c.Slug, "alixan").Add(c => c.Id, id));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=milestone-risks] [data-testid=risk-digest-item]")));
        Assert.Contains("Permit appeal", cut.Find("[data-testid=milestone-risks]").TextContent, StringComparison.Ordinal);
        Assert.NotEqual("Achieved", cut.Find("[data-testid=milestone-state]").TextContent.Trim());
    }

    [Fact]
    public async Task TheExecutivePageShowsTheTopRisksCompactly()
    {
        for (var i = 0; i < 4; i++)
        {
            await AddRiskAsync(Services, $"Minor {i}", [Claim(Open, Low, Low, March10)], RiskCategory.Other);
        }

        NavigateTo("/campuses/alixan/executive");
        var cut = Render<ExecutivePage>(p => p.Add(c => c.Slug, "alixan"));

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=top-risks] [data-testid=risk-digest-item]").Count));
        Assert.Equal("Permit appeal", cut.Find("[data-testid=top-risks] .risk-digest-title").TextContent.Trim());
        Assert.Contains("2 more", cut.Find("[data-testid=more-risks]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=top-risk-list].compact"));
    }

    [Fact]
    public void TheTimelineMarksEachAssessmentWithAWarningTriangleOnTheThreatenedLanesNeverAsReached()
    {
        NavigateTo("/campuses/alixan/timeline");
        var cut = Render<TimelinePage>(p => p.Add(c => c.Slug, "alixan"));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=risk-marker]").Count));
        var appeal = cut.FindAll($"[data-testid=risk-marker][data-risk='{_appeal}']");
        Assert.Equal(["Open", "Materialised"], appeal.Select(m => m.GetAttribute("data-state")));
        Assert.Contains("materialised", appeal[1].ClassName, StringComparison.Ordinal);
        Assert.All(cut.FindAll("[data-testid=risk-marker]"), m =>
        {
            Assert.DoesNotContain("achieved", m.ClassName, StringComparison.Ordinal);
            Assert.Empty(m.QuerySelectorAll("circle"));
            Assert.StartsWith("Risk “", m.GetAttribute("aria-label"), StringComparison.Ordinal);
        });
        Assert.Equal($"/campuses/alixan/risks?risk={_appeal}#risk-{_appeal}", appeal[0].GetAttribute("href"));
        Assert.NotNull(cut.Find("[data-testid=risk-legend]"));
    }
}
