using Sesterce.Tracker.Core.Features.Benchmarks;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Core.Features.Executive;

/// <summary>A source and what it backs on the executive page.</summary>
public sealed record CitedSource(SourceRef Source, IReadOnlyList<string> FigureKeys, IReadOnlyList<string> MilestoneTitles);

/// <summary>The one-page summary for executives on one date.</summary>
public sealed record ExecutiveView(
    CampusDetail Campus,
    DateOnly AsOf,
    bool IsToday,
    bool NothingKnownYet,
    IReadOnlyList<FigureSnapshot> Figures,
    IReadOnlyList<DerivedRatio> Ratios,
    IReadOnlyList<BenchmarkView> Benchmarks,
    Waterfall? InvestmentWaterfall,
    IReadOnlyList<MilestoneSummary> NextMilestones,
    IReadOnlyList<CitedSource> Sources)
{
    /// <summary>Open milestones whose date is not known yet.</summary>
    public IReadOnlyList<MilestoneSummary> UndatedMilestones { get; init; } = [];

    /// <summary>The most severe risks not closed on the day, at most <see cref="ExecutiveService.TopRiskCount"/>.</summary>
    public IReadOnlyList<RiskView> TopRisks { get; init; } = [];

    /// <summary>How many risks were not closed on the day in all, so the page can say how many more the register holds.</summary>
    public int OpenRiskCount { get; init; }

    /// <summary>Date claims of any milestone still in conflict with the milestone's headline date on the day.</summary>
    public IReadOnlyList<MilestoneDateConflict> OpenDateConflicts { get; init; } = [];

    /// <summary>Figure claims still in conflict with their figure's headline on the day, figure by figure.</summary>
    public IReadOnlyList<(FigureSnapshot Figure, ClaimConflict<FigureRevisionView> Conflict)> OpenFigureConflicts =>
        [.. Figures.SelectMany(f => f.OpenConflicts.Select(c => (f, c)))];
}

/// <summary>A milestone's date claim in conflict, with the milestone it speaks of.</summary>
public sealed record MilestoneDateConflict(int MilestoneId, string MilestoneTitle, ClaimConflict<MilestoneDateRevisionView> Conflict);

public sealed class ExecutiveService(CampusService campuses, FigureService figures, BenchmarkService benchmarks, RiskService risks, TrackerClock clock)
{
    public const int MilestoneCount = 4;

    /// <summary>Few enough that the page still prints on one sheet.</summary>
    public const int TopRiskCount = 5;

    public async Task<ReadResult<ExecutiveView>> GetAsync(string slug, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        if (await campuses.GetWithMilestonesAsync(slug, day, cancellationToken) is not { } found)
        {
            return ReadResult.NotFound<ExecutiveView>();
        }

        var (campus, all) = found;
        var snapshots = await figures.GetFiguresAsync(slug, day, cancellationToken) ?? [];
        var next = all.Where(m => MilestoneRules.IsOpen(m.State) && m.TargetDate is not null).Take(MilestoneCount).ToList();
        var undated = all.Where(m => MilestoneRules.IsOpen(m.State) && m.IsUndated).ToList();
        var waterfall = FigureWaterfall.Build(snapshots.FirstOrDefault(s => s.Key == FigureKeys.Investment));
        var nothingKnown = campus.FirstKnownOn is null || campus.FirstKnownOn > day;
        var open = (await risks.ListAsync(slug, day, cancellationToken) ?? []).Where(r => r.IsActive).ToList();
        var disputed = Disputed(all);
        return ReadResult.Found(new ExecutiveView(
            campus,
            day,
            day == clock.Today,
            nothingKnown,
            snapshots,
            FigureRatios.Compute(snapshots),
            await benchmarks.ListAsync(FigureRatios.InvestmentPerMw, cancellationToken),
            waterfall,
            next,
            Cite(snapshots, waterfall, [.. next, .. undated, .. disputed.Except([.. next, .. undated])]))
        {
            UndatedMilestones = undated,
            TopRisks = [.. open.Take(TopRiskCount)],
            OpenRiskCount = open.Count,
            OpenDateConflicts = DateConflicts(disputed),
        });
    }

    /// <summary>The milestones with a date claim still in conflict on the day.</summary>
    internal static List<MilestoneSummary> Disputed(IEnumerable<MilestoneSummary> milestones) => [.. milestones.Where(m => m.Conflicts.Any(c => c.IsOpen))];

    internal static IReadOnlyList<MilestoneDateConflict> DateConflicts(IEnumerable<MilestoneSummary> disputed) =>
        [.. disputed.SelectMany(m => m.Conflicts.Where(c => c.IsOpen).Select(c => new MilestoneDateConflict(m.Id, m.Title, c)))];

    /// <summary>Every source behind a number or date on the page, in order of first use.</summary>
    internal static IReadOnlyList<CitedSource> Cite(IReadOnlyList<FigureSnapshot> figures, Waterfall? waterfall, IReadOnlyList<MilestoneSummary> next)
    {
        var order = new List<SourceRef>();
        var figureKeys = new Dictionary<int, List<string>>();
        var titles = new Dictionary<int, List<string>>();

        void Add(CitationView citation, Dictionary<int, List<string>> uses, string use)
        {
            // A source hidden from the caller is not listed: its title is what it hides.
            if (citation.SourceRestricted)
            {
                return;
            }

            var source = citation.Source;
            if (!figureKeys.ContainsKey(source.Id))
            {
                order.Add(source);
                figureKeys[source.Id] = [];
                titles[source.Id] = [];
            }

            if (!uses[source.Id].Contains(use))
            {
                uses[source.Id].Add(use);
            }
        }

        foreach (var figure in figures)
        {
            // The page names every open disagreement, so the words of the disagreeing claim are cited too.
            var disputing = figure.OpenConflicts.SelectMany(c => c.Claim.Sources);
            foreach (var citation in figure.First.Sources.Concat(figure.Latest.Sources).Concat(disputing))
            {
                Add(citation, figureKeys, figure.Key);
            }
        }

        foreach (var step in waterfall?.Steps ?? [])
        {
            foreach (var citation in step.Revision.Sources)
            {
                Add(citation, figureKeys, waterfall!.Key);
            }
        }

        foreach (var milestone in next)
        {
            // The page shows a lower-status date beside the headline, so its sources are cited too.
            var shown = milestone.Reached is { } reached ? [reached] : new[] { milestone.Target, milestone.TargetChallenger }.OfType<MilestoneDateRevisionView>();
            shown = shown.Concat(milestone.Conflicts.Where(c => c.IsOpen).Select(c => c.Claim)).Distinct();
            foreach (var citation in shown.SelectMany(c => c.Sources))
            {
                Add(citation, titles, milestone.Title);
            }
        }

        return [.. order.Select(s => new CitedSource(s, figureKeys[s.Id], titles[s.Id]))];
    }
}
