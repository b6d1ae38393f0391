using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Timeline;
using Sesterce.Tracker.Web.Features.Timeline;
using Sesterce.Tracker.Web.Navigation;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Timeline;

public class TimelineChartTests : TrackerComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    internal static TimelineView SampleView(DateOnly asOf)
    {
        var baseline = PartialDate.InMonth(2026, 12);
        var moved = PartialDate.InMonth(2027, 3);
        var slipped = ClaimFixtures.Milestone(1, "Phase 1 commissioning", asOf,
        [
            ClaimFixtures.Target(10, baseline, PartialDate.OnDay(2025, 11, 17), sources: ClaimFixtures.Cite(ClaimFixtures.Article, "annoncée pour décembre 2026")),
            ClaimFixtures.Target(11, moved, PartialDate.OnDay(2026, 6, 15), reason: "Grid connection later"),
        ]);
        var reached = ClaimFixtures.Milestone(2, "Choose France summit", asOf, [ClaimFixtures.Reached(20, PartialDate.OnDay(2025, 11, 17), PartialDate.OnDay(2025, 11, 17))], MilestoneKind.Announcement, phase: null);
        var campus = new CampusTimeline(
            "alixan",
            "Alixan",
            new DateOnly(2025, 2, 28),
            [new PhaseBar("Phase 1", 1, null, new DateOnly(2025, 2, 28), moved)],
            [new TimelineMilestone(reached, null), new TimelineMilestone(slipped, Slip.Between(baseline, moved))]);
        return new TimelineView(asOf, asOf == Today, [campus]);
    }

    private IRenderedComponent<TimelineChart> RenderChart(TimelineView view) => Render<TimelineChart>(p => p
        .Add(c => c.View, view)
        .Add(c => c.Campuses, view.Campuses)
        .Add(c => c.WindowStart, new DateOnly(2025, 1, 1))
        .Add(c => c.WindowEnd, new DateOnly(2027, 12, 31))
        .Add(c => c.Label, "Alixan timeline"));

    [Fact]
    public void EveryMilestoneIsAFocusableLinkWithASpokenLabel()
    {
        var cut = RenderChart(SampleView(Today));

        var markers = cut.FindAll("[data-testid=timeline-marker]");
        Assert.Equal(2, markers.Count);
        Assert.All(markers, m => Assert.Equal("a", m.TagName, ignoreCase: true));
        Assert.Equal("/campuses/alixan/milestones/1", markers[1].GetAttribute("href"));
        Assert.Contains("Phase 1 commissioning: Mar 2027", markers[1].GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("+3 months against the first announced Dec 2026", markers[1].GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void FocusingAMarkerByKeyboardDescribesIt()
    {
        var cut = RenderChart(SampleView(Today));

        cut.FindAll("[data-testid=timeline-marker]")[1].Focus();

        cut.WaitForAssertion(() => Assert.Contains("Phase 1 commissioning: Mar 2027", cut.Find("[data-testid=marker-detail]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void ASlippedMilestoneShowsItsBaselineAndTheSlip()
    {
        var cut = RenderChart(SampleView(Today));

        Assert.Single(cut.FindAll("[data-testid=timeline-chart] .baseline-marker"));
        Assert.Single(cut.FindAll(".slip-line"));
        Assert.Contains("Mar 2027 · +3 months", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("slipped", cut.FindAll("[data-testid=timeline-marker]")[1].GetAttribute("class"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTodayLineIsLabelledAndAPastViewSaysAsOf()
    {
        var today = RenderChart(SampleView(Today));
        Assert.NotNull(today.Find("[data-testid=today-line]"));
        Assert.Contains("Today 25 Nov 2026", today.Markup, StringComparison.Ordinal);

        var past = RenderChart(SampleView(new DateOnly(2026, 7, 1)));
        Assert.Contains("As of 1 Jul 2026", past.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkerLinksKeepTheAsOfDateOfTheView()
    {
        var view = SampleView(new DateOnly(2026, 7, 1));

        // The page's CampusView cascades the as-of day of the address to everything that builds links.
        var cut = Render<TimelineChart>(p => p
            .AddCascadingValue(AsOf.On(new DateOnly(2026, 7, 1)))
            .Add(c => c.View, view)
            .Add(c => c.Campuses, view.Campuses)
            .Add(c => c.WindowStart, new DateOnly(2025, 1, 1))
            .Add(c => c.WindowEnd, new DateOnly(2027, 12, 31))
            .Add(c => c.Label, "Alixan timeline"));

        Assert.Equal("/campuses/alixan/milestones/1?asOf=2026-07-01", cut.FindAll("[data-testid=timeline-marker]")[1].GetAttribute("href"));
    }

    [Fact]
    public void TheKeyDrawsTheBaselineAsAHollowMarkNotASquare()
    {
        var cut = RenderChart(SampleView(Today));

        var mark = cut.Find("[data-testid=key-baseline] svg path");
        Assert.Contains("baseline-marker", mark.GetAttribute("class"), StringComparison.Ordinal);
        Assert.StartsWith("M", mark.GetAttribute("d"), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=key-baseline] rect"));
    }

    [Fact]
    public void OnAPhoneTheLabelColumnTakesAThirdOfTheWidthAndLongTitlesEndInAnEllipsisWithTheFullTextOnHover()
    {
        var view = SampleView(Today);
        var cut = Render<TimelineChart>(p => p
            .Add(c => c.View, view)
            .Add(c => c.Campuses, view.Campuses)
            .Add(c => c.WindowStart, new DateOnly(2026, 1, 1))
            .Add(c => c.WindowEnd, new DateOnly(2026, 12, 31))
            .Add(c => c.Compact, true));

        var svg = cut.Find("[data-testid=timeline-chart]");
        var width = double.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimelineChart.CompactWidth, width);
        var firstMarkerX = cut.FindAll("[data-testid=timeline-grid]").Select(g => double.Parse(g.GetAttribute("x1")!, System.Globalization.CultureInfo.InvariantCulture)).Min();
        Assert.InRange(firstMarkerX, width * 0.3, width * 0.45);
        foreach (var label in cut.FindAll("text.row-label"))
        {
            var shown = label.ChildNodes.OfType<AngleSharp.Dom.IText>().First().Data;
            var full = label.QuerySelector("title")!.TextContent;
            Assert.True(shown == full || (shown.EndsWith('…') && full.StartsWith(shown[..^1], StringComparison.Ordinal)), $"{shown} / {full}");
            Assert.True(shown.Length * 13 * 0.56 <= width * 0.35, $"\"{shown}\" fits its column");
        }
    }
}
