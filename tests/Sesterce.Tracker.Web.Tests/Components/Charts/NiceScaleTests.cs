using Sesterce.Tracker.Web.Components.Charts;

namespace Sesterce.Tracker.Web.Tests.Components.Charts;

public class NiceScaleTests
{
    private static readonly decimal[] RoundMantissas = [1m, 2m, 2.5m, 5m];

    [Theory]
    [InlineData(1_500_000_000)]
    [InlineData(1_290_000_000)]
    [InlineData(1_100_000_000)]
    public void MoneyUpToOneAndAHalfBillionTicksAtHalfBillions(long max)
    {
        var ticks = NiceScale.Ticks(max);

        Assert.Equal([0m, 500_000_000m, 1_000_000_000m, 1_500_000_000m], ticks);
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(43)]
    [InlineData(860)]
    [InlineData(1_300)]
    [InlineData(2_400_000)]
    [InlineData(431_250_000)]
    public void EveryStepIsOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen(double max)
    {
        var ticks = NiceScale.Ticks((decimal)max);
        var step = ticks[1] - ticks[0];
        var mantissa = step / (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)step)));

        Assert.Contains(decimal.Round(mantissa, 6), RoundMantissas);
        Assert.Equal(0m, ticks[0]);
        Assert.True(ticks[^1] >= (decimal)max, "the axis reaches the largest value");
        Assert.True(ticks[^2] < (decimal)max, "no empty step above the largest value");
        Assert.InRange(ticks.Count - 1, 1, 4);
    }

    [Fact]
    public void AnAxisWithNothingAboveZeroStillHasAStep()
    {
        Assert.Equal([0m, 1m], NiceScale.Ticks(0));
    }
}
