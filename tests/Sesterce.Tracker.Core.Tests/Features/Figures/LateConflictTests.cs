using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Figures;

namespace Sesterce.Tracker.Core.Tests.Features.Figures;

/// <summary>
/// The case of issue 14: a press report of a far higher cost, published months after the official
/// figure, is a conflict until something ends it. Each test adds its own figure to the seeded campus.
/// </summary>
public class LateConflictTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private FigureLedgerService Ledgers => db.Get<FigureLedgerService>();

    private static FigureRevision Revision(decimal value, PartialDate announced, ClaimStatus status, Source source, ClaimScopeKind scope = ClaimScopeKind.Campus, int? phaseId = null) => new()
    {
        Value = value,
        AnnouncedOn = announced,
        Status = status,
        Citations = [new Citation { Source = source, Quote = $"{value}" }],
        RecordedAt = TrackerDatabase.Today,
        ScopeKind = scope,
        ScopePhaseId = phaseId,
    };

    /// <summary>An official €1.5B on 17 Nov 2025, then a newspaper's €2.1B in March 2026, then the <paramref name="later"/> revisions.</summary>
    private async Task<(int Official, int Press)> AddFigureAsync(string key, params FigureRevision[] later)
    {
        await using var context = db.CreateContext();
        var campus = await context.Campuses.SingleAsync(c => c.Slug == "alixan");
        var article = await context.Sources.FirstAsync();
        var newspaper = new Source { Title = $"Le coût d'Alixan ({key})", Publisher = "Le Dauphiné libéré", Language = "fr" };
        var official = Revision(1_500_000_000, PartialDate.OnDay(2025, 11, 17), ClaimStatus.OfficialAnnouncement, article);
        var press = Revision(2_100_000_000, PartialDate.InMonth(2026, 3), ClaimStatus.PressReport, newspaper);
        foreach (var revision in later)
        {
            revision.Citations = [new Citation { Source = article, Quote = "later" }];
        }

        context.Figures.Add(new Figure { CampusId = campus.Id, Key = key, Name = key, Unit = "EUR", Order = 20, Revisions = [official, press, .. later] });
        context.AuditEntries.Add(TrackerDatabase.TestAudit(key));
        await context.SaveChangesAsync();
        return (official.Id, press.Id);
    }

    private async Task ResolveAsync(int claimId, ConflictResolutionKind kind, PartialDate on, string? reason = null)
    {
        await using var context = db.CreateContext();
        var article = await context.Sources.FirstAsync();
        context.ConflictResolutions.Add(new ConflictResolution
        {
            FigureRevisionId = claimId,
            Kind = kind,
            Reason = reason,
            AnnouncedOn = on,
            Status = ClaimStatus.OfficialAnnouncement,
            Citations = [new Citation { Source = article, Quote = "resolution" }],
            RecordedAt = TrackerDatabase.Today,
        });
        context.AuditEntries.Add(TrackerDatabase.TestAudit($"resolution of {claimId}"));
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task APressReportMonthsAfterTheOfficialFigureIsAnOpenConflict()
    {
        var (official, press) = await AddFigureAsync("late-open");

        var view = (await Ledgers.GetAsync("alixan", "late-open")).View!;

        var conflict = Assert.Single(view.Conflicts);
        Assert.Equal((press, official), (conflict.Claim.Id, conflict.With.Id));
        Assert.True(conflict.IsOpen);
        Assert.Equal(new DateOnly(2026, 3, 31), conflict.Since);
        Assert.Equal(official, view.Figure!.Latest.Id);
        Assert.Same(conflict, view.Rows.Single(r => r.Revision.Id == press).Conflict);
    }

    [Fact]
    public async Task AnAdminsResolutionEndsTheConflictFromTheDayItIsKnownOn()
    {
        var (_, press) = await AddFigureAsync("late-resolved");
        await ResolveAsync(press, ConflictResolutionKind.Rejected, PartialDate.OnDay(2026, 4, 15), "The newspaper counted the second phase.");

        var before = (await Ledgers.GetAsync("alixan", "late-resolved", new DateOnly(2026, 4, 14))).View!;
        var after = (await Ledgers.GetAsync("alixan", "late-resolved")).View!;

        Assert.True(Assert.Single(before.Conflicts).IsOpen);
        Assert.Empty(Assert.Single(before.Conflicts).Resolutions);
        var resolved = Assert.Single(after.Conflicts);
        Assert.Equal(ConflictState.Resolved, resolved.State);
        Assert.Equal(ConflictResolutionKind.Rejected, resolved.Outcome!.Kind);
        Assert.Equal("The newspaper counted the second phase.", resolved.Outcome.Resolution!.Reason);
        Assert.Equal("resolution", Assert.Single(resolved.Outcome.Resolution.Sources).Quote);
    }

    [Fact]
    public async Task AReopenedConflictIsOpenAgain()
    {
        var (_, press) = await AddFigureAsync("late-reopened");
        await ResolveAsync(press, ConflictResolutionKind.Rejected, PartialDate.OnDay(2026, 4, 15), "Wrong scope.");
        await ResolveAsync(press, ConflictResolutionKind.Reopened, PartialDate.OnDay(2026, 6, 1));

        var between = (await Ledgers.GetAsync("alixan", "late-reopened", new DateOnly(2026, 5, 1))).View!;
        var now = (await Ledgers.GetAsync("alixan", "late-reopened")).View!;

        Assert.False(Assert.Single(between.Conflicts).IsOpen);
        Assert.True(Assert.Single(now.Conflicts).IsOpen);
        Assert.Equal(2, now.Conflicts[0].Resolutions.Count);
    }

    [Fact]
    public async Task ALaterOfficialHeadlineSupersedesThePressReport()
    {
        var (_, press) = await AddFigureAsync("late-superseded", Revision(2_000_000_000, PartialDate.OnDay(2026, 6, 10), ClaimStatus.OfficialAnnouncement, new Source { Title = "x", Language = "fr" }));

        var view = (await Ledgers.GetAsync("alixan", "late-superseded")).View!;
        var inMay = (await Ledgers.GetAsync("alixan", "late-superseded", new DateOnly(2026, 5, 1))).View!;

        var conflict = Assert.Single(view.Conflicts);
        Assert.Equal(press, conflict.Claim.Id);
        Assert.Equal(ConflictResolutionKind.Superseded, conflict.Outcome!.Kind);
        Assert.True(conflict.Outcome.IsAutomatic);
        Assert.Equal(view.Figure!.Latest.Id, conflict.Outcome.ByClaimId);
        Assert.True(Assert.Single(inMay.Conflicts).IsOpen);
    }

    [Fact]
    public async Task ALaterHeadlineThatAgreesCorroboratesThePressReport()
    {
        await AddFigureAsync("late-corroborated", Revision(2_100_000_000, PartialDate.OnDay(2026, 6, 10), ClaimStatus.OfficialAnnouncement, new Source { Title = "x", Language = "fr" }));

        var view = (await Ledgers.GetAsync("alixan", "late-corroborated")).View!;

        Assert.Equal(ConflictResolutionKind.Corroborated, Assert.Single(view.Conflicts).Outcome!.Kind);
    }

    [Fact]
    public async Task TheLedgerMeasuresTheNextOfficialRevisionFromThePreviousOfficialOne()
    {
        var (official, press) = await AddFigureAsync("late-ledger", Revision(2_000_000_000, PartialDate.OnDay(2026, 6, 10), ClaimStatus.OfficialAnnouncement, new Source { Title = "x", Language = "fr" }));

        var rows = (await Ledgers.GetAsync("alixan", "late-ledger")).View!.Rows;

        Assert.Equal([true, false, true], rows.Select(r => r.BecameHeadline));
        var pressRow = rows.Single(r => r.Revision.Id == press);
        Assert.Null(pressRow.FromPrevious);
        Assert.Equal(ValueRange.Exactly(600_000_000m), pressRow.FromHeadlineInForce!.Absolute);
        Assert.Equal(official, pressRow.HeadlineInForce!.Id);
        var next = rows[2];
        Assert.Equal(ValueRange.Exactly(500_000_000m), next.FromPrevious!.Absolute);
        Assert.Null(next.FromHeadlineInForce);
    }

    [Fact]
    public async Task AClaimAboutOnePhaseDoesNotConflictWithTheWholeCampusAndShowsThePhaseName()
    {
        await using (var context = db.CreateContext())
        {
            var campus = await context.Campuses.SingleAsync(c => c.Slug == "alixan");
            var phase = await context.Phases.FirstAsync(p => p.CampusId == campus.Id);
            var article = await context.Sources.FirstAsync();
            context.Figures.Add(new Figure
            {
                CampusId = campus.Id,
                Key = "late-scoped",
                Name = "late-scoped",
                Unit = "EUR",
                Order = 21,
                Revisions =
                [
                    Revision(1_500_000_000, PartialDate.OnDay(2025, 11, 17), ClaimStatus.OfficialAnnouncement, article),
                    Revision(400_000_000, PartialDate.InMonth(2026, 3), ClaimStatus.PressReport, article, ClaimScopeKind.Phase, phase.Id),
                ],
            });
            context.AuditEntries.Add(TrackerDatabase.TestAudit("late-scoped"));
            await context.SaveChangesAsync();
        }

        var view = (await Ledgers.GetAsync("alixan", "late-scoped")).View!;

        Assert.Empty(view.Conflicts);
        var scope = view.Rows[1].Revision.Part;
        Assert.Equal(ClaimScopeKind.Phase, scope.Kind);
        Assert.False(string.IsNullOrEmpty(scope.Label));
    }
}
