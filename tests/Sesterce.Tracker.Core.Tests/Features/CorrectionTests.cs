using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;

namespace Sesterce.Tracker.Core.Tests.Features;

public class CorrectionTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    [Fact]
    public async Task ACorrectionReplacesTheRevisionItNamesOnceItIsKnown()
    {
        int correctedId;
        await using (var context = db.CreateContext())
        {
            var power = await context.Figures.Include(f => f.Revisions).SingleAsync(f => f.Key == "power");
            var first = power.Revisions.OrderBy(r => r.KnownFrom).First();
            correctedId = first.Id;
            power.Revisions.Add(new FigureRevision
            {
                Value = 45,
                Qualifier = FigureQualifier.Exact,
                AnnouncedOn = PartialDate.OnDay(2025, 4, 10),
                Status = RevisionStatus.PressReport,
                Note = "Correction of the February figure.",
                CorrectsRevisionId = first.Id,
                RecordedAt = db.Clock.GetUtcNow(),
            });
            await context.SaveChangesAsync();
        }

        var service = db.Get<FigureService>();
        var beforeCorrection = (await service.GetFiguresAsync("alixan", new DateOnly(2025, 4, 1)))!.Single(f => f.Key == "power");
        var afterCorrection = (await service.GetFiguresAsync("alixan", new DateOnly(2025, 6, 1)))!.Single(f => f.Key == "power");
        var ledger = await service.GetLedgerAsync("alixan", "power", new DateOnly(2025, 6, 1));

        Assert.Equal(40m, beforeCorrection.Latest.Value.Low);
        Assert.Equal(45m, afterCorrection.Latest.Value.Low);
        Assert.Single(afterCorrection.History);
        Assert.NotNull(ledger);
        Assert.Equal(2, ledger.Revisions.Count);
        Assert.Equal(ledger.Revisions[1].Id, ledger.Revisions.Single(r => r.Id == correctedId).CorrectedByRevisionId);
    }
}
