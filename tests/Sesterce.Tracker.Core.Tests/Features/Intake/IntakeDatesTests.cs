using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Intake;

namespace Sesterce.Tracker.Core.Tests.Features.Intake;

public class IntakeDatesTests
{
    private static readonly PartialDate Published = PartialDate.OnDay(2025, 11, 24);

    [Theory]
    [InlineData("La mise en service est prévue en décembre 2026.", "2026-12", "décembre 2026")]
    [InlineData("Lundi 17 novembre, Sesterce a annoncé son projet.", "2025-11-17", "17 novembre")]
    [InlineData("Le 1er décembre 2026, le site ouvrira.", "2026-12-01", "1er décembre 2026")]
    [InlineData("La livraison est attendue au premier trimestre 2027.", "2027-Q1", "premier trimestre 2027")]
    [InlineData("La livraison est attendue au T1 2027.", "2027-Q1", "T1 2027")]
    [InlineData("La livraison est attendue au 2e trimestre 2027.", "2027-Q2", "2e trimestre 2027")]
    [InlineData("L'enquête publique aura lieu au second semestre 2026.", "2026-H2", "second semestre 2026")]
    [InlineData("L'enquête publique aura lieu au S1 2026.", "2026-H1", "S1 2026")]
    [InlineData("Le raccordement est attendu fin 2026.", "2026-H2", "fin 2026")]
    [InlineData("Le raccordement est attendu début 2027.", "2027-H1", "début 2027")]
    [InlineData("Le raccordement est attendu mi-2027.", "2027", "mi-2027")]
    [InlineData("Le site sera opérationnel en 2028.", "2028", "en 2028")]
    [InlineData("En février dernier, 800 emplois étaient envisagés.", "2025-02", "février dernier")]
    [InlineData("La première pierre sera posée en mars prochain.", "2026-03", "mars prochain")]
    [InlineData("Commissioning is due in December 2026.", "2026-12", "December 2026")]
    [InlineData("The permit was granted on May 12, 2026.", "2026-05-12", "May 12, 2026")]
    [InlineData("The permit was granted on 12 May 2026.", "2026-05-12", "12 May 2026")]
    [InlineData("Commissioning is due in Q1 2027.", "2027-Q1", "Q1 2027")]
    [InlineData("Commissioning is due in the first quarter of 2027.", "2027-Q1", "first quarter of 2027")]
    [InlineData("Commissioning is due in the second half of 2026.", "2026-H2", "second half of 2026")]
    [InlineData("Commissioning is due in H2 2026.", "2026-H2", "H2 2026")]
    [InlineData("Grid connection is expected by the end of 2026.", "2026-H2", "the end of 2026")]
    [InlineData("Grid connection is expected in late 2026.", "2026-H2", "late 2026")]
    [InlineData("Grid connection is expected in early 2027.", "2027-H1", "early 2027")]
    [InlineData("Sesterce had promised the jobs last February.", "2025-02", "last February")]
    [InlineData("Groundbreaking is scheduled for next June.", "2026-06", "next June")]
    [InlineData("Sesterce announced the plan on November 17.", "2025-11-17", "November 17")]
    public void DatesAreReadAtTheirPrecision(string text, string expected, string words)
    {
        var found = Assert.Single(IntakeDates.Find(text, new TextSpan(0, text.Length), Published));

        Assert.Equal(PartialDate.Parse(expected), found.Date);
        Assert.EndsWith(words, found.Match.Of(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sesterce may raise its budget.")]
    [InlineData("The 2025 summit gathered 200 companies.")]
    [InlineData("Le site consommera 80 MW.")]
    public void WordsThatAreNoDateAreNotRead(string text) =>
        Assert.Empty(IntakeDates.Find(text, new TextSpan(0, text.Length), Published));

    [Fact]
    public void LastFebruaryInAFebruaryArticleIsTheYearBefore()
    {
        const string text = "En février dernier, le projet était annoncé.";

        var found = Assert.Single(IntakeDates.Find(text, new TextSpan(0, text.Length), PartialDate.OnDay(2026, 2, 20)));

        Assert.Equal(PartialDate.InMonth(2025, 2), found.Date);
        Assert.True(found.SaysLast);
    }
}
