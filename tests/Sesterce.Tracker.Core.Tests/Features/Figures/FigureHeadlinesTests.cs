using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using static Sesterce.Tracker.Core.Tests.Features.Figures.Revisions;

namespace Sesterce.Tracker.Core.Tests.Features.Figures;

public class FigureHeadlinesTests
{
    private static readonly PartialDate Summit = PartialDate.OnDay(2025, 11, 17);
    private static readonly PartialDate TwoWeeksLater = PartialDate.OnDay(2025, 12, 2);

    [Fact]
    public void TheLatestOfficialAnnouncementOutranksALaterPressReport()
    {
        var official = Make(1, 1_500_000_000, Summit);
        var press = Make(2, 1_200_000_000, TwoWeeksLater, ClaimStatus.PressReport, Newspaper);

        var headline = FigureHeadlines.Choose([official, press], referenceRevisionId: null);

        Assert.NotNull(headline);
        Assert.Equal(1, headline.Revision.Id);
        Assert.Equal(HeadlineReason.LatestAuthoritative, headline.Reason);
    }

    [Fact]
    public void AnApprovedRevisionCountsAsAuthoritative()
    {
        var official = Make(1, 450_000_000, PartialDate.InMonth(2025, 2));
        var approved = Make(2, 500_000_000, PartialDate.InMonth(2025, 6), ClaimStatus.Approved);
        var estimate = Make(3, 700_000_000, PartialDate.InMonth(2025, 7), ClaimStatus.InternalEstimate);

        var headline = FigureHeadlines.Choose([official, approved, estimate], null);

        Assert.Equal(2, headline!.Revision.Id);
    }

    [Fact]
    public void AReportRepeatingTheOfficialNumberBecomesTheHeadlineWithItsQualifier()
    {
        var official = Make(1, 800, PartialDate.InMonth(2025, 2), qualifier: FigureQualifier.Approximately);
        var press = Make(2, 800, Summit, ClaimStatus.PressReport, qualifier: FigureQualifier.ExpectedToRise);

        var headline = FigureHeadlines.Choose([official, press], null);

        Assert.Equal(2, headline!.Revision.Id);
        Assert.Equal(HeadlineReason.RestatesAuthoritative, headline.Reason);
    }

    [Fact]
    public void WithoutAnyOfficialWordTheLatestRevisionIsTheHeadline()
    {
        var first = Make(1, 100, PartialDate.InMonth(2025, 3), ClaimStatus.PressReport, Newspaper);
        var second = Make(2, 120, PartialDate.InMonth(2025, 4), ClaimStatus.InternalEstimate, Blog);

        var headline = FigureHeadlines.Choose([first, second], null);

        Assert.Equal(2, headline!.Revision.Id);
        Assert.Equal(HeadlineReason.LatestAnyStatus, headline.Reason);
    }

    [Fact]
    public void TheReferenceChosenByAnAdminWinsOverTheRule()
    {
        var official = Make(1, 1_500_000_000, Summit);
        var press = Make(2, 1_200_000_000, TwoWeeksLater, ClaimStatus.PressReport, Newspaper);

        var headline = FigureHeadlines.Choose([official, press], referenceRevisionId: 2);

        Assert.Equal(2, headline!.Revision.Id);
        Assert.Equal(HeadlineReason.Reference, headline.Reason);
    }

    [Fact]
    public void AReferenceNotYetKnownOnTheDateLeavesTheRuleInCharge()
    {
        var official = Make(1, 1_500_000_000, Summit);

        var headline = FigureHeadlines.Choose([official], referenceRevisionId: 2);

        Assert.Equal(1, headline!.Revision.Id);
        Assert.Equal(HeadlineReason.LatestAuthoritative, headline.Reason);
    }

    [Fact]
    public void NoRevisionMeansNoHeadline() => Assert.Null(FigureHeadlines.Choose([], null));

    [Fact]
    public void TheSnapshotMeasuresTheChangeSinceFirstUpToTheHeadline()
    {
        var first = Make(1, 450_000_000, PartialDate.InMonth(2025, 2));
        var official = Make(2, 1_500_000_000, Summit);
        var press = Make(3, 2_000_000_000, TwoWeeksLater, ClaimStatus.PressReport, Newspaper);

        var snapshot = Snapshot("investment", "EUR", null, first, official, press);

        Assert.Equal(2, snapshot.Latest.Id);
        Assert.Equal(ValueRange.Exactly(1_050_000_000), snapshot.ChangeSinceFirst!.Absolute);
        Assert.Single(snapshot.Conflicts!);
    }
}
