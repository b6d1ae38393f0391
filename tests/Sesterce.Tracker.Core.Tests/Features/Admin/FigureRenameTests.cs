using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Core.Tests.Features.Admin;

/// <summary>An existing figure's English and French names are edited with the rules they were created under.</summary>
public class FigureRenameTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private FigureAdminService Admin => db.Get<FigureAdminService>();

    private async Task<FigureAdminRow> FigureAsync(string key) => (await Admin.ListAsync("alixan"))!.Single(f => f.Key == key);

    private async Task<int> AuditCountAsync()
    {
        await using var context = db.CreateContext();
        return await context.AuditEntries.CountAsync();
    }

    [Fact]
    public async Task RenamingSavesBothNamesKeepsTheKeyAndRecordsOneAuditEntryWithOldAndNew()
    {
        var jobs = await FigureAsync("jobs");
        var audited = await AuditCountAsync();

        var result = await Admin.RenameFigureAsync("alixan", "jobs", "  Direct jobs  ", "Emplois directs", jobs.Version);

        Assert.True(result.Succeeded);
        var renamed = await FigureAsync("jobs");
        Assert.Equal(("Direct jobs", "Emplois directs", jobs.Id), (renamed.Name, renamed.NameFr, renamed.Id));
        Assert.Equal(audited + 1, await AuditCountAsync());
        await using var context = db.CreateContext();
        var entry = await context.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal("Updated", entry.Action);
        Assert.Contains($"\"field\":\"Name\",\"old\":\"{jobs.Name}\",\"new\":\"Direct jobs\"", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("\"new\":\"Emplois directs\"", entry.Changes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null, "Name", "Required")]
    [InlineData("   ", null, "Name", "Required")]
    [InlineData(null, "trop long", "Name", "Required")]
    public async Task AnEmptyNameIsRefusedAndNothingChanges(string? name, string? nameFr, string field, string code)
    {
        var power = await FigureAsync("power");
        var audited = await AuditCountAsync();

        var result = await Admin.RenameFigureAsync("alixan", "power", name, nameFr, power.Version);

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == field && e.Code == code);
        Assert.Equal(power, await FigureAsync("power"));
        Assert.Equal(audited, await AuditCountAsync());
    }

    [Fact]
    public async Task ANameLongerThanAtCreationIsRefused()
    {
        var power = await FigureAsync("power");

        var result = await Admin.RenameFigureAsync("alixan", "power", new string('x', 201), new string('y', 201), power.Version);

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == "Name");
        Assert.Contains(result.Errors, e => e.Field == "NameFr");
        Assert.Equal(power, await FigureAsync("power"));
    }

    [Fact]
    public async Task AnotherFiguresNameOfTheSameCampusIsRefusedInEitherLanguage()
    {
        var power = await FigureAsync("power");
        var investment = await FigureAsync("investment");
        Assert.True((await Admin.RenameFigureAsync("alixan", "investment", investment.Name, "Investissement total", investment.Version)).Succeeded);

        var sameName = await Admin.RenameFigureAsync("alixan", "power", investment.Name.ToUpperInvariant(), null, power.Version);
        var sameFrench = await Admin.RenameFigureAsync("alixan", "power", power.Name, "investissement TOTAL", power.Version);

        Assert.Contains(sameName.Errors, e => e.Field == "Name" && e.Code == "NameTaken");
        Assert.Contains(sameFrench.Errors, e => e.Field == "NameFr" && e.Code == "NameTaken");
        Assert.Equal(power, await FigureAsync("power"));
    }

    [Fact]
    public async Task ARenameBasedOnAnOlderVersionIsAConflict()
    {
        var power = await FigureAsync("power");

        var result = await Admin.RenameFigureAsync("alixan", "power", "Power", null, power.Version - 1);

        Assert.Equal(WriteOutcome.Conflict, result.Outcome);
    }
}
