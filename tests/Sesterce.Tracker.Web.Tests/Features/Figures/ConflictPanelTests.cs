using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Features.Figures;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Figures;

public class ConflictPanelTests : TrackerComponentTest
{
    private static FigureRevisionView Revision(int id, decimal value, PartialDate announced, ClaimStatus status) =>
        new(id, ValueRange.Exactly(value), FigureQualifier.Exact, announced, announced.End, status, ClaimFixtures.Cite(ClaimFixtures.Article, $"quote {id}"), null, null, null);

    private static readonly FigureRevisionView Official = Revision(1, 1_500_000_000, PartialDate.OnDay(2025, 11, 17), ClaimStatus.OfficialAnnouncement);
    private static readonly FigureRevisionView Press = Revision(2, 2_100_000_000, PartialDate.InMonth(2026, 3), ClaimStatus.PressReport);
    private static readonly FigureRevisionView Later = Revision(3, 2_000_000_000, PartialDate.InMonth(2026, 6), ClaimStatus.OfficialAnnouncement);

    private IRenderedComponent<ConflictPanel> RenderPanel(params ClaimConflict<FigureRevisionView>[] conflicts) =>
        Render<ConflictPanel>(p => p.Add(c => c.Conflicts, conflicts).Add(c => c.Unit, "EUR").Add(c => c.HeadlineId, 1).Add(c => c.Revisions, [Official, Press, Later]));

    [Fact]
    public void AnOpenConflictSaysWhoDisagreesWithWhatAndSinceWhen()
    {
        var cut = RenderPanel(new ClaimConflict<FigureRevisionView>(Press, Official, Press.KnownFrom, null, []));

        var conflict = cut.Find("[data-testid=conflict]");
        Assert.Equal("open", conflict.GetAttribute("data-state"));
        Assert.Contains("Press report €2.1B (Mar 2026) disagrees with the headline Official announcement €1.5B (17 Nov 2025)", conflict.TextContent, StringComparison.Ordinal);
        Assert.Contains("Open since 31 Mar 2026", conflict.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=resolve-form]"));
    }

    [Fact]
    public void AnAdminsResolutionShowsItsOutcomeReasonAndQuotedSource()
    {
        var resolution = new ResolutionView(9, 2, ConflictResolutionKind.Rejected, PartialDate.OnDay(2026, 4, 15), new DateOnly(2026, 4, 15), ClaimStatus.OfficialAnnouncement,
            ClaimFixtures.Cite(ClaimFixtures.Newspaper, "le chiffre inclut la phase 2"), "Counts phase two.");
        var cut = RenderPanel(new ClaimConflict<FigureRevisionView>(Press, Official, Press.KnownFrom, new ConflictOutcome(ConflictResolutionKind.Rejected, resolution.KnownFrom, null, resolution), [resolution]));

        var conflict = cut.Find("[data-testid=conflict]");
        Assert.Equal("resolved", conflict.GetAttribute("data-state"));
        Assert.Contains("Rejected · 15 Apr 2026", cut.Find("[data-testid=conflict-kind]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Reason: Counts phase two.", cut.Find("[data-testid=judgement-reason]").TextContent, StringComparison.Ordinal);
        Assert.Contains("le chiffre inclut la phase 2", cut.Find("[data-testid=judgement]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAutomaticOutcomeNamesTheHeadlineThatEndedIt()
    {
        var cut = RenderPanel(
            new ClaimConflict<FigureRevisionView>(Press, Official, Press.KnownFrom, new ConflictOutcome(ConflictResolutionKind.Superseded, Later.KnownFrom, Later.Id, null), []));

        Assert.Contains("Official announcement €2B (Jun 2026)", cut.Find("[data-testid=conflict-automatic]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Resolved (1)", cut.Markup, StringComparison.Ordinal);
    }
}
