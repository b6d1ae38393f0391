using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Tests.Features.Admin;

public class AuditServiceTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private async Task<WriteResult> AddSourceAsync(string title) =>
        await db.Get<SourceAdminService>().CreateAsync(new SourceInput(title, "Le Dauphiné", "https://example.test/a", "2026-01-05", "fr", null));

    [Fact]
    public async Task TheLogFiltersByRecordUserAndTextNewestFirst()
    {
        Assert.True((await AddSourceAsync("Permis de construire accordé")).Succeeded);
        Assert.True((await AddSourceAsync("Raccordement au réseau")).Succeeded);

        var page = await db.Get<AuditService>().QueryAsync(new AuditFilter(EntityType: "Source", User: "alice", Text: "Raccordement"));

        var entry = Assert.Single(page!.Entries);
        Assert.Equal("Created", entry.Action);
        Assert.Equal("alice@example.test", entry.UserName);
        Assert.Contains(entry.Changes, c => c.Field == "Title" && c.Old is null && c.New == "Raccordement au réseau");
    }

    [Fact]
    public async Task TheCsvHasOneRowPerChangedFieldAndNeverAFormula()
    {
        Assert.True((await AddSourceAsync("=HYPERLINK(\"http://evil.test\")")).Succeeded);

        var csv = await db.Get<AuditService>().ExportCsvAsync(new AuditFilter(EntityType: "Source"));

        var lines = csv!.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,at_utc,user,entity_type,entity_id,campus,action,summary,field,old,new,reason,version,client_address", lines[0]);
        Assert.Contains(lines, l => l.Contains(",Title,,", StringComparison.Ordinal) && l.Contains("\"'=HYPERLINK(\"\"http://evil.test\"\")\"", StringComparison.Ordinal));
        Assert.DoesNotContain(lines.Skip(1), l => l.Split(',').Any(cell => cell.StartsWith('=')));
    }

    [Fact]
    public async Task OnlyAdminsReadTheLog()
    {
        db.Callers.Current = TestCallers.Viewer;
        try
        {
            Assert.Null(await db.Get<AuditService>().QueryAsync(new AuditFilter()));
            Assert.Null(await db.Get<AuditService>().ExportCsvAsync(new AuditFilter()));
        }
        finally
        {
            db.Callers.Current = TestCallers.Admin;
        }
    }

    [Fact]
    public async Task AUserChosenFromTheListMatchesOnlyThatNameNotEveryNameContainingIt()
    {
        db.Callers.Current = new Caller("user-ce", "ce@example.test", TrackerRoles.Admin);
        try
        {
            Assert.True((await AddSourceAsync("Note d'Ali")).Succeeded);
        }
        finally
        {
            db.Callers.Current = TestCallers.Admin;
        }

        Assert.True((await AddSourceAsync("Note d'Alice")).Succeeded);

        var exact = await db.Get<AuditService>().QueryAsync(new AuditFilter(EntityType: "Source", User: "ce@example.test") { UserExact = true });
        var typed = await db.Get<AuditService>().QueryAsync(new AuditFilter(EntityType: "Source", User: "ce@example.test") { UserExact = false });

        Assert.All(exact!.Entries, e => Assert.Equal("ce@example.test", e.UserName));
        Assert.Contains(exact.Entries, e => e.Subject == "Note d'Ali");
        Assert.Contains(typed!.Entries, e => e.UserName == "alice@example.test");
    }

    [Fact]
    public async Task EntriesNameTheirRecordTheirSourcesAndTheCorrectedClaimInsteadOfIds()
    {
        var article = await db.ArticleIdAsync();
        var figures = db.Get<FigureAdminService>();
        var first = await figures.AddRevisionAsync("alixan", "investment", new RevisionInput(
            1_600_000_000m, null, null, FigureQualifier.Exact, ClaimData.Claim("2026-03-02", article, ClaimStatus.PressReport, "1,6 milliard selon la presse")));
        Assert.True(first.Succeeded);

        var page = await db.Get<AuditService>().QueryAsync(new AuditFilter(EntityType: "FigureRevision", Text: "1600000000"));

        var entry = Assert.Single(page!.Entries);
        Assert.DoesNotMatch(@"^#?\d+$", entry.Subject);
        Assert.Contains("Investment", entry.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(entry.Unit);
        var sources = Assert.Single(entry.Details, d => d.Field == "Sources");
        Assert.DoesNotMatch(@"^[\d, ]+$", sources.New!);
    }
}
