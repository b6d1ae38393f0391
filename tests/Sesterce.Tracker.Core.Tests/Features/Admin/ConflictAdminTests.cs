using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using static Sesterce.Tracker.Core.Tests.ClaimData;

namespace Sesterce.Tracker.Core.Tests.Features.Admin;

/// <summary>Each test adds its own figure or milestone to the seeded campus, through the admin services.</summary>
public class ConflictAdminTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private ConflictAdminService Conflicts => db.Get<ConflictAdminService>();

    /// <summary>A figure with an official €1.5B from the seed's article, then a press report of €2.1B in March 2026.</summary>
    private async Task<(int Official, int Press, int PressSource)> DisputedFigureAsync(string key)
    {
        var figures = db.Get<FigureAdminService>();
        Assert.True((await figures.CreateFigureAsync("alixan", new FigureInput(key, key, "EUR"))).Succeeded);
        var official = await figures.AddRevisionAsync("alixan", key, new RevisionInput(1_500_000_000, null, null, FigureQualifier.Exact, Claim("2025-11-24", await db.ArticleIdAsync(), quote: "1,5 milliard")));
        var source = await db.AddSourceAsync($"Press on {key}", "2026-03");
        var press = await figures.AddRevisionAsync("alixan", key, new RevisionInput(2_100_000_000, null, null, FigureQualifier.Exact, Claim("2026-03", source, ClaimStatus.PressReport, "2,1 milliards")));
        Assert.True(press.Succeeded, Errors(press));
        return (official.Id!.Value, press.Id!.Value, source);
    }

    private async Task<ClaimConflict<FigureRevisionView>> ConflictAsync(string key, DateOnly? asOf = null) =>
        Assert.Single((await db.Get<FigureLedgerService>().GetAsync("alixan", key, asOf)).View!.Conflicts);

    private static ResolutionInput Resolution(ConflictResolutionKind kind, string reportedOn, int sourceId, string? reason = null) =>
        new(kind, reason, Claim(reportedOn, sourceId, quote: "the resolution's words"));

    [Fact]
    public async Task AnAdminRejectsAPressReportWithAReasonAndTheConflictIsResolvedFromThatDayWithOneAuditEntry()
    {
        var (_, press, source) = await DisputedFigureAsync("resolve-rejected");

        var result = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Figure, press, Resolution(ConflictResolutionKind.Rejected, "2026-04-15", source, "Counts phase two."));

        Assert.True(result.Succeeded, Errors(result));
        var conflict = await ConflictAsync("resolve-rejected");
        Assert.Equal(ConflictResolutionKind.Rejected, conflict.Outcome!.Kind);
        Assert.Equal("Counts phase two.", conflict.Outcome.Resolution!.Reason);
        Assert.Equal("the resolution's words", Assert.Single(conflict.Outcome.Resolution.Sources).Quote);
        Assert.True((await ConflictAsync("resolve-rejected", new DateOnly(2026, 4, 14))).IsOpen);
        await using var context = db.CreateContext();
        var entry = await context.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(("ConflictResolution", "Resolved", "alixan"), (entry.EntityType, entry.Action, entry.CampusSlug));
    }

    [Fact]
    public async Task RejectingWithoutAReasonIsRefusedAndNothingIsStored()
    {
        var (_, press, source) = await DisputedFigureAsync("resolve-no-reason");

        var result = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Figure, press, Resolution(ConflictResolutionKind.Rejected, "2026-04-15", source));

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == "Reason" && e.Code == "RejectionNeedsReason");
        Assert.True((await ConflictAsync("resolve-no-reason")).IsOpen);
    }

    [Fact]
    public async Task TheHeadlineItselfIsNotInConflictAndAnUnknownClaimIsRefused()
    {
        var (official, _, source) = await DisputedFigureAsync("resolve-headline");

        var headline = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Figure, official, Resolution(ConflictResolutionKind.Corroborated, "2026-04-15", source));
        var unknown = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Figure, 999_999, Resolution(ConflictResolutionKind.Corroborated, "2026-04-15", source));
        var elsewhere = await Conflicts.ResolveAsync("no-such-campus", DisputedClaimKind.Figure, official, Resolution(ConflictResolutionKind.Corroborated, "2026-04-15", source));

        Assert.Contains(headline.Errors, e => e.Field == "ClaimId" && e.Code == "NotInConflict");
        Assert.Contains(unknown.Errors, e => e.Field == "ClaimId" && e.Code == "UnknownClaim");
        Assert.Equal(WriteOutcome.NotFound, elsewhere.Outcome);
    }

    [Fact]
    public async Task AResolutionCannotPrecedeTheConflictNorResolveItTwiceButCanBeCorrectedAndReopened()
    {
        var (_, press, source) = await DisputedFigureAsync("resolve-lifecycle");

        var early = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Figure, press, Resolution(ConflictResolutionKind.DifferentScope, "2026-03-15", source));
        var first = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Figure, press, Resolution(ConflictResolutionKind.DifferentScope, "2026-04-15", source));
        var twice = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Figure, press, Resolution(ConflictResolutionKind.Superseded, "2026-04-20", source));
        var corrected = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Figure, press, Resolution(ConflictResolutionKind.Superseded, "2026-04-15", source), corrects: first.Id);
        var correctedAgain = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Figure, press, Resolution(ConflictResolutionKind.Rejected, "2026-04-15", source, "x"), corrects: first.Id);
        var afterCorrection = await ConflictAsync("resolve-lifecycle");
        var reopened = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Figure, press, Resolution(ConflictResolutionKind.Reopened, "2026-06-01", source));
        var reopenedTwice = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Figure, press, Resolution(ConflictResolutionKind.Reopened, "2026-06-02", source));

        Assert.Contains(early.Errors, e => e.Field == "ReportedOn" && e.Code == "ResolvedBeforeConflict");
        Assert.True(first.Succeeded, Errors(first));
        Assert.Contains(twice.Errors, e => e.Field == "Kind" && e.Code == "ConflictAlreadyResolved");
        Assert.True(corrected.Succeeded, Errors(corrected));
        Assert.Contains(correctedAgain.Errors, e => e.Field == "Corrects" && e.Code == "AlreadyCorrected");
        Assert.Equal(ConflictResolutionKind.Superseded, afterCorrection.Outcome!.Kind);
        Assert.True(reopened.Succeeded, Errors(reopened));
        Assert.Contains(reopenedTwice.Errors, e => e.Field == "Kind" && e.Code == "ConflictAlreadyOpen");
        Assert.True((await ConflictAsync("resolve-lifecycle")).IsOpen);
        Assert.False((await ConflictAsync("resolve-lifecycle", new DateOnly(2026, 5, 1))).IsOpen);
    }

    [Fact]
    public async Task AViewerCannotResolve()
    {
        var (_, press, source) = await DisputedFigureAsync("resolve-viewer");
        db.Callers.Current = TestCallers.Viewer;
        try
        {
            var result = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Figure, press, Resolution(ConflictResolutionKind.Rejected, "2026-04-15", source, "No."));

            Assert.Equal(WriteOutcome.Forbidden, result.Outcome);
        }
        finally
        {
            db.Callers.Current = TestCallers.Admin;
        }
    }

    [Fact]
    public async Task ADateClaimInConflictIsListedOnItsMilestoneUntilAnAdminResolvesIt()
    {
        var source = await db.AddSourceAsync("Delay rumour", "2026-05");
        var milestone = await db.AddMilestoneAsync("Conflicting dates", Date("2027-06", "2025-11-24", await db.ArticleIdAsync()));
        var press = await db.ClaimDateAsync(milestone, MilestoneDateKind.Target, Date("2028-03", "2026-05", source, ClaimStatus.PressReport));
        Assert.True(press.Succeeded, Errors(press));
        var claimId = (await MilestoneAsync(milestone)).DateHistory.Single(r => r.Status == ClaimStatus.PressReport).Id;

        var before = await MilestoneAsync(milestone);
        var result = await Conflicts.ResolveAsync("alixan", DisputedClaimKind.Date, claimId, Resolution(ConflictResolutionKind.Rejected, "2026-06", source, "The developer denied it."));
        var after = await MilestoneAsync(milestone);

        Assert.True(Assert.Single(before.Conflicts).IsOpen);
        Assert.True(result.Succeeded, Errors(result));
        Assert.Equal(ConflictResolutionKind.Rejected, Assert.Single(after.Conflicts).Outcome!.Kind);
        Assert.True(Assert.Single((await MilestoneAsync(milestone, new DateOnly(2026, 6, 15))).Conflicts).IsOpen);
    }

    private async Task<MilestoneSummary> MilestoneAsync(int id, DateOnly? asOf = null) =>
        (await db.Get<MilestoneService>().GetMilestonesAsync("alixan", asOf))!.Single(m => m.Id == id);
}
