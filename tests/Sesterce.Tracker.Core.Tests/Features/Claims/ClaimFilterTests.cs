using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Sources;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Tests.Features.Claims;

/// <summary>The classification rule's one helper, and the headline and conflicts computed over the visible claims only.</summary>
public class ClaimFilterTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private const string HiddenQuote = "un investissement interne de 777 millions";

    private static readonly Caller Executive = new("user-eve", "eve@example.test", TrackerRoles.Executive);

    private static CitationView Cite(int id, string title, Visibility level, string? quote) =>
        new(new SourceRef(id, title, null, null, null, "fr") { Visibility = level }, quote);

    [Fact]
    public void ACitationOfAHiddenSourceIsLeftOutAndTheOthersStay()
    {
        var filter = ClaimFilter.For(Visibility.Public, []);

        var shown = filter.Citations([Cite(1, "Public article", Visibility.Public, "80 MW"), Cite(2, "Memo", Visibility.Internal, "the memo says")]);

        var only = Assert.Single(shown);
        Assert.Equal("Public article", only.Source.Title);
    }

    [Fact]
    public void AClaimWhoseEverySourceIsHiddenShowsOneRestrictedSourceWithNoTitleQuoteOrLink()
    {
        var filter = ClaimFilter.For(Visibility.Internal, []);

        var shown = Assert.Single(filter.Citations([Cite(2, "Negotiation memo", Visibility.Confidential, "terms")]));

        Assert.True(shown.SourceRestricted);
        Assert.Equal("", shown.Source.Title);
        Assert.Null(shown.Quote);
        Assert.Null(shown.Source.Url);
    }

    [Fact]
    public void AQuoteRepeatingAHiddenClaimsQuoteIsWithheldWhateverItsSpacesAndCase()
    {
        var filter = ClaimFilter.For(Visibility.Public, [HiddenQuote]);

        var shown = Assert.Single(filter.Citations([Cite(1, "Article", Visibility.Public, "Selon la direction, UN   investissement\ninterne de 777 MILLIONS est prévu")]));

        Assert.True(shown.QuoteRestricted);
        Assert.Null(shown.Quote);
        Assert.Equal("Article", shown.Source.Title);
    }

    [Fact]
    public void AShortHiddenQuoteRedactsNothingForItWouldMatchCommonWords()
    {
        var filter = ClaimFilter.For(Visibility.Public, ["80 MW"]);

        Assert.False(filter.IsRedacted("un site de 80 MW"));
    }

    [Fact]
    public void AnExcerptIsWithheldWhenAClaimCitingTheSourceIsHiddenOrWhenItRepeatsAHiddenQuote()
    {
        var filter = ClaimFilter.For(Visibility.Public, [HiddenQuote]);

        Assert.Null(filter.Excerpt("anything", citedByHiddenClaim: true));
        Assert.Null(filter.Excerpt($"Le dossier évoque {HiddenQuote}.", citedByHiddenClaim: false));
        Assert.Equal("Un site de 80 MW.", filter.Excerpt("Un site de 80 MW.", citedByHiddenClaim: false));
    }

    [Fact]
    public void AnAdminsFilterLeavesEverythingAsItIs()
    {
        var all = new[] { Cite(2, "Memo", Visibility.Confidential, HiddenQuote) };

        Assert.Same(all, ClaimFilter.Everything.Citations(all));
        Assert.False(ClaimFilter.Everything.IsRedacted(HiddenQuote));
    }

    [Fact]
    public void NobodySignedInMaySeeNothingNotEvenAPublicClaim()
    {
        var filter = ClaimFilter.For(Caller.Anonymous.Clearance, []);

        Assert.False(filter.MaySee(Visibility.Public));
    }

    [Fact]
    public async Task AViewersHeadlineIsTheLatestPublicClaimAndAnInternalEstimateStartsNoConflictForThem()
    {
        var article = await db.ArticleIdAsync();
        await AddPowerAsync(120, PartialDate.OnDay(2026, 6, 1), ClaimStatus.OfficialAnnouncement, article, "Internal official 120 MW expected by the board");
        await AddPowerAsync(999, PartialDate.OnDay(2026, 6, 2), ClaimStatus.PressReport, article, null);

        db.Callers.Current = TestCallers.Admin;
        var admin = await PowerAsync();
        db.Callers.Current = TestCallers.Viewer;
        var viewer = await PowerAsync();
        db.Callers.Current = Executive;
        var executive = await PowerAsync();
        db.Callers.Current = TestCallers.Admin;

        Assert.Equal(120m, admin.Latest.Value.Low);
        Assert.Equal(120m, executive.Latest.Value.Low);
        Assert.Contains(admin.OpenConflicts, c => c.Claim.Value.Low == 999m);
        Assert.NotEqual(120m, viewer.Latest.Value.Low);
        Assert.DoesNotContain(viewer.History, r => r.Visibility != Visibility.Public);
        Assert.Empty(viewer.OpenConflicts);
        Assert.Equal(Visibility.Internal, admin.Latest.Visibility);
    }

    [Fact]
    public async Task AViewerReadsAPublicSourcesTitleButNotItsExcerptWhenAnInternalClaimCitesIt()
    {
        var filing = await db.AddSourceAsync("Public filing cited by an internal claim", "2026-05", "The filing states 555 MW for phase two.");
        await AddPowerAsync(555, PartialDate.OnDay(2026, 5, 3), ClaimStatus.InternalEstimate, filing, null);

        db.Callers.Current = TestCallers.Viewer;
        var viewer = await db.Get<SourceService>().GetAsync(filing);
        db.Callers.Current = Executive;
        var executive = await db.Get<SourceService>().GetAsync(filing);
        db.Callers.Current = TestCallers.Admin;

        Assert.NotNull(viewer);
        Assert.Equal("Public filing cited by an internal claim", viewer.Title);
        Assert.Null(viewer.Excerpt);
        Assert.True(viewer.ExcerptRestricted);
        Assert.Equal(0, viewer.CitationCount);
        Assert.Equal("The filing states 555 MW for phase two.", executive!.Excerpt);
        Assert.False(executive.ExcerptRestricted);
    }

    private async Task<FigureSnapshot> PowerAsync() =>
        Assert.Single((await db.Get<FigureService>().GetFiguresAsync("alixan"))!, f => f.Key == FigureKeys.Power);

    private async Task AddPowerAsync(decimal value, PartialDate reported, ClaimStatus status, int sourceId, string? quote)
    {
        await using var context = db.CreateContext();
        var power = await context.Figures.SingleAsync(f => f.Key == FigureKeys.Power && context.Campuses.Any(c => c.Id == f.CampusId && c.Slug == "alixan"));
        context.FigureRevisions.Add(new FigureRevision
        {
            FigureId = power.Id,
            Value = value,
            AnnouncedOn = reported,
            Status = status,
            Visibility = Visibility.Internal,
            RecordedAt = TrackerDatabase.Today,
            Citations = [new Citation { SourceId = sourceId, Quote = quote }],
        });
        context.AuditEntries.Add(TrackerDatabase.TestAudit("internal power claim"));
        await context.SaveChangesAsync();
    }
}
