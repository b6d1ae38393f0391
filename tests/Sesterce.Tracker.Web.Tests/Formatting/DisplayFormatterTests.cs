using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Web.Formatting;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Formatting;

public class DisplayFormatterTests : TrackerComponentTest
{
    private DisplayFormatter Format => Services.GetRequiredService<DisplayFormatter>();

    [Theory]
    [InlineData("en", 1_500_000_000, "€1.5B")]
    [InlineData("fr", 1_500_000_000, "1,5\u00a0Md€")]
    [InlineData("en", 450_000_000, "€450M")]
    [InlineData("fr", 450_000_000, "450\u00a0M€")]
    [InlineData("en", 11_250_000, "€11.25M")]
    [InlineData("fr", 11_250_000, "11,25\u00a0M€")]
    [InlineData("en", 950, "€950")]
    public void MoneyIsCompactPerCulture(string culture, long euros, string expected)
    {
        UseCulture(culture);

        Assert.Equal(expected, Format.Money(euros));
    }

    [Theory]
    [InlineData("en", "2026-12", "Dec 2026")]
    [InlineData("fr", "2026-12", "déc. 2026")]
    [InlineData("en", "2025-11-17", "17 Nov 2025")]
    [InlineData("fr", "2025-11-17", "17 nov. 2025")]
    [InlineData("en", "2026-Q4", "Q4 2026")]
    [InlineData("fr", "2026-Q4", "T4 2026")]
    [InlineData("fr", "2027", "2027")]
    [InlineData("en", "2026-H2", "H2 2026")]
    [InlineData("fr", "2026-H2", "S2 2026")]
    [InlineData("en", "2026-S1", "H1 2026")]
    [InlineData("fr", "2026-T4", "T4 2026")]
    public void DatesShowAtTheirPrecision(string culture, string date, string expected)
    {
        UseCulture(culture);

        Assert.Equal(expected, Format.Date(PartialDate.Parse(date)));
    }

    [Theory]
    [InlineData("en", FigureQualifier.Approximately, "about 800")]
    [InlineData("fr", FigureQualifier.Approximately, "environ 800")]
    [InlineData("en", FigureQualifier.AtLeast, "at least 800")]
    [InlineData("en", FigureQualifier.Exact, "800")]
    public void QualifiersReadAsWords(string culture, FigureQualifier qualifier, string expected)
    {
        UseCulture(culture);

        Assert.Equal(expected, Format.Value(ValueRange.Exactly(800), "jobs", qualifier));
    }

    [Fact]
    public void RangesAndChangesKeepTheirSigns()
    {
        Assert.Equal("700–900", Format.Value(new ValueRange(700, 900), "jobs"));
        Assert.Equal("+€1.05B", Format.Change(ValueRange.Exactly(1_050_000_000), "EUR"));
        Assert.Equal("\u221240 MW", Format.Change(ValueRange.Exactly(-40), "MW"));
        Assert.Equal("+233%", Format.Percent(ValueRange.Exactly(233.33m)));
        Assert.Equal("€18.75M/MW", Format.Value(ValueRange.Exactly(18_750_000), "EUR/MW"));
        Assert.Equal("1,234 GPUs", Format.Value(ValueRange.Exactly(1234), "GPUs"));
    }

    [Fact]
    public void FrenchPercentAndGroupingFollowTheCulture()
    {
        UseCulture("fr");

        // ICU decides which space stands before "%" in French; any space will do, the sign and rounding are ours.
        Assert.Matches(@"^\+233\s%$", Format.Percent(ValueRange.Exactly(233.33m)));
        Assert.Equal("80\u00a0MW", Format.Value(ValueRange.Exactly(80), "MW"));
    }

    [Theory]
    [InlineData("2026-12", "next month")]
    [InlineData("2027-12", "in 13 months")]
    [InlineData("2026-11", "this month")]
    [InlineData("2026-10", "1 month overdue")]
    [InlineData("2026-11-26", "tomorrow")]
    [InlineData("2026-12-05", "in 10 days")]
    [InlineData("2026-11-20", "5 days overdue")]
    [InlineData("2027-Q1", "next quarter")]
    [InlineData("2026-Q4", "this quarter")]
    [InlineData("2028", "in 2 years")]
    [InlineData("2026-H2", "this half-year")]
    [InlineData("2027-H1", "next half-year")]
    [InlineData("2028-H1", "in 3 half-years")]
    [InlineData("2026-H1", "1 half-year overdue")]
    [InlineData("2025-H1", "3 half-years overdue")]
    public void CountdownCountsAtTheTargetsPrecision(string target, string expected) =>
        Assert.Equal(expected, Format.Countdown(PartialDate.Parse(target), new DateOnly(2026, 11, 25)));

    [Fact]
    public void FrenchCountdownIsTranslated()
    {
        UseCulture("fr");

        Assert.Equal("dans 13 mois", Format.Countdown(PartialDate.Parse("2027-12"), new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void AFigureReadsAsItsOwnNameAndOnlyFallsBackToTheBuiltInLabelWithoutOne()
    {
        UseCulture("fr");

        Assert.Equal("Investissement total", Format.FigureName("investment", "Investissement total"));
        Assert.Equal("GPU count", Format.FigureName("gpus", "GPU count"));
        Assert.Equal("Investissement", Format.FigureName("investment", null));
        Assert.Equal("gpus", Format.FigureName("gpus", " "));
    }

    private static readonly string[] HalfYears = ["2026-H2", "2027-H1", "2028-H1", "2026-H1"];

    [Theory]
    [InlineData("en", "this half-year", "next half-year", "in 3 half-years", "1 half-year overdue")]
    [InlineData("fr", "ce semestre", "le semestre prochain", "dans 3 semestres", "1 semestre de retard")]
    public void HalfYearCountdownsSpeakTheReadersLanguage(string culture, string now, string next, string later, string late)
    {
        UseCulture(culture);
        var today = new DateOnly(2026, 11, 25);

        Assert.Equal(
            [now, next, later, late],
            HalfYears.Select(d => Format.Countdown(PartialDate.Parse(d), today)));
    }

    [Theory]
    [InlineData("en", 1, "+1 half-year")]
    [InlineData("en", -2, "\u22122 half-years")]
    [InlineData("fr", 1, "+1 semestre")]
    [InlineData("fr", 3, "+3 semestres")]
    public void HalfYearSlipsAreCountedInHalfYears(string culture, int amount, string expected)
    {
        UseCulture(culture);

        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), Format.Slip(new Core.Features.Timeline.Slip(amount, DatePrecision.HalfYear)));
    }

    [Fact]
    public void AMoveFromAMonthToAHalfYearIsCountedInHalfYears()
    {
        var slip = Core.Features.Timeline.Slip.Between(PartialDate.InMonth(2027, 12), PartialDate.InHalf(2028, 1));

        Assert.Equal("+1 half-year", Format.Slip(slip));
    }
}
