using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;

namespace Sesterce.Tracker.Core.Tests.Features.Admin;

public class FigureAdminTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private FigureAdminService Admin => db.Get<FigureAdminService>();

    private async Task<int> SourceIdAsync()
    {
        await using var context = db.CreateContext();
        return await context.Sources.Select(s => s.Id).FirstAsync();
    }

    private async Task<RevisionInput> Valid(decimal? value = 100, decimal? low = null, decimal? high = null) =>
        new(value, low, high, FigureQualifier.Exact, new ClaimInput("2026-11-20", ClaimStatus.PressReport, [new CitationInput(await SourceIdAsync(), "quoted words")], null));

    private async Task<(int Revisions, int Audit)> CountsAsync()
    {
        await using var context = db.CreateContext();
        return (await context.FigureRevisions.CountAsync(), await context.AuditEntries.CountAsync());
    }

    [Theory]
    [InlineData("power", -5.0, null, null, "Value", "Negative")]
    [InlineData("power", 250000.0, null, null, "Value", "NumberAboveMax")]
    [InlineData("investment", 5e12, null, null, "Value", "NumberAboveMax")]
    [InlineData("jobs", null, 900.0, 700.0, "Low", "LowAboveHigh")]
    [InlineData("jobs", null, 700.0, null, "Value", "ValueOrRange")]
    [InlineData("jobs", 800.0, 700.0, 900.0, "Value", "ValueAndRange")]
    public async Task BadValuesAreRefusedAndNothingIsStored(string key, double? value, double? low, double? high, string field, string code)
    {
        var before = await CountsAsync();
        var input = await Valid((decimal?)value, (decimal?)low, (decimal?)high);

        var result = await Admin.AddRevisionAsync("alixan", key, input);

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == field && e.Code == code);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AddingARevisionMakesItTheLatestWithOneAuditEntry()
    {
        var before = await CountsAsync();
        var range = await Valid(value: null, low: 900, high: 1200);

        var result = await Admin.AddRevisionAsync("alixan", "jobs", range with { Qualifier = FigureQualifier.Approximately, Claim = range.Claim with { Status = ClaimStatus.OfficialAnnouncement } });

        Assert.True(result.Succeeded);
        Assert.Equal((before.Revisions + 1, before.Audit + 1), await CountsAsync());
        var jobs = (await db.Get<FigureService>().GetFiguresAsync("alixan"))!.Single(f => f.Key == "jobs");
        Assert.Equal(new ValueRange(900, 1200), jobs.Latest.Value);
        await using var context = db.CreateContext();
        var entry = await context.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal("RevisionAdded", entry.Action);
        Assert.Equal(result.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityId);
        Assert.Contains("\"field\":\"Low\",\"old\":null,\"new\":\"900\"", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorrectionReplacesTheRevisionItNamesAndNeedsAReason()
    {
        var ledger = (await db.Get<FigureService>().GetLedgerAsync("alixan", "power")).View!;
        var first = ledger!.Revisions[0];
        var valid = await Valid(45);

        // Reported in April 2025 from an article of November: the admin confirms it recalls an earlier announcement.
        var input = valid with { Claim = valid.Claim with { ReportedOn = "2025-04-10", RecallsEarlierAnnouncement = true } };

        var withoutReason = await Admin.CorrectRevisionAsync(first.Id, input, null);
        var corrected = await Admin.CorrectRevisionAsync(first.Id, input, "The February figure was misreported.");
        var again = await Admin.CorrectRevisionAsync(first.Id, input, "Twice");

        Assert.Contains(withoutReason.Errors, e => e.Field == "Reason");
        Assert.True(corrected.Succeeded);
        Assert.Contains(again.Errors, e => e.Code == "AlreadyCorrected");
        var service = db.Get<FigureService>();
        Assert.Equal(40m, (await service.GetFiguresAsync("alixan", new DateOnly(2025, 4, 1)))!.Single(f => f.Key == "power").Latest.Value.Low);
        var june = (await service.GetFiguresAsync("alixan", new DateOnly(2025, 6, 1)))!.Single(f => f.Key == "power");
        Assert.Equal(45m, june.Latest.Value.Low);
        Assert.Single(june.History);
        var ledgerAfter = (await service.GetLedgerAsync("alixan", "power", new DateOnly(2025, 6, 1))).View!;
        Assert.Equal(corrected.Id, ledgerAfter!.Revisions.Single(r => r.Id == first.Id).CorrectedByRevisionId);
    }

    [Fact]
    public async Task ACustomFigureGetsAKeyThatMustBeNewAndWellFormed()
    {
        var created = await Admin.CreateFigureAsync("alixan", new FigureInput("gpus", "GPU count", "GPUs"));
        var duplicate = await Admin.CreateFigureAsync("alixan", new FigureInput("gpus", "GPUs again", "GPUs"));
        var malformed = await Admin.CreateFigureAsync("alixan", new FigureInput("GPU Count!", "x", "y"));

        Assert.True(created.Succeeded);
        Assert.Contains(duplicate.Errors, e => e.Field == "Key" && e.Code == "KeyTaken");
        Assert.Contains(malformed.Errors, e => e.Field == "Key" && e.Code == "NotAKey");
        var added = await Admin.AddRevisionAsync("alixan", "gpus", await Valid(value: 10_000));
        Assert.True(added.Succeeded);
    }

    [Fact]
    public async Task AnUnknownFigureOrCampusIsNotFound()
    {
        Assert.Equal(WriteOutcome.NotFound, (await Admin.AddRevisionAsync("alixan", "nope", await Valid())).Outcome);
        Assert.Equal(WriteOutcome.NotFound, (await Admin.AddRevisionAsync("nowhere", "power", await Valid())).Outcome);
    }
}
