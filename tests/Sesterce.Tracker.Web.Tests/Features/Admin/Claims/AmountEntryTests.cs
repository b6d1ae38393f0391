using System.Globalization;
using Sesterce.Tracker.Web.Features.Admin.Claims;

namespace Sesterce.Tracker.Web.Tests.Features.Admin.Claims;

public class AmountEntryTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Theory]
    [InlineData("1.7", "en-GB", "1.7")]
    [InlineData("1,234.5", "en-GB", "1234.5")]
    [InlineData("1,7", "fr-FR", "1.7")]
    [InlineData("1.7", "fr-FR", "1.7")]
    [InlineData("1 500 000", "fr-FR", "1500000")]
    [InlineData("1\u202F500\u00A0000,25", "fr-FR", "1500000.25")]
    public void NumbersAreReadInTheUsersCulture(string text, string culture, string expected)
    {
        var (number, problem) = AmountEntry.Parse(text, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(AmountProblem.None, problem);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), number);
    }

    [Theory]
    [InlineData("1,7")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    public void TextThatIsNoNumberInEnglishIsRefusedAsSuch(string text) =>
        Assert.Equal(AmountProblem.NotANumber, AmountEntry.Parse(text, English).Problem);

    [Fact]
    public void ATwentyNineDigitNumberIsTooLargeAndItsTextIsKept()
    {
        var entry = new AmountEntry();
        entry.UseUnit("EUR", 1_500_000_000m, English);

        entry.Type("12345678901234567890123456789", English);

        Assert.Equal(AmountProblem.TooLarge, entry.Problem);
        Assert.Null(entry.Amount);
        Assert.Equal("12345678901234567890123456789", entry.Text);
    }

    [Fact]
    public void AnEmptyValueStartsInTheHeadlinesScaleAndTheScaleGivesTheAmount()
    {
        var entry = new AmountEntry();
        entry.UseUnit("EUR", 1_500_000_000m, French);

        entry.Type("1,7", French);

        Assert.Equal("Billions", entry.Scale.Key);
        Assert.Equal(1_700_000_000m, entry.Amount);
        entry.ChooseScale(AmountScale.For("EUR").Single(s => s.Key == "Millions"), French);
        Assert.Equal(1_700_000m, entry.Amount);
        Assert.Equal("1,7", entry.Text);
    }

    [Fact]
    public void PowerOffersMegawattsAndGigawattsAndCountsOfferNoScale()
    {
        Assert.Equal(["Kilowatts", "Megawatts", "Gigawatts"], AmountScale.For("MW").Select(s => s.Key));
        Assert.Single(AmountScale.For("jobs"));
    }
}
