using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features;
using Sesterce.Tracker.Core.Features.Figures;

namespace Sesterce.Tracker.Core.Tests.Features.Figures;

public class FigureLedgerServiceTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private FigureLedgerService Ledgers => db.Get<FigureLedgerService>();

    [Fact]
    public async Task TheInvestmentLedgerShowsEachRevisionWithItsChanges()
    {
        var view = (await Ledgers.GetAsync("alixan", "investment", new DateOnly(2025, 12, 1))).View!;

        Assert.NotNull(view);
        Assert.Equal(2, view.Rows.Count);
        Assert.Null(view.Rows[0].FromPrevious);
        Assert.Null(view.Rows[0].FromFirst);
        Assert.Equal(ValueRange.Exactly(1_050_000_000m), view.Rows[1].FromPrevious!.Absolute);
        Assert.Equal(233.33m, decimal.Round(view.Rows[1].FromFirst!.Percent!.Value.Low, 2));
        Assert.Equal([false, true], view.Rows.Select(r => r.IsHeadline));
        Assert.All(view.Rows, r => Assert.Equal(InvestmentScope.Unknown, r.Revision.Scope));
        Assert.Empty(view.Conflicts);
        Assert.Equal(HeadlineReason.LatestAuthoritative, view.Figure!.HeadlineReason);
    }

    [Fact]
    public async Task TheInvestmentPageCarriesTheRatioAndThePublicBenchmarks()
    {
        var view = (await Ledgers.GetAsync("alixan", "investment")).View!;

        var ratio = Assert.Single(view!.Ratios);
        Assert.Equal(ValueRange.Exactly(11_250_000m), ratio.First);
        Assert.Equal(ValueRange.Exactly(18_750_000m), ratio.Latest);
        Assert.Equal(["jll-global-2025", "cushman-wakefield-us-2025", "cbre-europe-colocation", "nvidia-ai-factory-2025-08"], view.Benchmarks.Select(b => b.Key));
        Assert.Equal(["USD", "USD", "EUR", "USD"], view.Benchmarks.Select(b => b.Currency));
        Assert.Equal(10_700_000m, view.Benchmarks[0].Value.Low);
    }

    [Fact]
    public async Task TheWaterfallGoesFromFourHundredFiftyMillionsToOnePointFiveBillion()
    {
        var view = (await Ledgers.GetAsync("alixan", "investment")).View!;

        var step = Assert.Single(view!.Waterfall!.Steps);
        Assert.Equal(450_000_000m, view.Waterfall.Start.Value.Low);
        Assert.Equal(1_500_000_000m, step.After.Low);
        Assert.Contains("Choose France", step.Revision.Note, StringComparison.Ordinal);
        Assert.Equal("Sesterce double la mise", Assert.Single(step.Revision.Sources).Source.Title);
    }

    [Fact]
    public async Task BeforeTheFirstAnnouncementTheFigureExistsButNothingIsKnown()
    {
        var view = (await Ledgers.GetAsync("alixan", "investment", new DateOnly(2025, 1, 15))).View!;

        Assert.NotNull(view);
        Assert.True(view.NothingKnownYet);
        Assert.Empty(view.Rows);
        Assert.Null(view.Waterfall);
    }

    [Fact]
    public async Task AnUnknownFigureOrCampusHasNoLedger()
    {
        Assert.Equal(ReadMissing.Record, (await Ledgers.GetAsync("alixan", "gpus")).Missing);
        Assert.Equal(ReadMissing.Campus, (await Ledgers.GetAsync("atlantis", "investment")).Missing);
    }

    [Fact]
    public async Task TheJobsHeadlineIsTheReportRepeatingTheOfficialNumber()
    {
        var view = (await Ledgers.GetAsync("alixan", "jobs")).View!;

        Assert.Equal(HeadlineReason.RestatesAuthoritative, view!.Figure!.HeadlineReason);
        Assert.Equal(FigureQualifier.ExpectedToRise, view.Figure.Latest.Qualifier);
        Assert.Equal(FigureRatios.JobsPerMw, Assert.Single(view.Ratios).Key);
        Assert.Empty(view.Benchmarks);
    }
}
