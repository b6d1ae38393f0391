using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Tests.Domain;

public class PartialDateTests
{
    [Theory]
    [InlineData("2025-11-17", DatePrecision.Day, "2025-11-17", "2025-11-17")]
    [InlineData("2025-02", DatePrecision.Month, "2025-02-01", "2025-02-28")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2026-Q4", DatePrecision.Quarter, "2026-10-01", "2026-12-31")]
    [InlineData("2026-H1", DatePrecision.HalfYear, "2026-01-01", "2026-06-30")]
    [InlineData("2026-H2", DatePrecision.HalfYear, "2026-07-01", "2026-12-31")]
    [InlineData("2027", DatePrecision.Year, "2027-01-01", "2027-12-31")]
    public void ParsedDateCoversItsWholePeriod(string text, DatePrecision precision, string start, string end)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025-13")]
    [InlineData("2025-Q5")]
    [InlineData("17/11/2025")]
    [InlineData("december 2026")]
    [InlineData("20255")]
    [InlineData("2026-H3")]
    [InlineData("2026-H0")]
    [InlineData("2026-S3")]
    [InlineData("2026-H12")]
    [InlineData("2026H2")]
    [InlineData("H2 2026")]
    [InlineData("2026-T5")]
    public void MalformedTextIsRefused(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Theory]
    [InlineData("2026-H2", "2026-H2")]
    [InlineData("2026-S2", "2026-H2")]
    [InlineData("2026-h1", "2026-H1")]
    [InlineData("2026-s1", "2026-H1")]
    [InlineData(" 2026-H2 ", "2026-H2")]
    [InlineData("2026-T4", "2026-Q4")]
    [InlineData("2026-t1", "2026-Q1")]
    public void HalfYearsAndFrenchLettersParseToTheIsoForm(string text, string iso)
    {
        Assert.True(PartialDate.TryParse(text, out var date));

        Assert.Equal(iso, date.ToString());
        Assert.Equal(date, PartialDate.Parse(iso));
    }

    [Fact]
    public void AHalfYearHoldsTwoQuartersAndSixMonths()
    {
        var second = PartialDate.InHalf(2026, 2);

        Assert.Equal(2, second.Half);
        Assert.Equal(PartialDate.InHalf(2026, 2), new PartialDate(new DateOnly(2026, 9, 30), DatePrecision.HalfYear));
        Assert.Equal(PartialDate.InHalf(2026, 1), PartialDate.OnDay(2026, 6, 30).At(DatePrecision.HalfYear));
        Assert.True(second.Contains(new DateOnly(2026, 7, 1)));
        Assert.False(second.Contains(new DateOnly(2026, 6, 30)));
        Assert.Equal(new DateOnly(2026, 12, 31), PartialDate.InHalf(2026, 2).End);
        Assert.Equal(DateOnly.MaxValue, PartialDate.InHalf(9999, 2).End);
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.InHalf(2026, 3));
        Assert.Equal(
            ["2026", "2026-07-01", "2026-Q3", "2026-H2"],
            new[] { PartialDate.InHalf(2026, 2), PartialDate.InYear(2026), PartialDate.InQuarter(2026, 3), PartialDate.OnDay(2026, 7, 1) }.Order().Select(d => d.ToString()));
    }

    [Fact]
    public void ConstructorSnapsADateToTheStartOfItsPeriod()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), new PartialDate(new DateOnly(2026, 12, 19), DatePrecision.Month).Start);
        Assert.Equal(new DateOnly(2026, 10, 1), new PartialDate(new DateOnly(2026, 11, 19), DatePrecision.Quarter).Start);
        Assert.Equal(new DateOnly(2026, 1, 1), new PartialDate(new DateOnly(2026, 11, 19), DatePrecision.Year).Start);
    }

    [Fact]
    public void FinerPrecisionSortsFirstWhenPeriodsStartTogether()
    {
        var dates = new[] { PartialDate.InQuarter(2026, 4), PartialDate.InMonth(2026, 10), PartialDate.OnDay(2026, 10, 1), PartialDate.InMonth(2026, 9) };

        var sorted = dates.Order().Select(d => d.ToString()).ToArray();

        Assert.Equal(["2026-09", "2026-10-01", "2026-10", "2026-Q4"], sorted);
    }

    [Fact]
    public void MonthIsCompletelyPastOnlyOnItsLastDay()
    {
        var february = PartialDate.InMonth(2025, 2);

        Assert.False(february.IsCompletelyOnOrBefore(new DateOnly(2025, 2, 27)));
        Assert.True(february.IsCompletelyOnOrBefore(new DateOnly(2025, 2, 28)));
        Assert.True(february.Contains(new DateOnly(2025, 2, 14)));
    }

    [Theory]
    [InlineData("2026-12", "2026-11-30", 1)]
    [InlineData("2026-12", "2026-12-31", 0)]
    [InlineData("2027-Q1", "2026-12-01", 1)]
    [InlineData("2026-Q3", "2026-12-01", -1)]
    [InlineData("2028", "2026-12-01", 2)]
    [InlineData("2026-12-03", "2026-12-01", 2)]
    [InlineData("2027-H1", "2026-12-01", 1)]
    [InlineData("2026-H2", "2026-07-01", 0)]
    [InlineData("2026-H1", "2027-01-01", -2)]
    public void PeriodsFromADayCountWholePeriodsOfTheDatesPrecision(string target, string today, int expected) =>
        Assert.Equal(expected, PartialDate.Parse(target).PeriodsFrom(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-12-15", "2027-03", 3, DatePrecision.Month)]
    [InlineData("2026-12", "2027-H1", 1, DatePrecision.HalfYear)]
    [InlineData("2026-H1", "2026-Q4", 1, DatePrecision.HalfYear)]
    [InlineData("2026-H2", "2028-H1", 3, DatePrecision.HalfYear)]
    [InlineData("2026-H2", "2026-09-30", 0, DatePrecision.HalfYear)]
    [InlineData("2027-H1", "2026", -1, DatePrecision.Year)]
    [InlineData("2026-12", "2027-Q1", 1, DatePrecision.Quarter)]
    [InlineData("2027", "2026-Q4", -1, DatePrecision.Year)]
    [InlineData("2025-11-17", "2025-11-24", 7, DatePrecision.Day)]
    public void PeriodsBetweenTwoDatesCountAtTheCoarserPrecision(string from, string to, int amount, DatePrecision unit) =>
        Assert.Equal((amount, unit), PartialDate.PeriodsBetween(PartialDate.Parse(from), PartialDate.Parse(to)));

    [Fact]
    public void PeriodsFromTheFirstAndLastRepresentableDaysDoNotOverflow()
    {
        Assert.Equal(9998, PartialDate.InYear(9999).PeriodsFrom(DateOnly.MinValue));
        Assert.Equal(-((9998 * 4) + 3), PartialDate.InQuarter(1, 1).PeriodsFrom(DateOnly.MaxValue));
    }

    [Fact]
    public void TheLastPeriodsOfTheCalendarHaveAnEnd()
    {
        Assert.Equal(DateOnly.MaxValue, PartialDate.InMonth(9999, 12).End);
        Assert.Equal(DateOnly.MaxValue, PartialDate.InQuarter(9999, 4).End);
        Assert.Equal(DateOnly.MaxValue, PartialDate.InYear(9999).End);
        Assert.Equal(new DateOnly(2024, 2, 29), PartialDate.InMonth(2024, 2).End);
        Assert.Equal(new DateOnly(2026, 6, 30), PartialDate.InQuarter(2026, 2).End);
    }
}
