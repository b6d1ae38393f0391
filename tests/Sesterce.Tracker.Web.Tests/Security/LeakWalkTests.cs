using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Security;

/// <summary>
/// Items of every classification level with marked values and words (<see cref="LeakScenario"/>),
/// written straight to the store over the seed: the read side is what is walked.
/// </summary>
internal static class LeakScenario
{
    public const string InternalMark = "INTERNALMARK";
    public const string ConfidentialMark = "CONFIDENTIALMARK";

    /// <summary>The internal figure's value: 777,000,001 EUR.</summary>
    public const decimal InternalValue = 777_000_001m;

    /// <summary>The quote of the internal figure revision, repeated word for word by a public milestone quote.</summary>
    public const string InternalQuote = "INTERNALMARK-QUOTE the second phase costs seven hundred million";

    /// <summary>The confidential target date as pages, files and feeds write it (a bare year could match random tokens).</summary>
    public static readonly string[] ConfidentialDate = ["Mar 2031", "March 2031", "mars 2031", "2031-03", "20310301"];

    public static async Task WriteAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var campus = await db.Campuses.Where(c => c.Slug == "alixan").Select(c => c.Id).SingleAsync();
        var today = TrackerWebFactory.Today;
        var reported = PartialDate.OnDay(2026, 6, 1);

        var publicSource = new Source { Title = "Leak walk public article", Publisher = "Le Journal", Language = "fr", Excerpt = "A public excerpt anyone may read." };
        var citedByInternal = new Source { Title = "Leak walk public filing", Language = "en", Excerpt = $"{InternalMark}-EXCERPT the filing states the phase two amount" };
        var confidentialSource = new Source
        {
            Title = $"{ConfidentialMark}-SOURCE-TITLE negotiation memo",
            Language = "en",
            Excerpt = $"{ConfidentialMark}-SOURCE-EXCERPT terms under negotiation",
            Visibility = Visibility.Confidential,
        };
        db.Sources.AddRange(publicSource, citedByInternal, confidentialSource);

        // A custom figure in EUR that is internal by default, with one internal claim: the viewer must not learn it exists.
        var phaseTwo = new Figure
        {
            CampusId = campus,
            Key = "investment-phase-2",
            Name = $"Phase two money {InternalMark}",
            Unit = "EUR",
            Order = 10,
            DefaultVisibility = Visibility.Internal,
            Revisions =
            [
                new FigureRevision
                {
                    Value = InternalValue,
                    AnnouncedOn = reported,
                    Status = ClaimStatus.InternalEstimate,
                    Visibility = Visibility.Internal,
                    Note = $"{InternalMark}-NOTE",
                    RecordedAt = today,
                    Citations = [new Citation { Source = citedByInternal, Quote = InternalQuote }],
                },
            ],
        };
        db.Figures.Add(phaseTwo);

        // Public jobs figure: an internal claim that disagrees with it, and a public one citing only the confidential source.
        var jobs = await db.Figures.SingleAsync(f => f.CampusId == campus && f.Key == "jobs");
        var internalJobs = new FigureRevision
        {
            FigureId = jobs.Id,
            Value = 4_321,
            AnnouncedOn = PartialDate.OnDay(2026, 6, 3),
            Status = ClaimStatus.InternalEstimate,
            Visibility = Visibility.Internal,
            RecordedAt = today,
            Citations = [new Citation { Source = publicSource, Quote = $"{InternalMark}-JOBS-QUOTE four thousand jobs expected" }],
        };
        var publicJobs = new FigureRevision
        {
            FigureId = jobs.Id,
            Value = 50,
            AnnouncedOn = PartialDate.OnDay(2026, 6, 2),
            Status = ClaimStatus.PressReport,
            Visibility = Visibility.Public,
            RecordedAt = today,
            Citations = [new Citation { Source = confidentialSource, Quote = $"{ConfidentialMark}-CITATION-QUOTE fifty jobs" }],
        };
        db.FigureRevisions.AddRange(internalJobs, publicJobs);

        // A milestone of public dates whose reached quote repeats the internal quote, and a confidential target.
        var milestone = new Milestone
        {
            CampusId = campus,
            Title = "Leak walk financing closed",
            Kind = MilestoneKind.Financing,
            DateRevisions =
            [
                new MilestoneDateRevision
                {
                    Kind = MilestoneDateKind.Target,
                    TargetStart = new DateOnly(2029, 6, 1),
                    TargetPrecision = DatePrecision.Month,
                    AnnouncedOn = PartialDate.OnDay(2026, 5, 2),
                    Status = ClaimStatus.OfficialAnnouncement,
                    RecordedAt = today,
                    Citations = [new Citation { Source = publicSource, Quote = $"Press: {InternalQuote}, said the chief executive" }],
                },
                new MilestoneDateRevision
                {
                    Kind = MilestoneDateKind.Target,
                    TargetStart = new DateOnly(2031, 3, 1),
                    TargetPrecision = DatePrecision.Month,
                    AnnouncedOn = PartialDate.OnDay(2026, 6, 4),
                    Status = ClaimStatus.OfficialAnnouncement,
                    Visibility = Visibility.Confidential,
                    Reason = $"{ConfidentialMark}-DATE-REASON",
                    RecordedAt = today,
                    Citations = [new Citation { Source = publicSource, Quote = $"{ConfidentialMark}-DATE-QUOTE moved to March" }],
                },
            ],
        };
        db.Milestones.Add(milestone);

        // An internal risk, and an internal assessment of a public risk.
        db.Risks.Add(new Risk
        {
            CampusId = campus,
            Title = $"{InternalMark}-RISK-TITLE lender withdraws",
            Category = RiskCategory.Financing,
            Visibility = Visibility.Internal,
            Assessments =
            [
                new RiskAssessment
                {
                    State = RiskState.Open, Likelihood = RiskLevel.High, Impact = RiskLevel.High, AnnouncedOn = reported,
                    Status = ClaimStatus.InternalEstimate, Visibility = Visibility.Internal, Reason = $"{InternalMark}-RISK-REASON", RecordedAt = today,
                    Citations = [new Citation { Source = publicSource, Quote = $"{InternalMark}-RISK-QUOTE the lender may withdraw" }],
                },
            ],
        });
        db.Risks.Add(new Risk
        {
            CampusId = campus,
            Title = "Leak walk public risk",
            Category = RiskCategory.Permit,
            Assessments =
            [
                new RiskAssessment
                {
                    State = RiskState.Open, Likelihood = RiskLevel.Low, Impact = RiskLevel.Medium, AnnouncedOn = PartialDate.OnDay(2026, 5, 1),
                    Status = ClaimStatus.OfficialAnnouncement, RecordedAt = today,
                    Citations = [new Citation { Source = publicSource, Quote = "a public risk anyone may read" }],
                },
                new RiskAssessment
                {
                    State = RiskState.Materialised, Likelihood = RiskLevel.High, Impact = RiskLevel.High, AnnouncedOn = reported,
                    Status = ClaimStatus.InternalEstimate, Visibility = Visibility.Confidential, Reason = $"{ConfidentialMark}-ASSESSMENT-REASON", RecordedAt = today,
                    Citations = [new Citation { Source = publicSource, Quote = $"{ConfidentialMark}-ASSESSMENT-QUOTE it happened" }],
                },
            ],
        });

        db.AuditEntries.Add(new AuditEntry { UserName = "test", EntityType = "Test", EntityId = "leak-walk", Action = "Arranged", Summary = "leak walk", Changes = "[]" });
        await db.SaveChangesAsync();

        // An internal resolution of the public jobs claim's conflict with the seeded headline.
        db.ConflictResolutions.Add(new ConflictResolution
        {
            FigureRevisionId = publicJobs.Id,
            Kind = ConflictResolutionKind.Rejected,
            Reason = $"{InternalMark}-RESOLUTION-REASON rejected by the board",
            AnnouncedOn = PartialDate.OnDay(2026, 6, 5),
            Status = ClaimStatus.Approved,
            Visibility = Visibility.Internal,
            RecordedAt = today,
            Citations = [new Citation { Source = publicSource, Quote = $"{InternalMark}-RESOLUTION-QUOTE the board rejects it" }],
        });
        db.AuditEntries.Add(new AuditEntry { UserName = "test", EntityType = "Test", EntityId = "leak-walk-resolution", Action = "Arranged", Summary = "leak walk", Changes = "[]" });
        await db.SaveChangesAsync();
    }
}

/// <summary>
/// The leak walk (issue 15): every page, API route, export and feed, as viewer, executive and admin,
/// over <see cref="LeakScenario"/>. No response may carry a marker above the role's clearance in any
/// format; the admin's responses carry them all, so the walk can fail.
/// </summary>
public sealed class LeakWalkTests(LeakWalkTracker tracker) : IClassFixture<LeakWalkTracker>
{
    private static readonly string[] Internal =
    [
        LeakScenario.InternalMark,
        "777000001", "777,000,001", "777 000 001", "777.000.001",
        "777M", "777 M", "777.0M", "777,0 M", "777.0 M", "777,0M",
    ];

    private static readonly string[] Confidential = [LeakScenario.ConfidentialMark, .. LeakScenario.ConfidentialDate];

    private TrackerWebFactory Factory => tracker.Factory;

    [Fact]
    public async Task AViewerReadsNothingInternalOrConfidentialAnywhere()
    {
        var walked = await WalkAsync(TrackerRoles.Viewer);

        AssertNone(walked, [.. Internal, .. Confidential]);
        Assert.Contains(walked, w => w.Body.Contains("Source restricted", StringComparison.Ordinal));
        Assert.Contains(walked, w => w.Body.Contains("Source réservée", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExecutiveReadsInternalItemsButNothingConfidential()
    {
        var walked = await WalkAsync(TrackerRoles.Executive);

        AssertNone(walked, Confidential);
        Assert.Contains(walked, w => w.Body.Contains(LeakScenario.InternalQuote, StringComparison.Ordinal));
        Assert.Contains(walked, w => w.Body.Contains("777,000,001", StringComparison.Ordinal) || w.Body.Contains("777000001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAdminReadsEveryMarkerSoTheWalkCanFail()
    {
        var walked = await WalkAsync(TrackerRoles.Admin);

        foreach (var marker in new[]
        {
            LeakScenario.InternalQuote, $"{LeakScenario.InternalMark}-EXCERPT", $"{LeakScenario.InternalMark}-RISK-TITLE", $"{LeakScenario.InternalMark}-RISK-QUOTE",
            $"{LeakScenario.InternalMark}-RESOLUTION-REASON", $"{LeakScenario.InternalMark}-JOBS-QUOTE", "777000001",
            $"{LeakScenario.ConfidentialMark}-SOURCE-TITLE", $"{LeakScenario.ConfidentialMark}-SOURCE-EXCERPT", $"{LeakScenario.ConfidentialMark}-CITATION-QUOTE",
            $"{LeakScenario.ConfidentialMark}-DATE-QUOTE", $"{LeakScenario.ConfidentialMark}-ASSESSMENT-QUOTE", "2031-03",
        })
        {
            Assert.True(walked.Any(w => w.Body.Contains(marker, StringComparison.Ordinal)), $"No admin response carries {marker}.");
        }
    }

    private static void AssertNone(IReadOnlyList<(string What, string Body)> walked, IReadOnlyList<string> markers)
    {
        var leaks = walked
            .SelectMany(w => markers.Where(m => w.Body.Contains(m, StringComparison.OrdinalIgnoreCase)).Select(m => $"{w.What}: {m}"))
            .ToList();
        Assert.True(leaks.Count == 0, "Leaked:\n" + string.Join('\n', leaks));
    }

    private Task<IReadOnlyList<(string What, string Body)>> WalkAsync(string role) =>
        ReadWalk.WalkAsync(Factory, role, tracker.Milestones, tracker.Keys, tracker.Sources, asOf: null);
}

/// <summary>The real app with the seed and <see cref="LeakScenario"/>, and the ids and keys the walk fills routes with.</summary>
public sealed class LeakWalkTracker : IAsyncLifetime
{
    public TrackerWebFactory Factory { get; } = new();

    public IReadOnlyList<int> Milestones { get; private set; } = [];

    public IReadOnlyList<int> Sources { get; private set; } = [];

    public IReadOnlyList<string> Keys { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Factory.EnsureAdminAsync();
        await LeakScenario.WriteAsync(Factory.Services);
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var campus = await db.Campuses.Where(c => c.Slug == "alixan").Select(c => c.Id).SingleAsync();
        Milestones = await db.Milestones.Where(m => m.CampusId == campus).Select(m => m.Id).ToListAsync();
        Sources = await db.Sources.Select(s => s.Id).ToListAsync();
        Keys = await db.Figures.Where(f => f.CampusId == campus).Select(f => f.Key).ToListAsync();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
