using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Campuses;

namespace Sesterce.Tracker.Core.Tests.Features.Admin;

public class SourceAndCampusAdminTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    [Fact]
    public async Task ASourceNeedsATitleAWebAddressAndALanguage()
    {
        var result = await db.Get<SourceAdminService>().CreateAsync(new SourceInput("", null, "javascript:alert(1)", new DateOnly(1990, 1, 1), "French", null));

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == "Title" && e.Code == "Required");
        Assert.Contains(result.Errors, e => e.Field == "Url" && e.Code == "NotAWebAddress");
        Assert.Contains(result.Errors, e => e.Field == "PublishedOn" && e.Code == "DateOutOfRange");
        Assert.Contains(result.Errors, e => e.Field == "Language" && e.Code == "NotALanguage");
    }

    [Fact]
    public async Task ASourceIsCreatedAndEditedUnderConcurrency()
    {
        var service = db.Get<SourceAdminService>();
        var created = await service.CreateAsync(new SourceInput("Communiqué de presse", "Sesterce", "https://example.test/communique", new DateOnly(2025, 11, 17), "fr", null));
        var updated = await service.UpdateAsync(created.Id!.Value, new SourceInput("Communiqué de presse (mis à jour)", "Sesterce", "https://example.test/communique", new DateOnly(2025, 11, 17), "fr", null), created.Version!.Value);
        var stale = await service.UpdateAsync(created.Id!.Value, new SourceInput("Stale", "Sesterce", null, null, "fr", null), created.Version!.Value);

        Assert.True(updated.Succeeded);
        Assert.Equal(WriteOutcome.Conflict, stale.Outcome);
        Assert.Equal("Title", Assert.Single(stale.ConflictingChanges).Changes[0].Field);
    }

    [Fact]
    public async Task CampusDetailsAreEditedWithPeopleAndPurposes()
    {
        var service = db.Get<CampusAdminService>();
        var edit = (await service.GetForEditAsync("alixan"))!;

        var result = await service.UpdateAsync("alixan", edit.Values with
        {
            Purposes = [.. edit.Values.Purposes, "Sovereign cloud"],
            People = [.. edit.Values.People, new PersonInput("Jane Doe", "Site director")],
        }, edit.Version);

        Assert.True(result.Succeeded);
        var campus = await db.Get<CampusService>().GetAsync("alixan");
        Assert.Contains("Sovereign cloud", campus!.Purposes);
        Assert.Equal("Jane Doe", campus.People[^1].Name);
    }

    [Fact]
    public async Task APhaseWithNegativeCapacityOrAFarDateIsRefused()
    {
        var result = await db.Get<CampusAdminService>().CreatePhaseAsync("alixan", new PhaseInput("Phase 3", 3, -10, "2150-01", "2026-01-05"));

        Assert.Contains(result.Errors, e => e.Field == "TargetCapacityMw" && e.Code == "Negative");
        Assert.Contains(result.Errors, e => e.Field == "TargetDate" && e.Code == "DateOutOfRange");
    }

    [Fact]
    public async Task APhaseIsAddedAndShowsOnceAnnounced()
    {
        var result = await db.Get<CampusAdminService>().CreatePhaseAsync("alixan", new PhaseInput("Extension", 3, 120, "2029", "2026-11-20"));

        Assert.True(result.Succeeded);
        var campus = await db.Get<CampusService>().GetAsync("alixan");
        Assert.Contains(campus!.Phases, p => p.Name == "Extension" && p.TargetCapacityMw == 120);
    }

    [Fact]
    public async Task AWriteWithoutAnAuditEntryIsRefusedByTheStore()
    {
        await using var context = db.CreateContext();
        var campus = await context.Campuses.FirstAsync();
        campus.Description = "Sneaky edit";

        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task AuditEntriesCannotBeChanged()
    {
        await using var context = db.CreateContext();
        var entry = await context.AuditEntries.FirstAsync();
        entry.Reason = "rewritten history";

        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }
}
