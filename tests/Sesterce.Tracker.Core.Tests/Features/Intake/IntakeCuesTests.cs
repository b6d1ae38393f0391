using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Intake;

namespace Sesterce.Tracker.Core.Tests.Features.Intake;

public class IntakeCuesTests
{
    private static readonly PartialDate Published = PartialDate.OnDay(2026, 6, 1);

    private static IntakeCandidate Single(string text, string language) => Assert.Single(IntakeRecogniser.Extract(text, language, Published));

    [Theory]
    [InlineData("Environ 800 emplois seront créés.", "fr", FigureQualifier.Approximately, "Environ")]
    [InlineData("Quelque 800 emplois seront créés.", "fr", FigureQualifier.Approximately, "Quelque")]
    [InlineData("Près de 800 emplois seront créés.", "fr", FigureQualifier.Approximately, "Près de")]
    [InlineData("Plus de 800 emplois seront créés.", "fr", FigureQualifier.AtLeast, "Plus de")]
    [InlineData("Jusqu'à 800 emplois seront créés.", "fr", FigureQualifier.AtMost, "Jusqu'à")]
    [InlineData("About 1,000 jobs will be created.", "en", FigureQualifier.Approximately, "About")]
    [InlineData("Roughly 1,000 jobs will be created.", "en", FigureQualifier.Approximately, "Roughly")]
    [InlineData("More than 1,000 jobs will be created.", "en", FigureQualifier.AtLeast, "More than")]
    [InlineData("Up to 1,000 jobs will be created.", "en", FigureQualifier.AtMost, "Up to")]
    public void TheWordBeforeAValueIsItsQualifier(string text, string language, FigureQualifier qualifier, string words)
    {
        var candidate = Single(text, language);

        Assert.Equal(qualifier, candidate.Qualifier);
        Assert.Contains(candidate.Wording, w => w.Kind == WordingKind.Qualifier && w.Text == words && w.Start == 0);
    }

    [Fact]
    public void AValueWithoutQualifierIsExact() => Assert.Equal(FigureQualifier.Exact, Single("The site will draw 80 MW.", "en").Qualifier);

    [Theory]
    [InlineData("La puissance, initialement prévue à 40 MW, sera revue.", "fr", "initialement")]
    [InlineData("Sesterce avait promis 450 millions d'euros.", "fr", "avait promis")]
    [InlineData("Les 800 emplois étaient envisagés dès l'origine.", "fr", "étaient envisagés")]
    [InlineData("The power was originally set at 40 MW.", "en", "originally")]
    [InlineData("Sesterce had promised €450 million.", "en", "had promised")]
    [InlineData("About 800 jobs were planned at first.", "en", "were planned")]
    public void WordsThatRecallAnEarlierClaimMarkItRecalled(string text, string language, string words)
    {
        var candidate = Single(text, language);

        Assert.True(candidate.Recalled);
        Assert.Contains(candidate.Wording, w => w.Kind == WordingKind.Recall && w.Text == words);
    }

    [Theory]
    [InlineData("La puissance passe à 80 MW.", "fr", "passe à")]
    [InlineData("Le budget est porté à 1,5 milliard d'euros.", "fr", "est porté à")]
    [InlineData("The budget was raised to €1.5 billion.", "en", "raised to")]
    [InlineData("The budget is now €1.5 billion.", "en", "now")]
    public void WordsThatReplaceAValueMarkARevisionThatIsNew(string text, string language, string words)
    {
        var candidate = Single(text, language);

        Assert.False(candidate.Recalled);
        Assert.Contains(candidate.Wording, w => w.Kind == WordingKind.Revision && w.Text == words);
    }

    [Theory]
    [InlineData("Ce chiffre de 800 emplois pourrait être revu à la hausse.", "fr")]
    [InlineData("The 800 jobs could be revised upward.", "en")]
    [InlineData("Sesterce will create 800 jobs, and that number is expected to rise.", "en")]
    public void WordsThatExpectARiseAreKeptWithTheValue(string text, string language) =>
        Assert.True(Single(text, language).ExpectedToRise);

    [Fact]
    public void AnOutlookInTheNextSentenceJoinsTheFigureJustStated()
    {
        const string text = "About 800 jobs were planned. This figure could be revised upward.";

        var candidate = Assert.Single(IntakeRecogniser.Extract(text, "en", Published));

        Assert.True(candidate.ExpectedToRise);
        Assert.Equal("About 800 jobs were planned.", candidate.Quote);
    }

    [Theory]
    [InlineData("La mise en service, initialement prévue en décembre 2026, est reportée à fin 2027.", "fr", "reportée")]
    [InlineData("Commissioning was delayed to the first quarter of 2027.", "en", "delayed")]
    public void ADelayIsNotedOnTheNewDate(string text, string language, string words)
    {
        var candidate = IntakeRecogniser.Extract(text, language, Published)[^1];

        Assert.False(candidate.Recalled);
        Assert.Contains(candidate.Wording, w => w.Kind == WordingKind.Delay && w.Text == words);
    }

    [Theory]
    [InlineData("Le permis de construire a été délivré le 12 mai 2026.", "fr", MilestoneKind.Regulatory, true)]
    [InlineData("Le permis de construire est attendu en septembre 2026.", "fr", MilestoneKind.Regulatory, false)]
    [InlineData("Les travaux ont commencé en mars 2026.", "fr", MilestoneKind.Construction, true)]
    [InlineData("Le raccordement au réseau est prévu fin 2026.", "fr", MilestoneKind.Other, false)]
    [InlineData("The site will be fully operational in 2028.", "en", MilestoneKind.Operation, false)]
    [InlineData("Grid connection was completed in May 2026.", "en", MilestoneKind.Other, true)]
    [InlineData("Financial close is expected in Q3 2026.", "en", MilestoneKind.Financing, false)]
    public void ADateTakesItsMilestoneKindFromTheWordsBeforeIt(string text, string language, MilestoneKind kind, bool reached)
    {
        var candidate = Single(text, language);

        Assert.Equal(CandidateKind.Date, candidate.Kind);
        Assert.Equal(kind, candidate.MilestoneKind);
        Assert.Equal(reached, candidate.Reached);
    }

    [Theory]
    [InlineData("Sesterce a présenté son projet en 2027 à Valence.", "fr")]
    [InlineData("The mayor met the founders in March 2026.", "en")]
    public void ADateWithoutMilestoneWordsIsNoCandidate(string text, string language) =>
        Assert.Empty(IntakeRecogniser.Extract(text, language, Published));
}
