using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Timeline;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Timeline;

/// <summary>The timeline after the events of <see cref="ClaimScenario"/>: what the axis can place, and what it lists beside it.</summary>
public class TimelineClaimTests : ScenarioComponentTest
{
    private IRenderedComponent<TimelinePage> RenderAt(string query = "")
    {
        NavigateTo($"/campuses/alixan/timeline{query}");
        var cut = Render<TimelinePage>(p => p.Add(c => c.Slug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=timeline-marker]")));
        return cut;
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<TimelinePage> cut, string title) =>
        cut.FindAll("[data-testid=milestone-table] tbody tr").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));

    [Fact]
    public async Task AMilestoneWithoutADateIsInTheUndatedLaneAndLinksToItsPage()
    {
        var id = await IdOfAsync(ClaimScenario.GridTitle);

        var cut = RenderAt();

        Assert.Equal(5, cut.FindAll("[data-testid=timeline-marker]").Count);
        Assert.DoesNotContain(cut.FindAll("[data-testid=timeline-marker]"), m => m.GetAttribute("data-milestone") == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var undated = Assert.Single(cut.FindAll("[data-testid=undated-milestone]"));
        Assert.Equal($"/campuses/alixan/milestones/{id}", undated.GetAttribute("href"));
        Assert.Contains(ClaimScenario.GridTitle, undated.TextContent, StringComparison.Ordinal);
        Assert.Contains("Press report, reported on 15 Sep 2026", cut.Find("[data-testid=undated-lane]").TextContent, StringComparison.Ordinal);
        Assert.Equal("date to be announced", Row(cut, ClaimScenario.GridTitle).QuerySelector("[data-testid=current-target]")!.TextContent.Trim());
    }

    [Fact]
    public void TheUndatedLaneKeepsTheAsOfDayInItsLinks()
    {
        var cut = RenderAt("?asOf=2026-10-01");

        Assert.EndsWith("?asOf=2026-10-01", cut.Find("[data-testid=undated-milestone]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheInternalEstimateIsAHollowMarkBesideTheOfficialDateAndANoteInTheTable()
    {
        var cut = RenderAt();

        var challenger = Assert.Single(cut.FindAll("[data-testid=challenger-marker]"));
        Assert.Equal("Internal estimate (1 Oct 2026): Q1 2027", challenger.TextContent.Trim());
        var row = Row(cut, ClaimScenario.PhaseOneTitle);
        var current = row.QuerySelector("[data-testid=current-target]")!;
        Assert.StartsWith("Dec 2026", current.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["Official announcement", "Internal estimate (1 Oct 2026): Q1 2027"], current.QuerySelectorAll(".cell-caption").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void AReachedMilestoneHasNoCurrentTargetButItsReachedDateAndWhenItWasReported()
    {
        var cut = RenderAt();

        var row = Row(cut, ClaimScenario.PermitTitle);
        Assert.Equal("—", row.QuerySelector("[data-testid=current-target]")!.TextContent.Trim());
        var reached = row.QuerySelectorAll("td")[2];
        Assert.StartsWith("12 May 2026", reached.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("reported on 20 May 2026", reached.QuerySelector(".cell-caption")!.TextContent.Trim());
    }

    [Fact]
    public void ThePhaseBarOfFullCapacityEndsWithItsMovedCommissioningMilestone()
    {
        var cut = RenderAt();

        Assert.Contains("H1 2028 · 80 MW", cut.FindAll(".bar-label").Select(l => l.TextContent), StringComparer.Ordinal);
        Assert.Contains("H1 2028 · +1 half-year", cut.FindAll(".marker-label").Select(l => l.TextContent), StringComparer.Ordinal);
    }

    [Fact]
    public async Task APhaseWithAPlanClaimIsABarAndAPhaseWithoutAnEndIsListed()
    {
        var campus = Services.GetRequiredService<CampusAdminService>();
        var source = await FirstSourceIdAsync();
        var plan = new PhasePlanInput("2029", 120, new ClaimInput("2026-11-02", ClaimStatus.PressReport, [new CitationInput(source, null)], null, RecallsEarlierAnnouncement: false));
        Assert.True((await campus.CreatePhaseAsync("alixan", new PhaseInput("Extension", 3, "2026-11-02"), plan)).Succeeded);
        Assert.True((await campus.CreatePhaseAsync("alixan", new PhaseInput("Second building", 4, "2026-11-03"), null)).Succeeded);

        var cut = RenderAt();

        Assert.Contains("2029 · 120 MW", cut.FindAll(".bar-label").Select(l => l.TextContent), StringComparer.Ordinal);
        Assert.Contains("Second building", cut.Find("[data-testid=undated-phases]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Extension", cut.Find("[data-testid=undated-phases]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTrendLineOfPhaseOneIgnoresTheEstimateThatDoesNotReplaceTheOfficialDate()
    {
        var cut = RenderAt();

        var phaseOnePoints = cut.FindAll("svg[data-layout=wide] [data-testid=trend-point]").Where(p => p.GetAttribute("aria-label")!.StartsWith(ClaimScenario.PhaseOneTitle, StringComparison.Ordinal)).ToList();
        Assert.Equal(["Phase 1 commissioning: reported 17 Nov 2025, target Dec 2026"], phaseOnePoints.Select(p => p.GetAttribute("aria-label")));
    }

    [Fact]
    public void ThePageAndTheFrenchPageWriteHalfYearsTheirOwnWay()
    {
        UseCulture("fr");

        var cut = RenderAt();

        Assert.Contains("S1 2028 · 80 MW", cut.FindAll(".bar-label").Select(l => l.TextContent.Squash()), StringComparer.Ordinal);
        Assert.Contains("S1 2028 · +1 semestre", cut.FindAll(".marker-label").Select(l => l.TextContent.Squash()), StringComparer.Ordinal);
    }
}
