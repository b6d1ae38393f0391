using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Web.Tests.Features.Figures;

/// <summary>The Alixan investment ledger plus a newspaper quoting another number two weeks after the summit.</summary>
internal static class LedgerFixtures
{
    public static readonly SourceRef Article = ClaimFixtures.Article;
    public static readonly SourceRef Newspaper = ClaimFixtures.Newspaper;

    public static FigureRevisionView Revision(int id, ValueRange value, PartialDate announced, ClaimStatus status, SourceRef source, string quote, FigureQualifier qualifier = FigureQualifier.Exact) =>
        new(id, value, qualifier, announced, announced.End, status, ClaimFixtures.Cite(source, quote), $"note {id}", null, null);

    public static FigureSnapshot DisputedInvestment() => FigureHistory.Snapshot(
        "investment",
        "Investment",
        "EUR",
        [
            Revision(1, ValueRange.Exactly(450_000_000), PartialDate.InMonth(2025, 2), ClaimStatus.OfficialAnnouncement, Article, "d'investir 450 millions d'euros"),
            Revision(2, ValueRange.Exactly(1_500_000_000), PartialDate.OnDay(2025, 11, 17), ClaimStatus.OfficialAnnouncement, Article, "a annoncé investir 1,5 milliard d'euros"),
            Revision(3, new ValueRange(1_200_000_000, 1_300_000_000), PartialDate.OnDay(2025, 12, 2), ClaimStatus.PressReport, Newspaper, "entre 1,2 et 1,3 milliard", FigureQualifier.Approximately),
        ])!;

    /// <summary>The disputed ledger where the newspaper also confirms the summit's 1.5 billion, in its own words.</summary>
    public static FigureSnapshot ConfirmedInvestment()
    {
        var disputed = DisputedInvestment();
        var confirmed = disputed.History[1] with
        {
            Sources = [new(Article, "a annoncé investir 1,5 milliard d'euros"), new(Newspaper, "un investissement de 1,5 milliard")],
        };
        return FigureHistory.Snapshot("investment", "Investment", "EUR", [disputed.History[0], confirmed, disputed.History[2]])!;
    }

    public static IReadOnlyList<LedgerRow> Rows(FigureSnapshot figure)
    {
        var first = figure.First;
        FigureRevisionView? previous = null;
        var rows = new List<LedgerRow>();
        foreach (var r in figure.History)
        {
            rows.Add(new LedgerRow(
                r,
                previous is null ? null : FigureChange.Between(previous.Value, r.Value),
                r.Id == first.Id ? null : FigureChange.Between(first.Value, r.Value),
                r.Id == figure.Latest.Id,
                false,
                figure.Conflicts!.Any(c => c.Involves(r.Id))));
            previous = r;
        }

        return rows;
    }
}
