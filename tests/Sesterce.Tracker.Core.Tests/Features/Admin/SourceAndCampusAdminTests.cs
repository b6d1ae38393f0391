using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Campuses;

namespace Sesterce.Tracker.Core.Tests.Features.Admin;

public class SourceAndCampusAdminTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private async Task<int> SourceIdAsync()
    {
        await using var context = db.CreateContext();
        return await context.Sources.Select(s => s.Id).FirstAsync();
    }

    [Fact]
    public async Task ASourceNeedsATitleAWebAddressAndALanguage()
    {
        var result = await db.Get<SourceAdminService>().CreateAsync(new SourceInput("", null, "javascript:alert(1)", "1990-01-01", "French", null));

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
        var created = await service.CreateAsync(new SourceInput("Communiqué de presse", "Sesterce", "https://example.test/communique", "2025-11-17", "fr", null));
        var updated = await service.UpdateAsync(created.Id!.Value, new SourceInput("Communiqué de presse (mis à jour)", "Sesterce", "https://example.test/communique", "2025-11-17", "fr", null), created.Version!.Value);
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
    public async Task ASourcePublishedInAMonthKeepsItsMonthPrecision()
    {
        var created = await db.Get<SourceAdminService>().CreateAsync(new SourceInput("Rapport d'activité", "Sesterce", null, "2025-07", "fr", null));

        Assert.True(created.Succeeded);
        var row = (await db.Get<SourceAdminService>().ListAsync()).Single(s => s.Id == created.Id);
        Assert.Equal(PartialDate.InMonth(2025, 7), row.PublishedOn);
    }

    [Fact]
    public async Task APhaseWithNegativeCapacityOrAFarDateIsRefused()
    {
        var plan = new PhasePlanInput("2150-01", -10, new ClaimInput("2026-01-05", ClaimStatus.OfficialAnnouncement, [new CitationInput(await SourceIdAsync(), null)], null));

        var result = await db.Get<CampusAdminService>().CreatePhaseAsync("alixan", new PhaseInput("Phase 3", 3, "2026-01-05"), plan);

        Assert.Contains(result.Errors, e => e.Field == "TargetCapacityMw" && e.Code == "Negative");
        Assert.Contains(result.Errors, e => e.Field == "TargetDate" && e.Code == "DateOutOfRange");
    }

    [Fact]
    public async Task APhaseIsAddedWithItsFirstPlanAndShowsOnceAnnounced()
    {
        var plan = new PhasePlanInput("2029", 120, new ClaimInput("2026-11-20", ClaimStatus.OfficialAnnouncement, [new CitationInput(await SourceIdAsync(), "120 MW en 2029")], null));

        var result = await db.Get<CampusAdminService>().CreatePhaseAsync("alixan", new PhaseInput("Extension", 3, "2026-11-20"), plan);

        Assert.True(result.Succeeded);
        var campus = await db.Get<CampusService>().GetAsync("alixan");
        var extension = Assert.Single(campus!.Phases, p => p.Name == "Extension");
        Assert.Equal(120, extension.TargetCapacityMw);
        Assert.Equal(PartialDate.InYear(2029), extension.TargetDate);
        Assert.Equal("120 MW en 2029", Assert.Single(extension.Plan!.Sources).Quote);
        Assert.DoesNotContain((await db.Get<CampusService>().GetAsync("alixan", new DateOnly(2026, 11, 19)))!.Phases, p => p.Name == "Extension");
    }

    [Fact]
    public async Task APhaseMayBeAnnouncedBeforeItsPlan()
    {
        var result = await db.Get<CampusAdminService>().CreatePhaseAsync("alixan", new PhaseInput("Phase 4", 4, "2026-11-21"), firstPlan: null);

        Assert.True(result.Succeeded);
        var phase = Assert.Single((await db.Get<CampusService>().GetAsync("alixan"))!.Phases, p => p.Name == "Phase 4");
        Assert.Null(phase.Plan);
        Assert.Null(phase.TargetDate);
        Assert.Empty(phase.PlanHistory);
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
