using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;
using static Sesterce.Tracker.Core.Tests.ClaimData;

namespace Sesterce.Tracker.Core.Tests.Features.Admin;

/// <summary>Each test adds its own figure to the seeded campus.</summary>
public class FigureScopeAdminTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private FigureAdminService Admin => db.Get<FigureAdminService>();

    private async Task<string> FigureAsync(string key)
    {
        Assert.True((await Admin.CreateFigureAsync("alixan", new FigureInput(key, key, "EUR"))).Succeeded);
        var official = await Admin.AddRevisionAsync("alixan", key, new RevisionInput(1_500_000_000, null, null, FigureQualifier.Exact, Claim("2025-11-24", await db.ArticleIdAsync())));
        Assert.True(official.Succeeded, Errors(official));
        return key;
    }

    private async Task<RevisionInput> PressAsync(ScopeInput scope) =>
        new(400_000_000, null, null, FigureQualifier.Exact, Claim("2026-03-10", await db.AddSourceAsync($"Scope {Guid.NewGuid():N}", "2026-03-10"), ClaimStatus.PressReport), scope);

    private async Task<int> PhaseIdAsync(string slug = "alixan")
    {
        await using var context = db.CreateContext();
        return await context.Phases.Where(p => context.Campuses.Any(c => c.Id == p.CampusId && c.Slug == slug)).Select(p => p.Id).FirstAsync();
    }

    [Fact]
    public async Task APhaseScopedClaimIsStoredWithThePhaseNameAndDoesNotConflictWithTheCampusHeadline()
    {
        var key = await FigureAsync("scope-phase");
        var phase = await PhaseIdAsync();

        var result = await Admin.AddRevisionAsync("alixan", key, await PressAsync(new ScopeInput(ClaimScopeKind.Phase, phase, "ignored")));

        Assert.True(result.Succeeded, Errors(result));
        var view = (await db.Get<FigureLedgerService>().GetAsync("alixan", key)).View!;
        Assert.Empty(view.Conflicts);
        var part = view.Rows.Single(r => r.Revision.Id == result.Id).Revision.Part;
        Assert.Equal((ClaimScopeKind.Phase, phase), (part.Kind, part.PhaseId));
        await using var context = db.CreateContext();
        Assert.Equal(await context.Phases.Where(p => p.Id == phase).Select(p => p.Name).SingleAsync(), part.Label);
        Assert.Null(await context.FigureRevisions.Where(r => r.Id == result.Id).Select(r => r.ScopeLabel).SingleAsync());
    }

    [Fact]
    public async Task ABuildingScopeKeepsItsLabelAndTheSameValueForTheWholeCampusWouldConflict()
    {
        var key = await FigureAsync("scope-building");

        var building = await Admin.AddRevisionAsync("alixan", key, await PressAsync(new ScopeInput(ClaimScopeKind.Building, null, "  Hall B ")));
        var campus = await Admin.AddRevisionAsync("alixan", key, await PressAsync(ScopeInput.Campus));

        Assert.True(building.Succeeded, Errors(building));
        var view = (await db.Get<FigureLedgerService>().GetAsync("alixan", key)).View!;
        Assert.Equal("Hall B", view.Rows.Single(r => r.Revision.Id == building.Id).Revision.Part.Label);
        Assert.Equal(campus.Id, Assert.Single(view.Conflicts).Claim.Id);
    }

    [Theory]
    [InlineData(ClaimScopeKind.Phase, "ScopePhaseId", "Required")]
    [InlineData(ClaimScopeKind.Building, "ScopeLabel", "Required")]
    [InlineData(ClaimScopeKind.Other, "ScopeLabel", "Required")]
    [InlineData((ClaimScopeKind)42, "ScopeKind", "UnknownChoice")]
    public async Task AScopeMissingItsPartIsRefused(ClaimScopeKind kind, string field, string code)
    {
        var result = await Admin.AddRevisionAsync("alixan", "power", await PressAsync(new ScopeInput(kind)));

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == field && e.Code == code);
    }

    [Fact]
    public async Task APhaseOfAnotherCampusIsRefused()
    {
        await using var context = db.CreateContext();
        var foreign = await context.Phases.Where(p => context.Campuses.Any(c => c.Id == p.CampusId && c.Slug != "alixan")).Select(p => (int?)p.Id).FirstOrDefaultAsync() ?? 999_999;

        var result = await Admin.AddRevisionAsync("alixan", "power", await PressAsync(new ScopeInput(ClaimScopeKind.Phase, foreign)));

        Assert.Contains(result.Errors, e => e.Field == "ScopePhaseId" && e.Code == "UnknownPhase");
    }
}
