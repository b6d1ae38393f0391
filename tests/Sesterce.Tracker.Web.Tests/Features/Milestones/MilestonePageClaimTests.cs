using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Milestones;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Milestones;

/// <summary>Milestone pages after the events of <see cref="ClaimScenario"/>: every date with its status, sources and history.</summary>
public class MilestonePageClaimTests : ScenarioComponentTest
{
    private async Task<IRenderedComponent<MilestonePage>> RenderAsync(string title, string query = "")
    {
        var id = await IdOfAsync(title);
        NavigateTo($"/campuses/alixan/milestones/{id}{query}");
        var cut = Render<MilestonePage>(p => p.Add(c => c.Slug, "alixan").Add(c => c.Id, id));
        cut.WaitForAssertion(() => Assert.Equal(title, cut.Find("h1").TextContent.Trim()));
        return cut;
    }

    private static string Text(IRenderedComponent<MilestonePage> cut, string testId) => cut.Find($"[data-testid={testId}]").TextContent.Trim();

    [Fact]
    public async Task AMilestoneWithoutADateHasAWorkingPageThatSaysSo()
    {
        var cut = await RenderAsync(ClaimScenario.GridTitle);

        Assert.Equal("date to be announced", Text(cut, "current-target"));
        Assert.Equal("Press report, reported on 15 Sep 2026", Text(cut, "target-status"));
        Assert.Equal("—", Text(cut, "baseline"));
        Assert.Equal("—", Text(cut, "milestone-slip"));
        Assert.Empty(cut.FindAll("[data-testid=milestone-not-found]"));
        Assert.Contains(ClaimScenario.GridQuote, Text(cut, "target-sources"), StringComparison.Ordinal);
        var row = Assert.Single(cut.FindAll("[data-testid=date-claim]"));
        Assert.Contains("Target: not known yet", row.TextContent.Squash(), StringComparison.Ordinal);
        Assert.Contains("Press report", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Milestone trend analysis", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOfficialDateStaysTheHeadlineAndTheEstimateStandsBesideItWithItsSource()
    {
        var cut = await RenderAsync(ClaimScenario.PhaseOneTitle);

        Assert.Equal("Dec 2026", Text(cut, "current-target"));
        Assert.Equal("Official announcement, reported on 17 Nov 2025", Text(cut, "target-status"));
        var challenger = cut.Find("[data-testid=challenger]").TextContent;
        Assert.Contains("Internal estimate (1 Oct 2026): Q1 2027", challenger, StringComparison.Ordinal);
        Assert.Contains("Shown beside the headline date (Official announcement), not instead of it.", challenger, StringComparison.Ordinal);
        Assert.Contains(ClaimScenario.EstimateQuote, challenger, StringComparison.Ordinal);
        Assert.Contains("never replaces an official date", Text(cut, "headline-rule"), StringComparison.Ordinal);
        Assert.Equal("on plan", Text(cut, "milestone-slip"));
        Assert.Equal(["Internal estimate", "Official announcement"], cut.FindAll("[data-testid=date-claim] td:nth-child(3)").Select(c => c.TextContent.Trim()));
        Assert.Contains("this milestone ends the phase", Text(cut, "phase-line"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReachedMilestoneShowsItsDateWhenItWasReportedAndBothSources()
    {
        var cut = await RenderAsync(ClaimScenario.PermitTitle);

        Assert.Equal("12 May 2026", Text(cut, "reached"));
        Assert.Equal("—", Text(cut, "current-target"));
        Assert.Equal("Official announcement, reported on 20 May 2026", Text(cut, "reached-status"));
        Assert.Equal("Achieved", Text(cut, "milestone-state"));
        var sources = cut.Find("[data-testid=reached-sources]");
        Assert.Contains("2 sources", sources.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, sources.QuerySelectorAll("blockquote").Length);
        var row = Assert.Single(cut.FindAll("[data-testid=date-claim]"));
        Assert.Equal("Reached", row.GetAttribute("data-kind"));
        Assert.Contains("Reached: 12 May 2026", row.TextContent.Squash(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReachedMilestoneIsNotKnownBeforeItWasReported()
    {
        var id = await IdOfAsync(ClaimScenario.PermitTitle);
        NavigateTo($"/campuses/alixan/milestones/{id}?asOf=2026-05-19");

        var cut = Render<MilestonePage>(p => p.Add(c => c.Slug, "alixan").Add(c => c.Id, id));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=milestone-not-found]")));
    }

    [Fact]
    public async Task ASourcePublishedAfterTheViewedDayIsLabelledPublishedLater()
    {
        var past = await RenderAsync("First announcement of the campus", "?asOf=2025-06-01");
        Assert.Equal("published later, on 24 Nov 2025", past.Find("[data-testid=reached-sources] [data-testid=published-later]").TextContent.Trim());

        // A later address re-renders the page for that day, as following a link does.
        var today = await RenderAsync("First announcement of the campus");
        Assert.Empty(today.FindAll("[data-testid=published-later]"));
    }

    [Fact]
    public async Task AMoveToAHalfYearIsASlipOfOneHalfYearInBothLanguages()
    {
        var english = await RenderAsync(ClaimScenario.FullTitle);
        Assert.Equal("H1 2028", Text(english, "current-target"));
        Assert.Equal("+1 half-year", Text(english, "milestone-slip"));
        Assert.Equal("Dec 2027", Text(english, "baseline"));

        UseCulture("fr");
        var french = await RenderAsync(ClaimScenario.FullTitleFr);
        Assert.Equal("S1 2028", Text(french, "current-target"));
        Assert.Equal("+1 semestre", Text(french, "milestone-slip"));
        Assert.Equal("déc. 2027", Text(french, "baseline"));
    }

    [Fact]
    public async Task BeforeTheMoveWasReportedThePageShowsTheOriginalTarget()
    {
        var cut = await RenderAsync(ClaimScenario.FullTitle, "?asOf=2026-06-01");

        Assert.Equal("Dec 2027", Text(cut, "current-target"));
        Assert.Equal("on plan", Text(cut, "milestone-slip"));
        Assert.Single(cut.FindAll("[data-testid=date-claim]"));
    }

    [Fact]
    public async Task ACorrectedClaimStaysInTheHistoryStruckThroughAndTheCorrectionStands()
    {
        var milestones = Services.GetRequiredService<MilestoneAdminService>();
        var id = await IdOfAsync(ClaimScenario.FullTitle);
        var edit = (await milestones.GetForEditAsync(id))!;
        var wrong = edit.Dates.Ledger.Single(c => c.Date == PartialDate.InHalf(2028, 1));
        var source = (await Services.GetRequiredService<SourceAdminService>().ListAsync()).Single(s => s.Title == ClaimScenario.PressReleaseTitle).Id;
        var claim = new ClaimInput("2026-07-01", ClaimStatus.OfficialAnnouncement, [new CitationInput(source, "full operation in Q2 2028")], null);
        Assert.True((await milestones.AddDateClaimAsync(id, MilestoneDateKind.Target, new DateClaimInput("2028-Q2", claim), edit.Version, wrong.Id, "The release says Q2, not H1.")).Succeeded);

        var cut = await RenderAsync(ClaimScenario.FullTitle);

        Assert.Equal("Q2 2028", Text(cut, "current-target"));
        Assert.Equal("+2 quarters", Text(cut, "milestone-slip"));
        var corrected = cut.Find("[data-testid=date-claim].claim-corrected");
        Assert.Contains("Target: H1 2028", corrected.TextContent.Squash(), StringComparison.Ordinal);
        Assert.Contains("corrected by a later claim", corrected.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, cut.FindAll("[data-testid=date-claim]").Count);
    }

    [Fact]
    public async Task ADateClaimThatDisagreesWithTheHeadlineIsShownOpenWithBothSidesAndTheirWords()
    {
        var cut = await RenderAsync(ClaimScenario.PhaseOneTitle);

        var conflict = cut.Find("[data-testid=date-conflict]");
        Assert.Equal("open", conflict.GetAttribute("data-state"));
        Assert.Contains("Internal estimate Q1 2027 (1 Oct 2026) disagrees with the headline Official announcement Dec 2026 (17 Nov 2025)", conflict.TextContent, StringComparison.Ordinal);
        Assert.Contains(ClaimScenario.EstimateQuote, conflict.TextContent, StringComparison.Ordinal);
        Assert.Contains("Open since 1 Oct 2026", conflict.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTheEstimateWasKnownThereIsNoDateConflict()
    {
        var cut = await RenderAsync(ClaimScenario.PhaseOneTitle, "?asOf=2026-09-30");

        Assert.Empty(cut.FindAll("[data-testid=date-conflicts]"));
    }
}
