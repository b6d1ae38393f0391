using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using static Sesterce.Tracker.Core.Tests.Features.Figures.Revisions;

namespace Sesterce.Tracker.Core.Tests.Features.Figures;

public class FigureWaterfallTests
{
    [Fact]
    public void EachRevisionThatMovedTheHeadlineIsOneStepWithItsReasonAndSource()
    {
        var snapshot = Snapshot(
            "investment",
            "EUR",
            null,
            Make(1, 450_000_000, PartialDate.InMonth(2025, 2)),
            Make(2, 600_000_000, PartialDate.InMonth(2025, 6)),
            Make(3, 1_500_000_000, PartialDate.OnDay(2025, 11, 17)));

        var waterfall = FigureWaterfall.Build(snapshot);

        Assert.NotNull(waterfall);
        Assert.Equal(450_000_000m, waterfall.Start.Value.Low);
        Assert.Equal([150_000_000m, 900_000_000m], waterfall.Steps.Select(s => s.Change.Absolute.Low));
        Assert.Equal(["note 2", "note 3"], waterfall.Steps.Select(s => s.Revision.Note));
        Assert.All(waterfall.Steps, s => Assert.NotEmpty(s.Revision.Sources));
        Assert.Equal(ValueRange.Exactly(1_050_000_000m), waterfall.Total.Absolute);
    }

    [Fact]
    public void AReportThatLosesToTheOfficialWordMakesNoStep()
    {
        var snapshot = Snapshot(
            "investment",
            "EUR",
            null,
            Make(1, 1_500_000_000, PartialDate.OnDay(2025, 11, 17)),
            Make(2, 1_200_000_000, PartialDate.OnDay(2025, 12, 2), ClaimStatus.PressReport, Newspaper));

        var waterfall = FigureWaterfall.Build(snapshot);

        Assert.Empty(waterfall!.Steps);
        Assert.Equal(1, waterfall.End.Id);
    }

    [Fact]
    public void NothingKnownMeansNoWaterfall() => Assert.Null(FigureWaterfall.Build(null));
}
