using Sesterce.Tracker.Core.Features.Intake;

namespace Sesterce.Tracker.Core.Tests.Features.Intake;

public class IntakeQuantitiesTests
{
    private static QuantityMention Single(string text, string language) =>
        Assert.Single(IntakeQuantities.Find(text, new TextSpan(0, text.Length), language));

    [Theory]
    [InlineData("Sesterce investit 1,5 milliard d'euros.", "fr", "1500000000", "EUR", "1,5 milliard d'euros")]
    [InlineData("Sesterce investit 1,5 milliard d’euros.", "fr", "1500000000", "EUR", "1,5 milliard d’euros")]
    [InlineData("Un budget de 450 millions d'euros.", "fr", "450000000", "EUR", "450 millions d'euros")]
    [InlineData("Un budget de 450 M€.", "fr", "450000000", "EUR", "450 M€")]
    [InlineData("Un budget de 2 Md€.", "fr", "2000000000", "EUR", "2 Md€")]
    [InlineData("Un budget de 2 milliards de dollars.", "fr", "2000000000", "USD", "2 milliards de dollars")]
    [InlineData("Un budget de 1.500 millions d'euros.", "fr", "1500000000", "EUR", "1.500 millions d'euros")]
    [InlineData("Un budget de 800 000 €.", "fr", "800000", "EUR", "800 000 €")]
    [InlineData("Sesterce will invest €450 million.", "en", "450000000", "EUR", "€450 million")]
    [InlineData("Sesterce will invest $2bn.", "en", "2000000000", "USD", "$2bn")]
    [InlineData("Sesterce will invest £1.2bn.", "en", "1200000000", "GBP", "£1.2bn")]
    [InlineData("Sesterce will invest US$300m.", "en", "300000000", "USD", "US$300m")]
    [InlineData("Sesterce will invest EUR 2 billion.", "en", "2000000000", "EUR", "EUR 2 billion")]
    [InlineData("Sesterce will invest 1,500 million euros.", "en", "1500000000", "EUR", "1,500 million euros")]
    public void MoneyIsReadWithItsCurrencyAndScale(string text, string language, string value, string unit, string words)
    {
        var found = Single(text, language);

        Assert.Equal(CandidateKind.Money, found.Kind);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), found.Value);
        Assert.Equal(unit, found.Unit);
        Assert.Equal(words, found.Match.Of(text));
    }

    [Theory]
    [InlineData("Une puissance de 80 MW.", "fr", "80", "80 MW")]
    [InlineData("Une puissance de 1,2 GW.", "fr", "1200", "1,2 GW")]
    [InlineData("Une puissance de 40 mégawatts.", "fr", "40", "40 mégawatts")]
    [InlineData("Une puissance de 500 kW.", "fr", "0.5", "500 kW")]
    [InlineData("A capacity of 80MW.", "en", "80", "80MW")]
    [InlineData("A capacity of 1.2 GW.", "en", "1200", "1.2 GW")]
    [InlineData("A capacity of 150 megawatts.", "en", "150", "150 megawatts")]
    public void PowerIsReadInMegawatts(string text, string language, string value, string words)
    {
        var found = Single(text, language);

        Assert.Equal(CandidateKind.Power, found.Kind);
        Assert.Equal("MW", found.Unit);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), found.Value);
        Assert.Equal(words, found.Match.Of(text));
    }

    [Theory]
    [InlineData("Le site créera 800 emplois.", "fr", "800", "jobs")]
    [InlineData("Le site accueillera 5 000 GPU.", "fr", "5000", "GPUs")]
    [InlineData("Environ nouveaux 800 emplois étaient envisagés.", "fr", "800", "jobs")]
    [InlineData("Le campus comptera 200 baies.", "fr", "200", "racks")]
    [InlineData("The site will create about 1,000 jobs.", "en", "1000", "jobs")]
    [InlineData("The site will host 10,000 Nvidia H100 GPUs.", "en", "10000", "GPUs")]
    [InlineData("The campus covers 12 hectares.", "en", "12", "hectares")]
    public void CountsAreReadWithTheirNoun(string text, string language, string value, string unit)
    {
        var found = Single(text, language);

        Assert.Equal(CandidateKind.Count, found.Kind);
        Assert.Equal(unit, found.Unit);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), found.Value);
    }

    [Theory]
    [InlineData("Quelque 200 entreprises étaient réunies.", "fr")]
    [InlineData("Une ville de 50 000 habitants.", "fr")]
    [InlineData("The MWh price rose 30 % in 2025.", "en")]
    [InlineData("About 1,000 people attended.", "en")]
    [InlineData("It consumes 80 MWh a day.", "en")]
    public void NumbersWithoutAKnownUnitOrNounAreNoQuantity(string text, string language) =>
        Assert.Empty(IntakeQuantities.Find(text, new TextSpan(0, text.Length), language));

    [Fact]
    public void AFrenchGroupedThousandAndAnEnglishDecimalReadDifferently()
    {
        const string french = "Le site créera 1.500 emplois.";
        const string english = "The site will draw 1.500 MW.";

        Assert.Equal(1500m, Single(french, "fr").Value);
        Assert.Equal(1.5m, Single(english, "en").Value);
    }
}
