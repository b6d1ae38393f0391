using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Tests.Domain;

public class ValueRangeTests
{
    [Fact]
    public void LowAboveHighIsRefused() => Assert.Throws<ArgumentException>(() => new ValueRange(10, 5));

    [Fact]
    public void PercentChangeIsExactInDecimal()
    {
        var change = ValueRange.Exactly(1_500_000_000m).PercentChangeFrom(ValueRange.Exactly(450_000_000m));

        Assert.NotNull(change);
        Assert.Equal(233.33m, decimal.Round(change.Value.Low, 2));
        Assert.True(change.Value.IsSingle);
    }

    [Fact]
    public void PercentChangeFromZeroIsUnknown() => Assert.Null(ValueRange.Exactly(5).PercentChangeFrom(ValueRange.Exactly(0)));

    [Fact]
    public void DividingRangesGivesTheWidestHonestRange()
    {
        var euros = new ValueRange(1_000_000_000m, 1_500_000_000m);
        var megawatts = new ValueRange(50m, 100m);

        var perMw = euros.DividedBy(megawatts);

        Assert.Equal(new ValueRange(10_000_000m, 30_000_000m), perMw);
    }

    [Fact]
    public void DividingByARangeThatCanBeZeroIsUnknown() => Assert.Null(ValueRange.Exactly(10).DividedBy(new ValueRange(0, 5)));

    [Fact]
    public void DifferenceOfRangesIsTakenBoundByBound()
    {
        var change = new ValueRange(90, 110).Minus(new ValueRange(40, 50));

        Assert.Equal(new ValueRange(50, 60), change);
    }
}
