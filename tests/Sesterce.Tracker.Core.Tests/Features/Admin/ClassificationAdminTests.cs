using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Risks;

namespace Sesterce.Tracker.Core.Tests.Features.Admin;

/// <summary>The write side of classification (docs/security.md, "Classification"): levels are validated, defaulted, stored and audited.</summary>
public class ClassificationAdminTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private FigureAdminService Figures => db.Get<FigureAdminService>();

    private async Task<RevisionInput> RevisionAsync(decimal value, Visibility? level = null) =>
        new(value, null, null, FigureQualifier.Exact, ClaimData.Claim("2026-11-20", await db.ArticleIdAsync(), ClaimStatus.PressReport) with { Visibility = level });

    private async Task<IReadOnlyList<FieldChange>> LastChangesAsync()
    {
        await using var context = db.CreateContext();
        var entry = await context.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
        return AuditLog.ReadChanges(entry.Changes);
    }

    private async Task<T> StoredAsync<T>(Func<TrackerDbContext, Task<T>> read)
    {
        await using var context = db.CreateContext();
        return await read(context);
    }

    [Fact]
    public async Task AFigureClaimWithoutALevelTakesTheFiguresDefaultAndTheAuditSaysWhich()
    {
        var result = await Figures.AddRevisionAsync("alixan", "investment", await RevisionAsync(1_600_000_000));

        Assert.True(result.Succeeded, ClaimData.Errors(result));
        Assert.Equal(Visibility.Internal, await StoredAsync(c => c.FigureRevisions.Where(r => r.Id == result.Id).Select(r => r.Visibility).SingleAsync()));
        Assert.Contains(await LastChangesAsync(), c => c.Field == "Visibility" && c.New == "Internal");
    }

    [Fact]
    public async Task AnExplicitLevelIsStoredWhateverTheFiguresDefault()
    {
        var result = await Figures.AddRevisionAsync("alixan", "power", await RevisionAsync(420, Visibility.Confidential));

        Assert.True(result.Succeeded, ClaimData.Errors(result));
        Assert.Equal(Visibility.Confidential, await StoredAsync(c => c.FigureRevisions.Where(r => r.Id == result.Id).Select(r => r.Visibility).SingleAsync()));
    }

    [Fact]
    public async Task AnUndefinedLevelIsRefusedAndNothingIsStored()
    {
        var before = await StoredAsync(c => c.FigureRevisions.CountAsync());

        var result = await Figures.AddRevisionAsync("alixan", "jobs", await RevisionAsync(900, (Visibility)7));

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == "Visibility" && e.Code == "UnknownChoice");
        Assert.Equal(before, await StoredAsync(c => c.FigureRevisions.CountAsync()));
    }

    [Fact]
    public async Task ACorrectionWithoutALevelKeepsTheCorrectedClaimsLevel()
    {
        var confidential = await Figures.AddRevisionAsync("alixan", "jobs", await RevisionAsync(950, Visibility.Confidential));
        Assert.True(confidential.Succeeded, ClaimData.Errors(confidential));

        var correction = await Figures.CorrectRevisionAsync(confidential.Id!.Value, await RevisionAsync(960), "typo in the figure");

        Assert.True(correction.Succeeded, ClaimData.Errors(correction));
        Assert.Equal(Visibility.Confidential, await StoredAsync(c => c.FigureRevisions.Where(r => r.Id == correction.Id).Select(r => r.Visibility).SingleAsync()));
    }

    [Theory]
    [InlineData("EUR", Visibility.Internal)]
    [InlineData("USD", Visibility.Internal)]
    [InlineData("MW", Visibility.Public)]
    [InlineData("GPUs", Visibility.Public)]
    public void ANewFiguresDefaultFollowsItsUnitWhenNobodySaid(string unit, Visibility expected) =>
        Assert.Equal(expected, FigureAdminService.DefaultLevel(unit));

    [Fact]
    public async Task AMoneyFigureCreatedWithoutADefaultStartsInternalAndItsClaimsToo()
    {
        var created = await Figures.CreateFigureAsync("alixan", new FigureInput("investment-phase-2", "Investment, phase 2", "EUR"));
        Assert.True(created.Succeeded, ClaimData.Errors(created));
        Assert.Contains(await LastChangesAsync(), c => c.Field == "DefaultVisibility" && c.New == "Internal");

        var claim = await Figures.AddRevisionAsync("alixan", "investment-phase-2", await RevisionAsync(300_000_000));

        Assert.True(claim.Succeeded, ClaimData.Errors(claim));
        Assert.Equal(Visibility.Internal, await StoredAsync(c => c.FigureRevisions.Where(r => r.Id == claim.Id).Select(r => r.Visibility).SingleAsync()));
    }

    [Fact]
    public async Task AChangeOfAFiguresDefaultIsAuditedOldToNew()
    {
        var created = await Figures.CreateFigureAsync("alixan", new FigureInput("gpu-count", "GPUs", "GPUs", Visibility.Public));
        Assert.True(created.Succeeded, ClaimData.Errors(created));
        var row = (await Figures.ListAsync("alixan"))!.Single(f => f.Key == "gpu-count");

        var changed = await Figures.SetDefaultVisibilityAsync("alixan", "gpu-count", Visibility.Confidential, row.Version);

        Assert.True(changed.Succeeded, ClaimData.Errors(changed));
        Assert.Equal(Visibility.Confidential, (await Figures.ListAsync("alixan"))!.Single(f => f.Key == "gpu-count").DefaultVisibility);
        Assert.Contains(await LastChangesAsync(), c => c.Field == "DefaultVisibility" && c.Old == "Public" && c.New == "Confidential");
    }

    [Fact]
    public async Task ASourceStartsPublicAndAChangeOfItsLevelIsAuditedOldToNew()
    {
        var sources = db.Get<SourceAdminService>();
        var created = await sources.CreateAsync(new SourceInput("Board minutes", null, null, "2026-10-01", "fr", "Le conseil retient 1,6 milliard"));
        Assert.True(created.Succeeded, ClaimData.Errors(created));
        var row = (await sources.ListAsync()).Single(s => s.Id == created.Id);
        Assert.Equal(Visibility.Public, row.Visibility);

        var updated = await sources.UpdateAsync(row.Id, new SourceInput(row.Title, row.Publisher, row.Url, row.PublishedOn?.ToString(), row.Language, row.Excerpt, Visibility.Confidential), row.Version);

        Assert.True(updated.Succeeded, ClaimData.Errors(updated));
        Assert.Contains(await LastChangesAsync(), c => c.Field == "Visibility" && c.Old == "Public" && c.New == "Confidential");
        row = (await sources.ListAsync()).Single(s => s.Id == created.Id);
        Assert.Equal(Visibility.Confidential, row.Visibility);

        // An edit that says nothing of the level (an API body from before levels) keeps it.
        var retitled = await sources.UpdateAsync(row.Id, new SourceInput("Board minutes (Oct.)", row.Publisher, row.Url, row.PublishedOn?.ToString(), row.Language, row.Excerpt), row.Version);
        Assert.True(retitled.Succeeded, ClaimData.Errors(retitled));
        Assert.Equal(Visibility.Confidential, (await sources.ListAsync()).Single(s => s.Id == created.Id).Visibility);
    }

    [Fact]
    public async Task AClaimMayCiteASourceMoreRestrictedThanItself()
    {
        var sources = db.Get<SourceAdminService>();
        var secret = await sources.CreateAsync(new SourceInput("Term sheet", null, null, "2026-09-01", "en", null, Visibility.Confidential));
        Assert.True(secret.Succeeded, ClaimData.Errors(secret));

        var input = new RevisionInput(500, null, null, FigureQualifier.Exact, ClaimData.Claim("2026-11-20", secret.Id!.Value) with { Visibility = Visibility.Public });
        var result = await Figures.AddRevisionAsync("alixan", "power", input);

        Assert.True(result.Succeeded, ClaimData.Errors(result));
    }

    [Fact]
    public async Task ADateClaimStoresItsLevelAndItsCorrectionKeepsIt()
    {
        var article = await db.ArticleIdAsync();
        var milestone = await db.AddMilestoneAsync("Grid connection (classified)", ClaimData.Date("2027-06", "2026-11-20", article));
        var internalTarget = new DateClaimInput("2027-09", ClaimData.Claim("2026-11-21", article) with { Visibility = Visibility.Internal });

        var claimed = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, internalTarget);
        Assert.True(claimed.Succeeded, ClaimData.Errors(claimed));
        Assert.Contains(await LastChangesAsync(), c => c.Field == "Visibility" && c.New == "Internal");
        var internalId = await StoredAsync(c => c.MilestoneDateRevisions.Where(r => r.MilestoneId == milestone && r.Visibility == Visibility.Internal).Select(r => r.Id).SingleAsync());

        var corrected = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, ClaimData.Date("2027-10", "2026-11-21", article), corrects: internalId, reason: "wrong month");

        Assert.True(corrected.Succeeded, ClaimData.Errors(corrected));
        Assert.Equal(Visibility.Internal, await StoredAsync(c => c.MilestoneDateRevisions.Where(r => r.CorrectsRevisionId == internalId).Select(r => r.Visibility).SingleAsync()));
        Assert.Equal(Visibility.Public, await StoredAsync(c => c.MilestoneDateRevisions.Where(r => r.MilestoneId == milestone).OrderBy(r => r.Id).Select(r => r.Visibility).FirstAsync()));
    }

    [Fact]
    public async Task APhasePlanCorrectionKeepsThePlansLevel()
    {
        var campuses = db.Get<CampusAdminService>();
        var article = await db.ArticleIdAsync();
        var plan = new PhasePlanInput("2028-06", 120, ClaimData.Claim("2026-11-20", article) with { Visibility = Visibility.Confidential });
        var phase = await campuses.CreatePhaseAsync("alixan", new PhaseInput("Phase classified", 9, "2026-11-20"), plan);
        Assert.True(phase.Succeeded, ClaimData.Errors(phase));
        var planId = await StoredAsync(c => c.PhasePlanRevisions.Where(r => r.PhaseId == phase.Id).Select(r => r.Id).SingleAsync());

        var corrected = await campuses.AddPlanAsync(phase.Id!.Value, new PhasePlanInput("2028-07", 120, ClaimData.Claim("2026-11-20", article)), planId, "wrong month");

        Assert.True(corrected.Succeeded, ClaimData.Errors(corrected));
        Assert.Equal(Visibility.Confidential, await StoredAsync(c => c.PhasePlanRevisions.Where(r => r.CorrectsRevisionId == planId).Select(r => r.Visibility).SingleAsync()));
    }

    [Fact]
    public async Task AnInternalRisksFirstAssessmentIsInternalAndAnEditWithoutALevelKeepsTheRisks()
    {
        var risks = db.Get<RiskAdminService>();
        var article = await db.ArticleIdAsync();
        var input = new RiskInput("Financing not closed", null, RiskCategory.Financing, null, [], [], [], Visibility.Internal);
        var assessment = new RiskAssessmentInput(RiskState.Open, RiskLevel.High, RiskLevel.High, ClaimData.Claim("2026-11-20", article));

        var created = await risks.CreateAsync("alixan", input, assessment);

        Assert.True(created.Succeeded, ClaimData.Errors(created));
        var riskId = created.Id!.Value;
        Assert.Equal(Visibility.Internal, await StoredAsync(c => c.Risks.Where(r => r.Id == riskId).Select(r => r.Visibility).SingleAsync()));
        Assert.Equal(Visibility.Internal, await StoredAsync(c => c.RiskAssessments.Where(a => a.RiskId == riskId).Select(a => a.Visibility).SingleAsync()));
        Assert.Contains(await LastChangesAsync(), c => c.Field == "Visibility" && c.New == "Internal");

        var edit = (await risks.GetForEditAsync(riskId))!;
        Assert.Equal(Visibility.Internal, edit.Values.Visibility);
        var renamed = await risks.UpdateAsync(riskId, edit.Values with { Title = "Financing not closed yet", Visibility = null }, edit.Version);

        Assert.True(renamed.Succeeded, ClaimData.Errors(renamed));
        Assert.Equal(Visibility.Internal, (await risks.ListAsync("alixan"))!.Single(r => r.Id == riskId).Visibility);

        edit = (await risks.GetForEditAsync(riskId))!;
        var published = await risks.UpdateAsync(riskId, edit.Values with { Visibility = Visibility.Public }, edit.Version);
        Assert.True(published.Succeeded, ClaimData.Errors(published));
        Assert.Contains(await LastChangesAsync(), c => c.Field == "Visibility" && c.Old == "Internal" && c.New == "Public");
    }
}
