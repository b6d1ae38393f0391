using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using static Sesterce.Tracker.Core.Tests.Features.Figures.Revisions;

namespace Sesterce.Tracker.Core.Tests.Features.Figures;

public class FigureConflictsTests
{
    private static readonly PartialDate Summit = PartialDate.OnDay(2025, 11, 17);

    [Fact]
    public void APressReportQuotingAnotherNumberSoonAfterTheAnnouncementConflicts()
    {
        var official = Make(1, 1_500_000_000, Summit);
        var press = Make(2, 1_200_000_000, PartialDate.OnDay(2025, 12, 2), ClaimStatus.PressReport, Newspaper);

        var conflict = Assert.Single(FigureConflicts.Find([official, press]));

        Assert.Equal(1, conflict.Earlier.Id);
        Assert.Equal(2, conflict.Later.Id);
        Assert.Equal(15, conflict.DaysApart);
    }

    [Fact]
    public void ALaterOfficialAnnouncementSupersedesAnEarlierReportInsteadOfConflicting()
    {
        var press = Make(1, 1_200_000_000, PartialDate.OnDay(2025, 11, 10), ClaimStatus.PressReport, Newspaper);
        var official = Make(2, 1_500_000_000, Summit);

        Assert.Empty(FigureConflicts.Find([press, official]));
    }

    [Fact]
    public void TwoOfficialNumbersFromDifferentSourcesOnTheSameDayConflict()
    {
        var prefecture = Make(1, 1_500_000_000, Summit);
        var company = Make(2, 1_400_000_000, Summit, source: Blog);

        Assert.Single(FigureConflicts.Find([prefecture, company]));
    }

    [Fact]
    public void ASourceChangingItsOwnNumberIsAChangeNotAConflict()
    {
        var first = Make(1, 1_500_000_000, Summit, ClaimStatus.PressReport, Newspaper);
        var second = Make(2, 1_600_000_000, PartialDate.OnDay(2025, 11, 20), ClaimStatus.PressReport, Newspaper);

        Assert.Empty(FigureConflicts.Find([first, second]));
    }

    [Theory]
    [InlineData(2026, 2, 15, true)]
    [InlineData(2026, 2, 16, false)]
    public void OnlyRevisionsAnnouncedWithinNinetyDaysOfEachOtherCanConflict(int year, int month, int day, bool conflicts)
    {
        var official = Make(1, 1_500_000_000, Summit);
        var press = Make(2, 1_200_000_000, PartialDate.OnDay(year, month, day), ClaimStatus.PressReport, Newspaper);

        Assert.Equal(conflicts, FigureConflicts.Find([official, press]).Count == 1);
    }

    [Fact]
    public void AMonthPrecisionAnnouncementIsMeasuredFromTheEndOfItsMonth()
    {
        Assert.Equal(0, FigureConflicts.DaysApart(PartialDate.InMonth(2025, 11), Summit));
        Assert.Equal(2, FigureConflicts.DaysApart(PartialDate.InMonth(2025, 11), PartialDate.OnDay(2025, 12, 2)));
        Assert.Equal(2, FigureConflicts.DaysApart(PartialDate.OnDay(2025, 12, 2), PartialDate.InMonth(2025, 11)));
    }

    [Fact]
    public void OverlappingRangesAgree()
    {
        var official = Make(1, 1_400_000_000, Summit, high: 1_600_000_000);
        var press = Make(2, 1_500_000_000, PartialDate.OnDay(2025, 12, 2), ClaimStatus.PressReport, Newspaper);

        Assert.Empty(FigureConflicts.Find([official, press]));
    }

    [Theory]
    [InlineData(FigureQualifier.AtLeast, 1_000_000_000, false)]
    [InlineData(FigureQualifier.ExpectedToRise, 1_000_000_000, false)]
    [InlineData(FigureQualifier.AtMost, 1_000_000_000, true)]
    [InlineData(FigureQualifier.Approximately, 1_000_000_000, true)]
    public void QualifiersWidenWhatAValueAllows(FigureQualifier qualifier, long reported, bool conflicts)
    {
        var official = Make(1, 1_500_000_000, Summit);
        var press = Make(2, reported, PartialDate.OnDay(2025, 12, 2), ClaimStatus.PressReport, Newspaper, qualifier);

        Assert.Equal(conflicts, FigureConflicts.Find([official, press]).Count == 1);
    }

    [Fact]
    public void RevisionsWithoutASourceAreNeverComparedForConflict()
    {
        var official = Make(1, 1_500_000_000, Summit) with { Sources = [] };
        var press = Make(2, 1_200_000_000, PartialDate.OnDay(2025, 12, 2), ClaimStatus.PressReport, Newspaper);

        Assert.Empty(FigureConflicts.Find([official, press]));
    }
}
