using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Timeline;

namespace Sesterce.Tracker.Core.Tests.Features.Timeline;

public class TimelineServiceTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private TimelineService Timeline => db.Get<TimelineService>();

    [Fact]
    public async Task PhasesRunFromTheFirstAnnouncementToEachTargetInTurn()
    {
        var view = (await Timeline.GetCampusAsync("alixan")).View!;

        var campus = Assert.Single(view!.Campuses);
        Assert.Equal(2, campus.Phases.Count);
        Assert.Equal(new DateOnly(2025, 2, 28), campus.Phases[0].Start);
        Assert.Equal(PartialDate.InMonth(2026, 12), campus.Phases[0].Target);
        Assert.Equal(new DateOnly(2027, 1, 1), campus.Phases[1].Start);
        Assert.Equal(80m, campus.Phases[1].TargetCapacityMw);
    }

    [Fact]
    public async Task SeededMilestonesAreOnPlan()
    {
        var view = (await Timeline.GetCampusAsync("alixan")).View!;

        var planned = view!.Campuses[0].Milestones.Where(m => m.Milestone.Target is not null).ToList();
        Assert.Equal(2, planned.Count);
        Assert.All(planned, m => Assert.Equal(0, m.SlipFromBaseline!.Value.Amount));
        Assert.Null(view.Campuses[0].Milestones.First(m => m.Milestone.Kind == MilestoneKind.Announcement).SlipFromBaseline);
    }

    [Fact]
    public async Task ExtentSpansEveryDateAndTheAsOfDay()
    {
        var view = (await Timeline.GetCampusAsync("alixan")).View!;

        var (start, end) = view!.Extent();
        Assert.Equal(new DateOnly(2025, 2, 1), start);
        Assert.Equal(new DateOnly(2027, 12, 31), end);
    }

    [Fact]
    public async Task UnknownCampusHasNoTimeline() => Assert.Null((await Timeline.GetCampusAsync("nowhere")).View);
}

/// <summary>Timelines after a date revision and with a second campus: each class gets its own database.</summary>
public class TimelineRevisionTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private async Task MovePhaseOneAsync(PartialDate announcedOn, PartialDate target, string reason)
    {
        var admin = db.Get<MilestoneAdminService>();
        var id = (await admin.ListAsync("alixan"))!.Single(m => m.Title == "Phase 1 commissioning").Id;
        var edit = await admin.GetForEditAsync(id);
        await using var context = db.CreateContext();
        var source = await context.Sources.Select(s => s.Id).FirstAsync();
        var result = await admin.AddDateClaimAsync(id, MilestoneDateKind.Target, ClaimData.Date(target.ToString(), announcedOn.ToString(), source, note: reason), edit!.Version);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task AMovedTargetShowsItsSlipOnlyOnceTheMoveIsKnown()
    {
        await MovePhaseOneAsync(PartialDate.OnDay(2026, 6, 15), PartialDate.InMonth(2027, 3), "Grid connection later than planned.");
        var timeline = db.Get<TimelineService>();

        var before = (await timeline.GetCampusAsync("alixan", new DateOnly(2026, 6, 14))).View!;
        var after = (await timeline.GetCampusAsync("alixan", new DateOnly(2026, 6, 15))).View!;

        var phase1Before = before!.Campuses[0].Milestones.Single(m => m.Milestone.Title == "Phase 1 commissioning");
        var phase1After = after!.Campuses[0].Milestones.Single(m => m.Milestone.Title == "Phase 1 commissioning");
        Assert.Equal(0, phase1Before.SlipFromBaseline!.Value.Amount);
        Assert.Equal(new Slip(3, DatePrecision.Month), phase1After.SlipFromBaseline);
        Assert.Equal(PartialDate.InMonth(2026, 12), phase1After.Milestone.Baseline);
        Assert.Equal(PartialDate.InMonth(2027, 3), phase1After.Milestone.TargetDate);

        var series = TrendAnalysis.Build(after.Campuses[0].Milestones.Select(m => m.Milestone), after.AsOf).Single(s => s.Title == "Phase 1 commissioning");
        Assert.Equal([new DateOnly(2025, 11, 17), new DateOnly(2026, 6, 15)], series.Points.Select(p => p.ReportedOn));
        Assert.Equal("Grid connection later than planned.", series.Points[1].Reason);
    }

    [Fact]
    public async Task PortfolioPutsEveryCampusOnOneTimelineInNameOrder()
    {
        await using (var context = db.CreateContext())
        {
            context.Campuses.Add(new Campus
            {
                Slug = "aardvark",
                Name = "Aardvark test campus",
                Operator = "Test",
                Commune = "Nowhere",
                Region = "Test",
                Country = "France",
            });
            context.AuditEntries.Add(new AuditEntry { UserName = "test", EntityType = "Campus", EntityId = "aardvark", Action = "Created", Summary = "Test campus", Changes = "[]" });
            await context.SaveChangesAsync();
        }

        var (view, total) = await db.Get<TimelineService>().GetPortfolioAsync();

        Assert.Equal(2, total);
        Assert.Equal(["aardvark", "alixan"], view.Campuses.Select(c => c.Slug));
        Assert.Empty(view.Campuses[0].Milestones);
    }
}
