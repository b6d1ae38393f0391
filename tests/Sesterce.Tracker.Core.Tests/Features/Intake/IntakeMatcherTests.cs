using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Intake;

namespace Sesterce.Tracker.Core.Tests.Features.Intake;

public class IntakeMatcherTests
{
    private static readonly PartialDate Published = PartialDate.OnDay(2025, 11, 24);

    // The seed campus as known before the article: the February figures and no dates yet for phase 1.
    private static readonly CampusSnapshot Alixan = new(
        [
            new KnownFigure(1, "investment", "Investment", "Investissement", "EUR", 450_000_000m),
            new KnownFigure(2, "power", "Power", "Puissance", "MW", 40m),
            new KnownFigure(3, "jobs", "Jobs", "Emplois", "jobs", 800m),
            new KnownFigure(4, "gpus", "GPU count", "Nombre de GPU", "units", null),
        ],
        [
            new KnownMilestone(10, "First announcement of the campus", null, MilestoneKind.Announcement, PartialDate.InMonth(2025, 2)),
            new KnownMilestone(11, "Phase 1 commissioning", "Mise en service de la phase 1", MilestoneKind.Commissioning, null),
            new KnownMilestone(12, "Phase 2 commissioning", "Mise en service de la phase 2", MilestoneKind.Commissioning, PartialDate.InMonth(2027, 6)),
            new KnownMilestone(13, "Full 80 MW in operation", "Exploitation complète des 80 MW", MilestoneKind.Operation, PartialDate.InMonth(2027, 12)),
        ]);

    private static IReadOnlyList<MatchedCandidate> Match(string text, bool official = false, string language = "fr") =>
        IntakeMatcher.Match(IntakeRecogniser.Extract(text, language, Published), Alixan, Published, official);

    [Fact]
    public void FiguresAreMatchedByUnitAndSayWhetherTheyAgreeWithTheHeadline()
    {
        var matched = Match("La puissance, initialement prévue à 40 MW, passe à 80 MW pour 1,5 milliard d'euros.");

        Assert.Equal([2, 2, 1], matched.Select(m => m.Figure?.Id ?? 0));
        Assert.Equal([HeadlineAgreement.Agrees, HeadlineAgreement.Disagrees, HeadlineAgreement.Disagrees], matched.Select(m => m.Agreement));
    }

    [Fact]
    public void ACountIsMatchedByItsNounEvenWhenTheFigureUnitIsGeneric()
    {
        var matched = Assert.Single(Match("Le site accueillera 5 000 GPU."));

        Assert.Equal(4, matched.Figure?.Id);
        Assert.Equal(HeadlineAgreement.NoHeadline, matched.Agreement);
    }

    [Fact]
    public void AQuantityNoFigureTracksIsLeftWithoutARecord()
    {
        var matched = Assert.Single(Match("The campus covers 12 hectares.", language: "en"));

        Assert.Null(matched.Figure);
        Assert.Equal(HeadlineAgreement.NoRecord, matched.Agreement);
    }

    [Fact]
    public void DatesAreMatchedToMilestonesByKindThenByWords()
    {
        var matched = Match("La mise en service de la phase 1 est annoncée pour décembre 2026, tandis que l'exploitation complète est prévue pour décembre 2027.");

        Assert.Equal(11, matched[0].Milestone?.Id);
        Assert.Equal(HeadlineAgreement.NoHeadline, matched[0].Agreement);
        Assert.Equal(13, matched[1].Milestone?.Id);
        Assert.Equal(HeadlineAgreement.Agrees, matched[1].Agreement);
    }

    [Fact]
    public void TheSecondPhaseWordsPickTheSecondPhaseMilestone()
    {
        var matched = Assert.Single(Match("The commissioning of phase 2 is now expected in Q4 2027.", language: "en"));

        Assert.Equal(12, matched.Milestone?.Id);
        Assert.Equal(HeadlineAgreement.Disagrees, matched.Agreement);
    }

    [Fact]
    public void AnOperatorAnnouncementProposesOfficialClaimsAndAPressArticlePressReports()
    {
        const string text = "Sesterce investira 1,5 milliard d'euros.";

        Assert.Equal(ClaimStatus.OfficialAnnouncement, Assert.Single(Match(text, official: true)).ProposedStatus);
        Assert.Equal(ClaimStatus.PressReport, Assert.Single(Match(text, official: false)).ProposedStatus);
    }

    [Fact]
    public void TheReportedOnDayIsTheDayTheSentenceRecallsOrElseThePublication()
    {
        var matched = Match("Sesterce avait promis en février dernier 450 millions d'euros. Sesterce investira 1,5 milliard d'euros.");

        Assert.Equal(PartialDate.InMonth(2025, 2), matched[0].ReportedOn);
        Assert.Equal(Published, matched[1].ReportedOn);
    }
}
