using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;

namespace Sesterce.Tracker.Core.Tests.Features.Figures;

/// <summary>A corrected revision was a mistake: it stays in the ledger, marked, but measures no change and draws no point.</summary>
public class CorrectedRevisionTests
{
    private static FigureRevisionView Revision(int id, decimal value, string day, int? corrects = null) =>
        new(id, ValueRange.Exactly(value), FigureQualifier.Exact, PartialDate.Parse(day), PartialDate.Parse(day).End, ClaimStatus.OfficialAnnouncement, [], null, corrects, null);

    // €450M, then "1.7" typed meaning €1.7B (saved as €1.70), then its correction to €1.7B.
    private static readonly FigureRevisionView[] Known =
    [
        Revision(1, 450_000_000m, "2025-02-10"),
        Revision(2, 1.7m, "2025-11-17"),
        Revision(3, 1_700_000_000m, "2025-11-17", corrects: 2),
    ];

    [Fact]
    public void ACorrectedRevisionHasNoChangeColumnsAndNothingIsMeasuredFromIt()
    {
        var ledger = new FigureLedger("investment", "Investment", "EUR", new DateOnly(2026, 1, 1), FigureHistory.Ledger(Known));
        var figure = FigureHistory.Snapshot("investment", "Investment", "EUR", Known);

        var rows = FigureLedgerService.Rows(ledger, figure, []);

        var corrected = rows.Single(r => r.Revision.Id == 2);
        Assert.True(corrected.IsCorrected);
        Assert.Null(corrected.FromPrevious);
        Assert.Null(corrected.FromFirst);
        Assert.Null(corrected.FromHeadlineInForce);
        var correction = rows.Single(r => r.Revision.Id == 3);
        Assert.Equal(1_250_000_000m, correction.FromFirst!.Absolute.Low);
    }

    [Fact]
    public void ACorrectedRevisionIsNoPointOfTheHeadlineSeries()
    {
        var figure = FigureHistory.Snapshot("investment", "Investment", "EUR", Known)!;

        var steps = FigureHistory.HeadlineSteps(figure);

        Assert.Equal([1, 3], steps.Select(s => s.Revision.Id));
        Assert.DoesNotContain(figure.History, r => r.Id == 2);
    }
}
