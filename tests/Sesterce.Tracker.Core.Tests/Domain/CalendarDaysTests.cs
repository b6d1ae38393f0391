using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Tests.Domain;

public class CalendarDaysTests
{
    [Fact]
    public void TheDayAfterTheLastRepresentableDayIsThatDay() =>
        Assert.Equal(DateOnly.MaxValue, CalendarDays.NextOrLast(DateOnly.MaxValue));

    [Fact]
    public void TheDayBeforeTheFirstRepresentableDayIsThatDay() =>
        Assert.Equal(DateOnly.MinValue, CalendarDays.PreviousOrFirst(DateOnly.MinValue));

    [Fact]
    public void OrdinaryDaysStepByOne()
    {
        Assert.Equal(new DateOnly(2027, 1, 1), CalendarDays.NextOrLast(new DateOnly(2026, 12, 31)));
        Assert.Equal(new DateOnly(2026, 2, 28), CalendarDays.PreviousOrFirst(new DateOnly(2026, 3, 1)));
    }

    [Theory]
    [InlineData("9999-06-01", 400, "9999-12-31")]
    [InlineData("0001-02-01", -400, "0001-01-01")]
    [InlineData("2026-11-25", int.MaxValue, "9999-12-31")]
    [InlineData("2026-11-25", int.MinValue, "0001-01-01")]
    [InlineData("2026-11-25", 7, "2026-12-02")]
    public void MovingByDaysStaysWithinTheCalendar(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CalendarDays.AddClamped(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days));
}
