using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Audit;

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
}
