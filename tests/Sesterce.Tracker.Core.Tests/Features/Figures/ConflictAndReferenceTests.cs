using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;

namespace Sesterce.Tracker.Core.Tests.Features.Figures;

/// <summary>Each test adds its own figure to the seeded campus, so they share the database without meeting.</summary>
public class ConflictAndReferenceTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private FigureReferenceService References => db.Get<FigureReferenceService>();

    /// <summary>An official €1.5B from the article, then a newspaper quoting €1.2B two weeks later.</summary>
    private async Task<(int Official, int Press)> AddDisputedFigureAsync(string key)
    {
        await using var context = db.CreateContext();
        var campus = await context.Campuses.SingleAsync(c => c.Slug == "alixan");
        var article = await context.Sources.FirstAsync();
        var newspaper = new Source { Title = "Le supercalculateur d'Alixan", Publisher = "Le Dauphiné libéré", Language = "fr" };
        var official = new FigureRevision
        {
            Value = 1_500_000_000,
            AnnouncedOn = PartialDate.OnDay(2025, 11, 17),
            Status = ClaimStatus.OfficialAnnouncement,
            Citations = [new Citation { Source = article, Quote = "1,5 milliard d'euros" }],
            RecordedAt = db.Clock.GetUtcNow(),
        };
        var press = new FigureRevision
        {
            Value = 1_200_000_000,
            AnnouncedOn = PartialDate.OnDay(2025, 12, 2),
            Status = ClaimStatus.PressReport,
            Citations = [new Citation { Source = newspaper, Quote = "1,2 milliard d'euros" }],
            RecordedAt = db.Clock.GetUtcNow(),
        };
        context.Figures.Add(new Figure { CampusId = campus.Id, Key = key, Name = key, Unit = "EUR", Order = 10, Revisions = [official, press] });
        context.AuditEntries.Add(TrackerDatabase.TestAudit(key));
        await context.SaveChangesAsync();
        return (official.Id, press.Id);
    }

    [Fact]
    public async Task DisagreeingSourcesAreFlaggedAndTheOfficialNumberStaysTheHeadline()
    {
        var (official, press) = await AddDisputedFigureAsync("disputed");

        var view = (await db.Get<FigureLedgerService>().GetAsync("alixan", "disputed")).View!;

        var conflict = Assert.Single(view!.Conflicts);
        Assert.Equal((official, press), (conflict.With.Id, conflict.Claim.Id));
        Assert.All(view.Rows, r => Assert.True(r.InConflict));
        Assert.Equal(official, view.Figure!.Latest.Id);
        Assert.Equal(HeadlineReason.LatestAuthoritative, view.Figure.HeadlineReason);
    }

    [Fact]
    public async Task BeforeThePressReportWasPublishedThereIsNoConflict()
    {
        await AddDisputedFigureAsync("disputed-early");

        var view = (await db.Get<FigureLedgerService>().GetAsync("alixan", "disputed-early", new DateOnly(2025, 12, 1))).View!;

        Assert.Empty(view!.Conflicts);
    }

    [Fact]
    public async Task AnAdminCanMakeThePressReportTheReferenceAndClearItAgain()
    {
        var (official, press) = await AddDisputedFigureAsync("referenced");

        var set = await References.SetReferenceAsync("alixan", "referenced", press, "The newspaper saw the signed contract.", await VersionOfAsync("referenced"));
        var withReference = (await db.Get<FigureLedgerService>().GetAsync("alixan", "referenced")).View!;
        var cleared = await References.ClearReferenceAsync("alixan", "referenced", set.Version!.Value);
        var afterClearing = (await db.Get<FigureLedgerService>().GetAsync("alixan", "referenced")).View!;

        Assert.True(set.Succeeded);
        Assert.Equal(press, withReference!.Figure!.Latest.Id);
        Assert.Equal(HeadlineReason.Reference, withReference.Figure.HeadlineReason);
        Assert.Equal("The newspaper saw the signed contract.", withReference.ReferenceNote);
        Assert.True(withReference.Rows.Single(r => r.Revision.Id == press).IsReference);
        Assert.True(cleared.Succeeded);
        Assert.Equal(official, afterClearing!.Figure!.Latest.Id);
        Assert.Null(afterClearing.ReferenceNote);
    }

    [Fact]
    public async Task MarkingAnUnknownRevisionFailsAndSavesNothing()
    {
        await AddDisputedFigureAsync("unknown-revision");

        var result = await References.SetReferenceAsync("alixan", "unknown-revision", 999_999, null, await VersionOfAsync("unknown-revision"));

        Assert.Equal("NoSuchRevision", Assert.Single(result.Errors).Code);
        Assert.Null(await ReferenceOfAsync("unknown-revision"));
    }

    [Fact]
    public async Task MarkingARevisionOfAnotherFigureFailsAndSavesNothing()
    {
        await AddDisputedFigureAsync("other-figure");
        var (_, press) = await AddDisputedFigureAsync("other-figure-b");

        var result = await References.SetReferenceAsync("alixan", "other-figure", press, null, await VersionOfAsync("other-figure"));

        Assert.Equal("RevisionOfAnotherFigure", Assert.Single(result.Errors).Code);
        Assert.Null(await ReferenceOfAsync("other-figure"));
    }

    [Fact]
    public async Task MarkingACorrectedRevisionFails()
    {
        var (official, _) = await AddDisputedFigureAsync("corrected");
        await using (var context = db.CreateContext())
        {
            var figure = await context.Figures.SingleAsync(f => f.Key == "corrected");
            context.FigureRevisions.Add(new FigureRevision
            {
                FigureId = figure.Id,
                Value = 1_450_000_000,
                AnnouncedOn = PartialDate.OnDay(2025, 11, 18),
                Status = ClaimStatus.OfficialAnnouncement,
                CorrectsRevisionId = official,
                RecordedAt = db.Clock.GetUtcNow(),
            });
            context.AuditEntries.Add(TrackerDatabase.TestAudit("correction"));
            await context.SaveChangesAsync();
        }

        var result = await References.SetReferenceAsync("alixan", "corrected", official, null, await VersionOfAsync("corrected"));

        Assert.Equal("RevisionCorrected", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task AnUnknownFigureOrATooLongNoteIsRefused()
    {
        var (official, _) = await AddDisputedFigureAsync("long-note");

        var version = await VersionOfAsync("long-note");

        Assert.Equal(WriteOutcome.NotFound, (await References.SetReferenceAsync("alixan", "nothing", official, null, version)).Outcome);
        Assert.Equal(WriteOutcome.NotFound, (await References.ClearReferenceAsync("atlantis", "long-note", version)).Outcome);
        Assert.Equal("TooLong", Assert.Single((await References.SetReferenceAsync("alixan", "long-note", official, new string('x', 501), version)).Errors).Code);
        Assert.Null(await ReferenceOfAsync("long-note"));
    }

    [Fact]
    public async Task TwoAdminsChoosingAReferenceFromTheSameVersionDoNotLoseTheFirstChoice()
    {
        var (official, press) = await AddDisputedFigureAsync("raced");
        var seen = await VersionOfAsync("raced");

        db.Callers.Current = TestCallers.OtherAdmin;
        var first = await References.SetReferenceAsync("alixan", "raced", press, "Bob read the contract.", seen);
        db.Callers.Current = TestCallers.Admin;
        var auditBefore = await AuditCountAsync();
        var second = await References.SetReferenceAsync("alixan", "raced", official, "Alice prefers the press release.", seen);

        Assert.True(first.Succeeded);
        Assert.Equal(WriteOutcome.Conflict, second.Outcome);
        Assert.Equal(press, await ReferenceOfAsync("raced"));
        Assert.Equal(auditBefore, await AuditCountAsync());
        var theirs = Assert.Single(second.ConflictingChanges);
        Assert.Equal("bob@example.test", theirs.UserName);
        Assert.Contains(theirs.Changes, c => c.Field == "ReferenceRevision" && c.New == press.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(seen + 1, second.Version);
    }

    [Fact]
    public async Task ClearingAReferenceFromAnOldVersionIsAConflict()
    {
        var (_, press) = await AddDisputedFigureAsync("raced-clear");
        var seen = await VersionOfAsync("raced-clear");
        Assert.True((await References.SetReferenceAsync("alixan", "raced-clear", press, null, seen)).Succeeded);

        var stale = await References.ClearReferenceAsync("alixan", "raced-clear", seen);

        Assert.Equal(WriteOutcome.Conflict, stale.Outcome);
        Assert.Equal(press, await ReferenceOfAsync("raced-clear"));
    }

    private async Task<int> VersionOfAsync(string key)
    {
        await using var context = db.CreateContext();
        return await context.Figures.Where(f => f.Key == key).Select(f => f.Version).SingleAsync();
    }

    private async Task<int> AuditCountAsync()
    {
        await using var context = db.CreateContext();
        return await context.AuditEntries.CountAsync();
    }

    private async Task<int?> ReferenceOfAsync(string key)
    {
        await using var context = db.CreateContext();
        return await context.Figures.Where(f => f.Key == key).Select(f => f.ReferenceRevisionId).SingleAsync();
    }
}
