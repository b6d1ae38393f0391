using Sesterce.Tracker.Web.Features.Timeline;

namespace Sesterce.Tracker.Web.Tests.Features.Timeline;

/// <summary>Windows and ticks at the far ends of the calendar, where an as-of day typed into the address can land.</summary>
public class TimeScaleTests
{
    public static readonly TheoryData<DateOnly, DateOnly, DateOnly, int?> Edges = new()
    {
        { DateOnly.MinValue, DateOnly.MinValue, DateOnly.MinValue, null },
        { DateOnly.MaxValue, DateOnly.MaxValue, DateOnly.MaxValue, null },
        { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(9999, 6, 1), null },
        { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(9999, 6, 1), 12 },
        { DateOnly.MinValue, DateOnly.MaxValue, DateOnly.MaxValue, 24 },
        { DateOnly.MinValue, DateOnly.MaxValue, DateOnly.MinValue, 6 },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void AWindowAtTheEdgesOfTheCalendarIsDrawnNotFailed(DateOnly start, DateOnly end, DateOnly center, int? months)
    {
        var (from, to) = TimeScale.Window(start, end, center, months);
        var scale = new TimeScale(from, to, 0, 700);

        Assert.True(from <= to);
        Assert.NotEmpty(scale.Ticks().Take(200).ToList());
        Assert.InRange(scale.ClampedX(DateOnly.MaxValue), 0, 700);
        Assert.InRange(scale.ClampedX(DateOnly.MinValue), 0, 700);
    }

    [Theory]
    [InlineData(9999, 12, 1, "9999-12-31")]
    [InlineData(1, 1, -5, "0001-01-01")]
    [InlineData(2026, 1, 13, "2027-02-01")]
    public void MonthStepsStopAtTheFirstAndLastRepresentableMonths(int year, int month, int step, string expectedMonth)
    {
        var moved = TimeScale.AddMonths(new DateOnly(year, month, 1), step);

        Assert.Equal(expectedMonth[..7], moved.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
    }
}
