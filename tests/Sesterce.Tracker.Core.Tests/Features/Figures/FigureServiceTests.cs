using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features;
using Sesterce.Tracker.Core.Features.Figures;

namespace Sesterce.Tracker.Core.Tests.Features.Figures;

public class FigureServiceTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private FigureService Figures => db.Get<FigureService>();

    private async Task<Dictionary<string, FigureSnapshot>> FiguresOn(string date)
    {
        var list = await Figures.GetFiguresAsync("alixan", DateOnly.ParseExact(date, "yyyy-MM-dd"));
        Assert.NotNull(list);
        return list.ToDictionary(f => f.Key);
    }

    [Fact]
    public async Task TodayShowsTheChooseFranceFigures()
    {
        var figures = await Figures.GetFiguresAsync("alixan");

        Assert.NotNull(figures);
        Assert.Equal(["investment", "power", "jobs"], figures.Select(f => f.Key));
        var byKey = figures.ToDictionary(f => f.Key);
        Assert.Equal(ValueRange.Exactly(1_500_000_000m), byKey["investment"].Latest.Value);
        Assert.Equal(ValueRange.Exactly(80m), byKey["power"].Latest.Value);
        Assert.Equal(ValueRange.Exactly(800m), byKey["jobs"].Latest.Value);
        Assert.Equal(FigureQualifier.ExpectedToRise, byKey["jobs"].Latest.Qualifier);
        Assert.Equal(ClaimStatus.PressReport, byKey["jobs"].Latest.Status);
    }

    [Fact]
    public async Task JuneTwentyTwentyFiveAnswersTheFirstAnnouncement()
    {
        var figures = await FiguresOn("2025-06-01");

        Assert.Equal(450_000_000m, figures["investment"].Latest.Value.Low);
        Assert.Equal(40m, figures["power"].Latest.Value.Low);
        Assert.Equal(FigureQualifier.Approximately, figures["jobs"].Latest.Qualifier);
        Assert.Equal(PartialDate.InMonth(2025, 2), figures["investment"].Latest.AnnouncedOn);
        Assert.Null(figures["investment"].ChangeSinceFirst);
    }

    [Fact]
    public async Task DecemberTwentyTwentyFiveAnswersTheRaise()
    {
        var figures = await FiguresOn("2025-12-01");

        Assert.Equal(1_500_000_000m, figures["investment"].Latest.Value.Low);
        Assert.Equal(80m, figures["power"].Latest.Value.Low);
        Assert.Equal(PartialDate.OnDay(2025, 11, 17), figures["power"].Latest.AnnouncedOn);
    }

    [Fact]
    public async Task BeforeTheFirstAnnouncementNoFigureIsKnown()
    {
        var figures = await FiguresOn("2025-01-15");

        Assert.Empty(figures);
    }

    [Theory]
    [InlineData("2025-02-27", false)]
    [InlineData("2025-02-28", true)]
    public async Task AMonthPrecisionAnnouncementCountsAsKnownFromTheLastDayOfItsMonth(string date, bool known)
    {
        var figures = await FiguresOn(date);

        Assert.Equal(known, figures.ContainsKey("investment"));
    }

    [Theory]
    [InlineData("2025-11-16", 450_000_000)]
    [InlineData("2025-11-17", 1_500_000_000)]
    public async Task ADayPrecisionAnnouncementCountsFromItsOwnDay(string date, long expected)
    {
        var figures = await FiguresOn(date);

        Assert.Equal(expected, figures["investment"].Latest.Value.Low);
    }

    [Fact]
    public async Task InvestmentChangeSinceFirstAnnouncementIsAbsoluteAndPercent()
    {
        var figures = await FiguresOn("2026-11-25");
        var change = figures["investment"].ChangeSinceFirst;

        Assert.NotNull(change);
        Assert.Equal(ValueRange.Exactly(1_050_000_000m), change.Absolute);
        Assert.Equal(233.33m, decimal.Round(change.Percent!.Value.Low, 2));
        Assert.Equal(100m, figures["power"].ChangeSinceFirst!.Percent!.Value.Low);
        Assert.Equal(0m, figures["jobs"].ChangeSinceFirst!.Absolute.Low);
    }

    [Fact]
    public async Task EveryRevisionCitesTheArticleWithAQuote()
    {
        var figures = await FiguresOn("2026-11-25");

        foreach (var revision in figures.Values.SelectMany(f => f.History))
        {
            var citation = Assert.Single(revision.Sources);
            Assert.Equal(PartialDate.OnDay(2025, 11, 24), citation.Source.PublishedOn);
            Assert.Equal("fr", citation.Source.Language);
            Assert.False(string.IsNullOrWhiteSpace(citation.Quote));
        }
    }

    [Fact]
    public async Task LedgerOfAnUnknownFigureOrCampusSaysWhichWasNotFound()
    {
        var figure = await Figures.GetLedgerAsync("alixan", "gpus");
        var campus = await Figures.GetLedgerAsync("nowhere", "investment");

        Assert.Equal((ReadOutcome.NotFound, ReadMissing.Record), (figure.Outcome, figure.Missing));
        Assert.Equal((ReadOutcome.NotFound, ReadMissing.Campus), (campus.Outcome, campus.Missing));
        Assert.Null(figure.View);
        Assert.Null(await Figures.GetFiguresAsync("nowhere"));
    }

    [Fact]
    public async Task AViewerIsRefusedTheInvestmentLedgerButStillLearnsOfAnUnknownCampus()
    {
        db.Callers.Current = TestCallers.Viewer;
        try
        {
            var investment = await Figures.GetLedgerAsync("alixan", "investment");
            var power = await Figures.GetLedgerAsync("alixan", "power");
            var unknownCampus = await Figures.GetLedgerAsync("nowhere", "investment");

            Assert.Equal(ReadOutcome.Forbidden, investment.Outcome);
            Assert.Null(investment.View);
            Assert.True(power.IsFound);
            Assert.Equal(ReadOutcome.NotFound, unknownCampus.Outcome);
        }
        finally
        {
            db.Callers.Current = TestCallers.Admin;
        }
    }

    [Fact]
    public async Task LedgerListsRevisionsInTheOrderTheyBecameKnown()
    {
        var ledger = (await Figures.GetLedgerAsync("alixan", "power")).View!;

        Assert.NotNull(ledger);
        Assert.Equal([40m, 80m], ledger.Revisions.Select(r => r.Value.Low));
        Assert.Equal("MW", ledger.Unit);
    }
}
