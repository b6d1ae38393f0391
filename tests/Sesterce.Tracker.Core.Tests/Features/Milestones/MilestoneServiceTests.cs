using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Tests.Features.Milestones;

public class MilestoneServiceTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private MilestoneService Milestones => db.Get<MilestoneService>();

    [Fact]
    public async Task TodayListsAnnouncementsAndBothPhaseDates()
    {
        var milestones = await Milestones.GetMilestonesAsync("alixan");

        Assert.NotNull(milestones);
        Assert.Equal(4, milestones.Count);
        var phase1 = milestones.Single(m => m.Kind == MilestoneKind.Commissioning);
        var full = milestones.Single(m => m.Kind == MilestoneKind.Operation);
        Assert.Equal(PartialDate.InMonth(2026, 12), phase1.TargetDate);
        Assert.Equal(PartialDate.InMonth(2026, 12), phase1.Baseline);
        Assert.Equal("Phase 1", phase1.PhaseName);
        Assert.Equal(MilestoneState.Upcoming, phase1.State);
        Assert.Equal(PartialDate.InMonth(2027, 12), full.TargetDate);
        Assert.Equal("l'exploitation complète des 80 MW est, quant à elle, prévue pour décembre 2027", Assert.Single(full.LatestRevision!.Sources).Quote);
        Assert.Equal(2, milestones.Count(m => m.State == MilestoneState.Achieved));
    }

    [Fact]
    public async Task MilestonesAreOrderedByTheirKeyDate()
    {
        var milestones = await Milestones.GetMilestonesAsync("alixan");

        Assert.Equal(
            ["2025-02", "2025-11-17", "2026-12", "2027-12"],
            milestones!.Select(m => m.KeyDate!.Value.ToString()));
    }

    [Fact]
    public async Task BeforeTheSummitOnlyTheFirstAnnouncementIsKnown()
    {
        var milestones = await Milestones.GetMilestonesAsync("alixan", new DateOnly(2025, 6, 1));

        var only = Assert.Single(milestones!);
        Assert.Equal(MilestoneKind.Announcement, only.Kind);
        Assert.Equal(PartialDate.InMonth(2025, 2), only.ActualDate);
    }

    [Theory]
    [InlineData("2026-12-10", MilestoneState.Due)]
    [InlineData("2027-01-05", MilestoneState.Overdue)]
    public async Task PhaseOneStateFollowsTheViewedDate(string date, MilestoneState expected)
    {
        var milestones = await Milestones.GetMilestonesAsync("alixan", DateOnly.ParseExact(date, "yyyy-MM-dd"));

        Assert.Equal(expected, milestones!.Single(m => m.Kind == MilestoneKind.Commissioning).State);
    }

    [Fact]
    public async Task TheFirstAnnouncementIsKnownFromFebruaryThroughAnArticlePublishedLaterWhichTheViewSays()
    {
        var june = (await Milestones.GetMilestonesAsync("alixan", new DateOnly(2025, 6, 1)))!.Single();
        var december = (await Milestones.GetMilestonesAsync("alixan", new DateOnly(2025, 12, 1)))!.Single(m => m.Id == june.Id);

        var citation = Assert.Single(june.Reached!.Sources);
        Assert.Equal(PartialDate.InMonth(2025, 2), june.Reached.AnnouncedOn);
        Assert.True(citation.PublishedAfter(new DateOnly(2025, 6, 1)));
        Assert.False(Assert.Single(december.Reached!.Sources).PublishedAfter(new DateOnly(2025, 12, 1)));
        Assert.False(citation.PublishedAfter(new DateOnly(2025, 11, 24)));
    }

    [Fact]
    public async Task TheSeedsReachedMilestonesAreReachedClaimsReportedOnTheirDatesWithTheirQuotes()
    {
        var milestones = (await Milestones.GetMilestonesAsync("alixan"))!.Where(m => m.State == MilestoneState.Achieved).ToList();

        Assert.Equal(2, milestones.Count);
        Assert.All(milestones, m => Assert.Equal(m.ActualDate, m.Reached!.AnnouncedOn));
        Assert.All(milestones, m => Assert.Null(m.Target));
        Assert.All(milestones, m => Assert.False(string.IsNullOrWhiteSpace(Assert.Single(m.Reached!.Sources).Quote)));
        Assert.Empty((await Milestones.GetMilestonesAsync("alixan", new DateOnly(2025, 2, 27)))!);
    }

    [Fact]
    public async Task UnknownCampusHasNoMilestones() => Assert.Null(await Milestones.GetMilestonesAsync("nowhere"));
}
