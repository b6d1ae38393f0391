using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Web.Features.Milestones;
using Sesterce.Tracker.Web.Tests.Components;
using static Sesterce.Tracker.Web.Tests.ClaimFixtures;

namespace Sesterce.Tracker.Web.Tests.Features.Milestones;

public class MilestoneDateLineTests : TrackerComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly PartialDate Summit = PartialDate.OnDay(2025, 11, 17);

    private IRenderedComponent<MilestoneDateLine> RenderLine(MilestoneSummary milestone, bool showDate = true) =>
        Render<MilestoneDateLine>(p => p.Add(c => c.Milestone, milestone).Add(c => c.ShowDate, showDate));

    private static string Text(IRenderedComponent<MilestoneDateLine> cut, string testId) => cut.Find($"[data-testid={testId}]").TextContent.Trim();

    [Fact]
    public void TheOfficialDateLeadsAndALaterEstimateStandsBesideIt()
    {
        var milestone = Milestone(1, "Phase 1 commissioning", Today,
        [
            Target(1, PartialDate.InMonth(2026, 12), Summit),
            Target(2, PartialDate.InQuarter(2027, 1), PartialDate.OnDay(2026, 10, 1), ClaimStatus.InternalEstimate),
        ]);

        var cut = RenderLine(milestone);

        Assert.Equal("Official announcement: Dec 2026", Text(cut, "headline-date"));
        Assert.Equal("· Internal estimate (1 Oct 2026): Q1 2027", Text(cut, "date-challenger"));
        Assert.Empty(cut.FindAll("[data-testid=slip]"));
    }

    [Fact]
    public void AnOfficialMoveReplacesTheDateAndShowsTheSlipFromTheBaseline()
    {
        var milestone = Milestone(1, "Phase 1 commissioning", Today,
        [
            Target(1, PartialDate.InMonth(2026, 12), Summit),
            Target(2, PartialDate.InQuarter(2027, 1), PartialDate.OnDay(2026, 10, 1)),
        ]);

        var cut = RenderLine(milestone);

        Assert.Equal("Official announcement: Q1 2027", Text(cut, "headline-date"));
        Assert.Equal("· baseline Dec 2026 → Q1 2027 (+1 quarter)", Text(cut, "slip"));
        Assert.Contains("late", cut.Find("[data-testid=slip]").ClassName, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=date-challenger]"));
    }

    [Fact]
    public void WithoutAnyOfficialWordTheLatestEstimateIsTheHeadline()
    {
        var milestone = Milestone(1, "Grid connection", Today,
        [
            Target(1, PartialDate.InHalf(2027, 2), PartialDate.OnDay(2026, 3, 1), ClaimStatus.PressReport),
            Target(2, PartialDate.InYear(2028), PartialDate.OnDay(2026, 9, 1), ClaimStatus.InternalEstimate),
        ]);

        var cut = RenderLine(milestone);

        Assert.Equal("Internal estimate: 2028", Text(cut, "headline-date"));
        Assert.Equal("· baseline H2 2027 → 2028 (+1 year)", Text(cut, "slip"));
    }

    [Fact]
    public void AnUndatedMilestoneIsToBeAnnouncedWithTheClaimThatSaysSo()
    {
        var milestone = Milestone(1, "Grid connection agreement", Today, [Target(1, null, PartialDate.OnDay(2026, 9, 15), ClaimStatus.PressReport)]);

        var cut = RenderLine(milestone);

        Assert.True(milestone.IsUndated);
        Assert.Equal("date to be announced", Text(cut, "date-tba"));
        Assert.Contains("Press report, reported on 15 Sep 2026", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEstimateWithADateBesideAnOfficialNotYetKnownIsShownBesideIt()
    {
        var milestone = Milestone(1, "Grid connection agreement", Today,
        [
            Target(1, null, PartialDate.OnDay(2026, 9, 15)),
            Target(2, PartialDate.InQuarter(2027, 2), PartialDate.OnDay(2026, 10, 1), ClaimStatus.InternalEstimate),
        ]);

        var cut = RenderLine(milestone);

        Assert.Equal("date to be announced", Text(cut, "date-tba"));
        Assert.Equal("· Internal estimate (1 Oct 2026): Q2 2027", Text(cut, "date-challenger"));
    }

    [Fact]
    public void AReachedDateReportedLaterSaysWhenItBecameKnown()
    {
        var milestone = Milestone(1, "Building permit granted", Today, [Reached(1, PartialDate.OnDay(2026, 5, 12), PartialDate.OnDay(2026, 5, 20))]);

        var cut = RenderLine(milestone);

        Assert.Equal("Reached 12 May 2026 (Official announcement)", Text(cut, "reached-date"));
        Assert.Equal("· reported on 20 May 2026", Text(cut, "reached-reported"));
    }

    [Fact]
    public void AReachedDateReportedTheSameDayHasNoSeparateReportDate()
    {
        var milestone = Milestone(1, "Choose France summit", Today, [Reached(1, Summit, Summit)]);

        var cut = RenderLine(milestone);

        Assert.Empty(cut.FindAll("[data-testid=reached-reported]"));
    }

    [Fact]
    public void WhereTheDateHasItsOwnColumnTheLineGivesOnlyTheStatusAndWhatIsBesideIt()
    {
        var milestone = Milestone(1, "Phase 1 commissioning", Today,
        [
            Target(1, PartialDate.InMonth(2026, 12), Summit),
            Target(2, PartialDate.InQuarter(2027, 1), PartialDate.OnDay(2026, 10, 1), ClaimStatus.PressReport),
        ]);

        var cut = RenderLine(milestone, showDate: false);

        Assert.Equal("Official announcement", Text(cut, "headline-date"));
        Assert.Equal("· Press report (1 Oct 2026): Q1 2027", Text(cut, "date-challenger"));
    }

    [Fact]
    public void AFrenchLineWritesHalfYearsAsSemesters()
    {
        UseCulture("fr");
        var milestone = Milestone(1, "Full 80 MW in operation", Today,
        [
            Target(1, PartialDate.InMonth(2027, 12), Summit),
            Target(2, PartialDate.InHalf(2028, 1), PartialDate.OnDay(2026, 6, 2)),
        ]);

        var cut = RenderLine(milestone);

        Assert.Equal("Annonce officielle : S1 2028", Text(cut, "headline-date"));
        Assert.Equal("· référence déc. 2027 → S1 2028 (+1 semestre)", Text(cut, "slip"));
    }
}
