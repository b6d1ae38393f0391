using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Tests.Features.Milestones;

public class MilestoneDetailServiceTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private async Task<int> IdOf(string title) =>
        (await db.Get<MilestoneService>().GetMilestonesAsync("alixan"))!.Single(m => m.Title == title).Id;

    [Fact]
    public async Task TheSummitMilestoneRelatesTheFiguresAnnouncedThatDay()
    {
        var detail = (await db.Get<MilestoneDetailService>().GetAsync("alixan", await IdOf("Choose France summit: the project is scaled up"))).View!;

        Assert.NotNull(detail);
        Assert.Equal(["investment", "power", "jobs"], detail.RelatedFigures.Select(r => r.Key));
        Assert.All(detail.RelatedFigures, r => Assert.Equal(FigureRelation.AnnouncedTogether, r.Relation));
        Assert.Equal(1_500_000_000m, detail.RelatedFigures[0].Revision.Value.Low);
    }

    [Fact]
    public async Task APhaseMilestoneShowsItsPhaseAndTheCampusCapacity()
    {
        var detail = (await db.Get<MilestoneDetailService>().GetAsync("alixan", await IdOf("Full 80 MW in operation"))).View!;

        Assert.NotNull(detail);
        Assert.Equal("Full 80 MW", detail.Phase!.Name);
        Assert.Equal(80m, detail.Phase.TargetCapacityMw);
        var capacity = Assert.Single(detail.RelatedFigures);
        Assert.Equal(FigureRelation.CapacityOfCampus, capacity.Relation);
        Assert.Equal(80m, capacity.Revision.Value.Low);
        Assert.Equal(0, detail.SlipFromBaseline!.Value.Amount);
    }

    [Fact]
    public async Task AMilestoneNotYetKnownOnTheDateIsNotFound()
    {
        var id = await IdOf("Full 80 MW in operation");

        Assert.Null((await db.Get<MilestoneDetailService>().GetAsync("alixan", id, new DateOnly(2025, 6, 1))).View);
        Assert.Null((await db.Get<MilestoneDetailService>().GetAsync("alixan", 99999)).View);
        Assert.Null((await db.Get<MilestoneDetailService>().GetAsync("nowhere", id)).View);
    }
}
