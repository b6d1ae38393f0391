using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Web.Features.Milestones;
using Sesterce.Tracker.Web.Tests.Components;
using static Sesterce.Tracker.Web.Tests.ClaimFixtures;

namespace Sesterce.Tracker.Web.Tests.Features.Milestones;

public class DateHistoryTableTests : TrackerComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private IRenderedComponent<DateHistoryTable> RenderTable(params Core.Features.Milestones.MilestoneDateRevisionView[] claims) =>
        Render<DateHistoryTable>(p => p.Add(c => c.Milestone, Milestone(1, "Phase 1 commissioning", Today, claims)));

    private static List<string> Rows(IRenderedComponent<DateHistoryTable> cut) =>
        [.. cut.FindAll("[data-testid=date-claim]").Select(r => r.TextContent.Squash())];

    [Fact]
    public void EveryClaimIsARowNewestFirstWithItsStatusChangeSourcesAndReason()
    {
        var cut = RenderTable(
            Target(1, PartialDate.InMonth(2026, 12), PartialDate.OnDay(2025, 11, 17), sources: Cite(Article, "annoncée pour décembre 2026"), reason: "First date announced."),
            Target(2, PartialDate.InQuarter(2027, 1), PartialDate.OnDay(2026, 10, 1), ClaimStatus.InternalEstimate, Cite(Newspaper, "au premier trimestre 2027"), "Grid works late."));

        var rows = Rows(cut);
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("1 Oct 2026 Target: Q1 2027 Internal estimate +1 quarter", rows[0], StringComparison.Ordinal);
        Assert.EndsWith("Grid works late.", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("17 Nov 2025 Target: Dec 2026 Official announcement first announced", rows[1], StringComparison.Ordinal);
        Assert.Contains("au premier trimestre 2027", rows[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ACorrectedClaimStaysStruckThroughAndSaysItWasCorrected()
    {
        var cut = RenderTable(
            Target(1, PartialDate.InMonth(2026, 12), PartialDate.OnDay(2025, 11, 17)),
            Target(2, PartialDate.InMonth(2027, 6), PartialDate.OnDay(2026, 3, 1)),
            Target(3, PartialDate.InMonth(2027, 3), PartialDate.OnDay(2026, 3, 5), reason: "Typo: March, not June.", corrects: 2));

        var corrected = cut.FindAll("[data-testid=date-claim]")[1];
        Assert.Contains("claim-corrected", corrected.ClassName, StringComparison.Ordinal);
        Assert.Contains("Target: Jun 2027", corrected.TextContent.Squash(), StringComparison.Ordinal);
        Assert.Equal("corrected by a later claim", corrected.QuerySelector("[data-testid=corrected-by]")!.TextContent.Trim());
        Assert.DoesNotContain("claim-corrected", cut.FindAll("[data-testid=date-claim]")[0].ClassName ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void AReachedDateAndItsRetractionAreRowsOfTheirOwnKind()
    {
        var cut = RenderTable(
            Target(1, PartialDate.InMonth(2026, 12), PartialDate.OnDay(2025, 11, 17)),
            Reached(2, PartialDate.OnDay(2026, 11, 2), PartialDate.OnDay(2026, 11, 3)),
            Reached(3, null, PartialDate.OnDay(2026, 11, 10)));

        var rows = cut.FindAll("[data-testid=date-claim]");
        Assert.Equal(["Reached", "Reached", "Target"], rows.Select(r => r.GetAttribute("data-kind")));
        Assert.Contains("Reached: retracted", rows[0].TextContent.Squash(), StringComparison.Ordinal);
        Assert.Contains("Reached: 2 Nov 2026", rows[1].TextContent.Squash(), StringComparison.Ordinal);
        Assert.Equal("—", rows[1].QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public void ATargetNotKnownYetSaysSo()
    {
        var cut = RenderTable(Target(1, null, PartialDate.OnDay(2026, 9, 15), ClaimStatus.PressReport));

        Assert.Contains("Target: not known yet Press report —", Rows(cut)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TheFrenchTableSpeaksFrench()
    {
        UseCulture("fr");

        var cut = RenderTable(
            Target(1, PartialDate.InMonth(2027, 12), PartialDate.OnDay(2025, 11, 17)),
            Target(2, PartialDate.InHalf(2028, 1), PartialDate.OnDay(2026, 6, 2)));

        Assert.StartsWith("2 juin 2026 Échéance : S1 2028 Annonce officielle +1 semestre", Rows(cut)[0], StringComparison.Ordinal);
    }
}
