using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Security;

/// <summary>
/// A realistic event entered late (on the test's today) about a day in June: a press figure that
/// contradicts the official investment, a slip of phase 1, a risk opened, all reported on
/// <see cref="Reported"/> and citing an article published that day.
/// </summary>
internal static class TimeWalkScenario
{
    public const string Mark = "TIMEWALKMARK";

    public static readonly DateOnly Reported = new(2026, 6, 10);

    public const string PressQuote = $"{Mark}-PRESS-QUOTE la presse avance 1,91 milliard d'euros";

    public const string SlipQuote = $"{Mark}-SLIP-QUOTE la mise en service glisse à septembre 2027";

    public const string RiskTitle = $"{Mark}-RISK raccordement retardé";

    /// <summary>The press figure and the slipped target as pages, files and feeds write them.</summary>
    public static readonly string[] Values =
    [
        "1910000000", "1,910,000,000", "1 910 000 000", "1.91B", "1,91 Md", "1.9B", "1,9 Md",
        "Sep 2027", "September 2027", "sept. 2027", "septembre 2027", "2027-09",
    ];

    public static async Task WriteAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var campus = await db.Campuses.Where(c => c.Slug == "alixan").Select(c => c.Id).SingleAsync();
        var recorded = TrackerWebFactory.Today;
        var reported = PartialDate.OnDay(Reported.Year, Reported.Month, Reported.Day);
        var article = new Source { Title = "Le Dauphiné, juin", Publisher = "Le Dauphiné libéré", Language = "fr", PublishedOn = Reported, PublishedOnPrecision = DatePrecision.Day };
        db.Sources.Add(article);

        var investment = await db.Figures.SingleAsync(f => f.CampusId == campus && f.Key == "investment");
        db.FigureRevisions.Add(new FigureRevision
        {
            FigureId = investment.Id,
            Value = 1_910_000_000m,
            AnnouncedOn = reported,
            Status = ClaimStatus.PressReport,
            RecordedAt = recorded,
            Citations = [new Citation { Source = article, Quote = PressQuote }],
        });

        var phaseOne = await db.Milestones.SingleAsync(m => m.CampusId == campus && m.Title == "Phase 1 commissioning");
        db.MilestoneDateRevisions.Add(new MilestoneDateRevision
        {
            MilestoneId = phaseOne.Id,
            Kind = MilestoneDateKind.Target,
            TargetStart = new DateOnly(2027, 9, 1),
            TargetPrecision = DatePrecision.Month,
            AnnouncedOn = reported,
            Status = ClaimStatus.OfficialAnnouncement,
            Reason = $"{Mark}-SLIP-REASON grid works late",
            RecordedAt = recorded,
            Citations = [new Citation { Source = article, Quote = SlipQuote }],
        });

        db.Risks.Add(new Risk
        {
            CampusId = campus,
            Title = RiskTitle,
            Category = RiskCategory.GridConnection,
            Assessments =
            [
                new RiskAssessment
                {
                    State = RiskState.Open, Likelihood = RiskLevel.Medium, Impact = RiskLevel.High, AnnouncedOn = reported,
                    Status = ClaimStatus.PressReport, RecordedAt = recorded,
                    Citations = [new Citation { Source = article, Quote = $"{Mark}-RISK-QUOTE le raccordement pourrait attendre" }],
                },
            ],
        });

        db.AuditEntries.Add(new AuditEntry { UserName = "test", EntityType = "Test", EntityId = "time-walk", Action = "Arranged", Summary = "time walk", Changes = "[]" });
        await db.SaveChangesAsync();
    }
}

/// <summary>
/// The time walk: every page, API route and export as known on the day before the late event, and on
/// its day. The day before must know nothing of it in any format; its day must show all of it,
/// the contradicting press figure beside the official one rather than hidden.
/// </summary>
public sealed class TimeWalkTests(TimeWalkTracker tracker) : IClassFixture<TimeWalkTracker>
{
    [Theory]
    [InlineData(TrackerRoles.Viewer)]
    [InlineData(TrackerRoles.Admin)]
    public async Task TheDayBeforeALateReportKnowsNothingOfIt(string role)
    {
        var walked = await tracker.WalkAsync(role, TimeWalkScenario.Reported.AddDays(-1));

        string[] markers = [TimeWalkScenario.Mark, .. TimeWalkScenario.Values];

        // The campus file is the whole record for moving a tracker, every claim with its own known-on
        // day; it is not a view as known on a day and takes no asOf.
        var leaks = walked.Where(w => !w.What.StartsWith("/api/campuses/alixan/export.json", StringComparison.Ordinal))
            .SelectMany(w => markers.Where(m => w.Body.Contains(m, StringComparison.OrdinalIgnoreCase)).Select(m => $"{w.What}: {m}"))
            .ToList();
        Assert.True(leaks.Count == 0, "The past knew the future:\n" + string.Join('\n', leaks));
    }

    [Theory]
    [InlineData(TrackerRoles.Viewer)]
    [InlineData(TrackerRoles.Admin)]
    public async Task OnItsDayTheLateReportIsEverywhereItBelongsWithItsQuote(string role)
    {
        var walked = await tracker.WalkAsync(role, TimeWalkScenario.Reported);

        string Body(string what) => walked.Single(w => w.What.StartsWith(what, StringComparison.Ordinal)).Body;
        var day = "asOf=2026-06-10";
        Assert.Contains(TimeWalkScenario.PressQuote, Body($"en /campuses/alixan/figures/investment?{day}"), StringComparison.Ordinal);
        Assert.Contains(TimeWalkScenario.PressQuote, Body($"fr /campuses/alixan/figures/investment?{day}"), StringComparison.Ordinal);
        Assert.Contains(TimeWalkScenario.SlipQuote, Body($"en /campuses/alixan/milestones/{tracker.PhaseOne}?{day}"), StringComparison.Ordinal);
        Assert.Contains("Sep 2027", Body($"en /campuses/alixan/timeline?{day}"), StringComparison.Ordinal);
        Assert.Contains(TimeWalkScenario.RiskTitle, Body($"en /campuses/alixan/risks?{day}"), StringComparison.Ordinal);
        Assert.Contains("1910000000", Body($"/api/campuses/alixan/figures/investment/revisions?{day}"), StringComparison.Ordinal);
        Assert.Contains(TimeWalkScenario.PressQuote, Body($"/api/campuses/alixan/figures/investment/revisions?{day}"), StringComparison.Ordinal);
        Assert.Contains("2027-09", Body($"/api/campuses/alixan/milestones?{day}"), StringComparison.Ordinal);
        if (role == TrackerRoles.Admin)
        {
            Assert.Contains(TimeWalkScenario.PressQuote, Body($"/api/campuses/alixan/figures/investment/revisions.csv?{day}"), StringComparison.Ordinal);
            Assert.Contains("2027-09", Body($"/api/campuses/alixan/milestones.csv?{day}"), StringComparison.Ordinal);
        }
    }
}

/// <summary>The real app with the seed and <see cref="TimeWalkScenario"/>.</summary>
public sealed class TimeWalkTracker : IAsyncLifetime
{
    private IReadOnlyList<int> _milestones = [];
    private IReadOnlyList<int> _sources = [];
    private IReadOnlyList<string> _keys = [];

    public TrackerWebFactory Factory { get; } = new();

    public int PhaseOne { get; private set; }

    public Task<IReadOnlyList<(string What, string Body)>> WalkAsync(string role, DateOnly asOf) =>
        ReadWalk.WalkAsync(Factory, role, _milestones, _keys, _sources, asOf);

    public async Task InitializeAsync()
    {
        await Factory.EnsureAdminAsync();
        await TimeWalkScenario.WriteAsync(Factory.Services);
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var campus = await db.Campuses.Where(c => c.Slug == "alixan").Select(c => c.Id).SingleAsync();
        _milestones = await db.Milestones.Where(m => m.CampusId == campus).Select(m => m.Id).ToListAsync();
        PhaseOne = await db.Milestones.Where(m => m.CampusId == campus && m.Title == "Phase 1 commissioning").Select(m => m.Id).SingleAsync();
        _sources = await db.Sources.Select(s => s.Id).ToListAsync();
        _keys = await db.Figures.Where(f => f.CampusId == campus).Select(f => f.Key).ToListAsync();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
