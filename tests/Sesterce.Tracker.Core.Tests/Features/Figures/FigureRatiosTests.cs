using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using static Sesterce.Tracker.Core.Tests.Features.Figures.Revisions;

namespace Sesterce.Tracker.Core.Tests.Features.Figures;

public class FigureRatiosTests
{
    private static readonly PartialDate February = PartialDate.InMonth(2025, 2);
    private static readonly PartialDate Summit = PartialDate.OnDay(2025, 11, 17);

    private static FigureSnapshot Investment(params FigureRevisionView[] revisions) => Snapshot(FigureKeys.Investment, "EUR", null, revisions);

    private static FigureSnapshot Power(params FigureRevisionView[] revisions) => Snapshot(FigureKeys.Power, "MW", null, revisions);

    [Fact]
    public void InvestmentPerMegawattGoesFromElevenPointTwoFiveToEighteenPointSevenFiveMillions()
    {
        var ratios = FigureRatios.Compute([
            Investment(Make(1, 450_000_000, February), Make(2, 1_500_000_000, Summit)),
            Power(Make(3, 40, February), Make(4, 80, Summit))]);

        var ratio = Assert.Single(ratios);
        Assert.Equal(FigureRatios.InvestmentPerMw, ratio.Key);
        Assert.Equal(ValueRange.Exactly(11_250_000m), ratio.First);
        Assert.Equal(ValueRange.Exactly(18_750_000m), ratio.Latest);
        Assert.Equal(2, ratio.Steps!.Count);
        Assert.Equal(66.67m, decimal.Round(ratio.ChangeSinceFirst!.Percent!.Value.Low, 2));
    }

    [Fact]
    public void ARangeCarriesThroughAsTheWidestHonestRange()
    {
        var ratio = Assert.Single(FigureRatios.Compute([
            Investment(Make(1, 1_000_000_000, Summit, high: 1_500_000_000)),
            Power(Make(2, 50, Summit, high: 100))]));

        Assert.Equal(new ValueRange(10_000_000m, 30_000_000m), ratio.Latest);
    }

    [Fact]
    public void AMissingPowerFigureMeansNoRatioRatherThanAGuess()
    {
        Assert.Empty(FigureRatios.Compute([Investment(Make(1, 450_000_000, February))]));
    }

    [Fact]
    public void TheRatioStartsOnlyOnceBothFiguresAreKnown()
    {
        var ratio = Assert.Single(FigureRatios.Compute([
            Investment(Make(1, 450_000_000, February), Make(2, 1_500_000_000, Summit)),
            Power(Make(3, 80, Summit))]));

        Assert.Equal(Summit.End, ratio.History[0].From);
        Assert.Single(ratio.History);
    }

    [Fact]
    public void APowerOfZeroGivesNoRatio()
    {
        Assert.Empty(FigureRatios.Compute([Investment(Make(1, 450_000_000, February)), Power(Make(2, 0, February))]));
    }

    [Fact]
    public void TheRatioFollowsTheHeadlineNotALaterPressReport()
    {
        var ratio = Assert.Single(FigureRatios.Compute([
            Investment(Make(1, 1_500_000_000, Summit), Make(2, 3_000_000_000, PartialDate.OnDay(2025, 12, 1), ClaimStatus.PressReport, Newspaper)),
            Power(Make(3, 80, Summit))]));

        Assert.Equal(ValueRange.Exactly(18_750_000m), ratio.Latest);
    }

    [Fact]
    public void EachStepKnowsWhatTheInvestmentCovers()
    {
        var ratio = Assert.Single(FigureRatios.Compute([
            Investment(Make(1, 450_000_000, February, scope: InvestmentScope.FacilityOnly), Make(2, 1_500_000_000, Summit, scope: InvestmentScope.IncludingItEquipment)),
            Power(Make(3, 40, February), Make(4, 80, Summit))]));

        Assert.Equal([InvestmentScope.FacilityOnly, InvestmentScope.IncludingItEquipment], ratio.Steps!.Select(s => s.Numerator.Scope));
    }

    [Fact]
    public void OnlyTheRatiosOfTheAskedFigureAreComputed()
    {
        var figures = new[]
        {
            Investment(Make(1, 450_000_000, February)),
            Power(Make(2, 40, February)),
            Snapshot(FigureKeys.Jobs, "jobs", null, Make(3, 800, February)),
        };

        Assert.Equal([FigureRatios.JobsPerMw], FigureRatios.Compute(figures, FigureKeys.Jobs).Select(r => r.Key));
        Assert.Equal(2, FigureRatios.Compute(figures, FigureKeys.Power).Count);
    }
}
