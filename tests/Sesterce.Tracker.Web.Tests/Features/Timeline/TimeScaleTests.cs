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

    [Theory]
    [InlineData(300)]
    [InlineData(1200)]
    [InlineData(4000)]
    public void AValueInDecemberLiesInsideTheBandOfItsOwnPeriodNotOnTheNextGridline(double pixels)
    {
        var scale = new TimeScale(new DateOnly(2025, 1, 1), new DateOnly(2028, 6, 30), 0, pixels);
        var december = new DateOnly(2026, 12, 16);
        var x = scale.X(december);

        var band = Assert.Single(scale.Periods(), b => b.Period.Start <= december && december <= b.Period.End);
        Assert.InRange(x, band.From, band.To);
        Assert.True(x < band.To, "a December value stays left of the gridline where the next period begins");
        Assert.Equal(2026, band.Period.Start.Year);
        Assert.InRange(band.Center, band.From, band.To);
    }

    [Fact]
    public void PeriodsCoverTheWindowEdgeToEdgeWithGridlinesOnlyWherePeriodsBegin()
    {
        var scale = new TimeScale(new DateOnly(2025, 2, 15), new DateOnly(2025, 8, 20), 100, 700);
        var bands = scale.Periods().ToList();

        Assert.Equal(100, bands[0].From, 3);
        Assert.False(bands[0].StartsInside);
        Assert.Equal(700, bands[^1].To, 3);
        Assert.All(bands.Skip(1), b => Assert.True(b.StartsInside));
        Assert.All(bands.Zip(bands.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From, 6));
    }
}
