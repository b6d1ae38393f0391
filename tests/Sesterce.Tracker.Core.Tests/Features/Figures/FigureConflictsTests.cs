using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Figures;
using static Sesterce.Tracker.Core.Tests.Features.Figures.Revisions;

namespace Sesterce.Tracker.Core.Tests.Features.Figures;

public class FigureConflictsTests
{
    private static readonly PartialDate Summit = PartialDate.OnDay(2025, 11, 17);

    private static ResolutionView Resolution(int id, int claimId, ConflictResolutionKind kind, PartialDate on, int? corrects = null) =>
        new(id, claimId, kind, on, on.End, ClaimStatus.InternalEstimate, [], "reason", corrects);

    [Fact]
    public void APressReportMonthsAfterTheOfficialFigureConflictsWithTheHeadlineInForce()
    {
        var official = Make(1, 1_500_000_000, Summit);
        var press = Make(2, 2_100_000_000, PartialDate.InMonth(2026, 3), ClaimStatus.PressReport, Newspaper);

        var conflict = Assert.Single(FigureConflicts.Find([official, press]));

        Assert.Equal((2, 1), (conflict.Claim.Id, conflict.With.Id));
        Assert.Equal(new DateOnly(2026, 3, 31), conflict.Since);
        Assert.True(conflict.IsOpen);
    }

    [Fact]
    public void ALaterOfficialAnnouncementSupersedesAnEarlierReportInsteadOfConflicting()
    {
        var press = Make(1, 1_200_000_000, PartialDate.OnDay(2025, 11, 10), ClaimStatus.PressReport, Newspaper);
        var official = Make(2, 1_500_000_000, Summit);

        Assert.Empty(FigureConflicts.Find([press, official]));
    }

    [Fact]
    public void TwoOfficialNumbersOnTheSameDayConflict()
    {
        var prefecture = Make(1, 1_500_000_000, Summit);
        var company = Make(2, 1_400_000_000, Summit, source: Blog);

        var conflict = Assert.Single(FigureConflicts.Find([prefecture, company]));
        Assert.Equal((1, 2), (conflict.Claim.Id, conflict.With.Id));
    }

    [Fact]
    public void OverlappingRangesAgree()
    {
        var official = Make(1, 1_400_000_000, Summit, high: 1_600_000_000);
        var press = Make(2, 1_500_000_000, PartialDate.OnDay(2026, 6, 2), ClaimStatus.PressReport, Newspaper);

        Assert.Empty(FigureConflicts.Find([official, press]));
    }

    [Fact]
    public void ARangeThatMissesTheHeadlineConflicts()
    {
        var official = Make(1, 1_500_000_000, Summit);
        var press = Make(2, 1_600_000_000, PartialDate.OnDay(2026, 6, 2), ClaimStatus.PressReport, Newspaper, high: 2_000_000_000);

        Assert.Single(FigureConflicts.Find([official, press]));
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
    public void ClaimsOfDifferentScopesNeverConflict()
    {
        var campus = Make(1, 1_500_000_000, Summit);
        var phaseOne = Make(2, 450_000_000, PartialDate.OnDay(2026, 3, 2), ClaimStatus.PressReport, Newspaper) with { ClaimScope = new ClaimScope(ClaimScopeKind.Phase, 7, "Phase 1") };
        var building = Make(3, 90_000_000, PartialDate.OnDay(2026, 3, 3), ClaimStatus.PressReport, Newspaper) with { ClaimScope = new ClaimScope(ClaimScopeKind.Building, null, "B2") };

        Assert.Empty(FigureConflicts.Find([campus, phaseOne, building]));
        Assert.Equal(1, FigureHeadlines.Choose([campus, phaseOne, building], null)!.Revision.Id);
    }

    [Fact]
    public void ClaimsOfTheSameNarrowerScopeConflictWithEachOther()
    {
        var first = Make(1, 450_000_000, Summit) with { ClaimScope = new ClaimScope(ClaimScopeKind.Building, null, "B2") };
        var second = Make(2, 600_000_000, PartialDate.OnDay(2026, 3, 2), ClaimStatus.PressReport, Newspaper) with { ClaimScope = new ClaimScope(ClaimScopeKind.Building, null, " b2 ") };

        Assert.Single(FigureConflicts.Find([first, second]));
    }

    [Fact]
    public void ALaterHeadlineThatAgreesCorroboratesTheReport()
    {
        var official = Make(1, 1_500_000_000, Summit);
        var press = Make(2, 2_100_000_000, PartialDate.OnDay(2026, 3, 2), ClaimStatus.PressReport, Newspaper);
        var confirmed = Make(3, 2_100_000_000, PartialDate.OnDay(2026, 6, 1));

        var conflict = Assert.Single(FigureConflicts.Find([official, press, confirmed]));

        Assert.Equal(ConflictResolutionKind.Corroborated, conflict.Outcome!.Kind);
        Assert.Equal(3, conflict.Outcome.ByClaimId);
        Assert.Equal(new DateOnly(2026, 6, 1), conflict.Outcome.On);
    }

    [Fact]
    public void ALaterOfficialFigureThatStillDisagreesSupersedesTheReport()
    {
        var official = Make(1, 1_500_000_000, Summit);
        var press = Make(2, 2_100_000_000, PartialDate.OnDay(2026, 3, 2), ClaimStatus.PressReport, Newspaper);
        var revised = Make(3, 1_700_000_000, PartialDate.OnDay(2026, 6, 1));

        var conflict = Assert.Single(FigureConflicts.Find([official, press, revised]));

        Assert.Equal(ConflictResolutionKind.Superseded, conflict.Outcome!.Kind);
        Assert.True(conflict.Outcome.IsAutomatic);
    }

    [Fact]
    public void ALaterPressReportDoesNotEndTheConflict()
    {
        var official = Make(1, 1_500_000_000, Summit);
        var press = Make(2, 2_100_000_000, PartialDate.OnDay(2026, 3, 2), ClaimStatus.PressReport, Newspaper);
        var other = Make(3, 1_900_000_000, PartialDate.OnDay(2026, 6, 1), ClaimStatus.PressReport, Blog);

        var conflicts = FigureConflicts.Find([official, press, other]);

        Assert.Equal(2, conflicts.Count);
        Assert.All(conflicts, c => Assert.True(c.IsOpen));
    }

    [Fact]
    public void AnAdminResolutionClosesTheConflictFromItsDayOnAndAReopeningOpensItAgain()
    {
        var official = Make(1, 1_500_000_000, Summit);
        var press = Make(2, 2_100_000_000, PartialDate.OnDay(2026, 3, 2), ClaimStatus.PressReport, Newspaper);
        var rejected = Resolution(10, 2, ConflictResolutionKind.Rejected, PartialDate.OnDay(2026, 4, 1));
        var reopened = Resolution(11, 2, ConflictResolutionKind.Reopened, PartialDate.OnDay(2026, 5, 1));

        Assert.True(Assert.Single(FigureConflicts.Find([official, press])).IsOpen);
        var resolved = Assert.Single(FigureConflicts.Find([official, press], null, [rejected]));
        Assert.Equal(ConflictResolutionKind.Rejected, resolved.Outcome!.Kind);
        Assert.Equal(10, resolved.Outcome.Resolution!.Id);
        Assert.True(Assert.Single(FigureConflicts.Find([official, press], null, [rejected, reopened])).IsOpen);
    }

    [Fact]
    public void ACorrectedResolutionGivesWayToItsCorrection()
    {
        var official = Make(1, 1_500_000_000, Summit);
        var press = Make(2, 450_000_000, PartialDate.OnDay(2026, 3, 2), ClaimStatus.PressReport, Newspaper);
        var rejected = Resolution(10, 2, ConflictResolutionKind.Rejected, PartialDate.OnDay(2026, 4, 1));
        var scope = Resolution(11, 2, ConflictResolutionKind.DifferentScope, PartialDate.OnDay(2026, 4, 2), corrects: 10);

        var conflict = Assert.Single(FigureConflicts.Find([official, press], null, [rejected, scope]));

        Assert.Equal(ConflictResolutionKind.DifferentScope, conflict.Outcome!.Kind);
        Assert.Equal([11], conflict.Resolutions.Select(r => r.Id));
    }

    [Fact]
    public void AReportBeforeAnyOfficialWordIsTheHeadlineAndConflictsWithNothing()
    {
        var first = Make(1, 1_000_000_000, PartialDate.OnDay(2025, 1, 2), ClaimStatus.PressReport, Newspaper);
        var second = Make(2, 1_200_000_000, PartialDate.OnDay(2025, 2, 2), ClaimStatus.PressReport, Blog);

        Assert.Empty(FigureConflicts.Find([first, second]));
    }

    [Fact]
    public void AReferenceRevisionIsTheHeadlineLaterClaimsAreMeasuredAgainst()
    {
        var official = Make(1, 1_500_000_000, Summit);
        var later = Make(2, 1_800_000_000, PartialDate.OnDay(2026, 3, 2));

        var conflict = Assert.Single(FigureConflicts.Find([official, later], referenceRevisionId: 1));

        Assert.Equal((2, 1), (conflict.Claim.Id, conflict.With.Id));
    }
}
