using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Timeline;

namespace Sesterce.Tracker.Core.Tests.Features.Timeline;

public class SlipTests
{
    [Theory]
    [InlineData("2026-12", "2027-03", 3, DatePrecision.Month)]
    [InlineData("2026-12", "2026-12", 0, DatePrecision.Month)]
    [InlineData("2027-03", "2026-12", -3, DatePrecision.Month)]
    [InlineData("2026-12-01", "2026-12-31", 30, DatePrecision.Day)]
    [InlineData("2026-12-15", "2027-03", 3, DatePrecision.Month)]
    [InlineData("2026-12-31", "2027-01-01", 1, DatePrecision.Day)]
    [InlineData("2026-12", "2027-Q1", 1, DatePrecision.Quarter)]
    [InlineData("2026-10", "2026-Q4", 0, DatePrecision.Quarter)]
    [InlineData("2026-Q4", "2027-Q3", 3, DatePrecision.Quarter)]
    [InlineData("2026-12-31", "2027", 1, DatePrecision.Year)]
    [InlineData("2027", "2027-06", 0, DatePrecision.Year)]
    public void SlipIsCountedAtTheCoarserPrecision(string from, string to, int amount, DatePrecision unit)
    {
        var slip = Slip.Between(PartialDate.Parse(from), PartialDate.Parse(to));

        Assert.Equal(new Slip(amount, unit), slip);
    }

    [Fact]
    public void ALaterDateIsASlipAndAnEarlierOneIsNot()
    {
        Assert.True(Slip.Between(PartialDate.InMonth(2026, 12), PartialDate.InMonth(2027, 1)).IsLate);
        Assert.True(Slip.Between(PartialDate.InMonth(2026, 12), PartialDate.InMonth(2026, 11)).IsEarly);
    }
}
