using Sesterce.Tracker.Core.Features.Intake;

namespace Sesterce.Tracker.Core.Tests.Features.Intake;

public class IntakeNumbersTests
{
    [Theory]
    [InlineData("1,5", "fr", "1.5")]
    [InlineData("1.500", "fr", "1500")]
    [InlineData("1,500", "fr", "1.5")]
    [InlineData("5 000", "fr", "5000")]
    [InlineData("5\u00A0000", "fr", "5000")]
    [InlineData("5\u202F000", "fr", "5000")]
    [InlineData("1.234.567", "fr", "1234567")]
    [InlineData("1.5", "en", "1.5")]
    [InlineData("1,500", "en", "1500")]
    [InlineData("1.500", "en", "1.5")]
    [InlineData("2,000,000", "en", "2000000")]
    [InlineData("1,500.25", "en", "1500.25")]
    [InlineData("10 000", "en", "10000")]
    [InlineData("450", "fr", "450")]
    [InlineData("1,5", "en", "1.5")]
    public void ANumberIsReadAsItsLanguageWritesIt(string written, string language, string expected)
    {
        Assert.True(IntakeNumbers.TryParse(written, language, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1.2.3", "en")]
    [InlineData("", "fr")]
    [InlineData("abc", "en")]
    public void TextThatIsNoNumberIsRefused(string written, string language) =>
        Assert.False(IntakeNumbers.TryParse(written, language, out _));
}
