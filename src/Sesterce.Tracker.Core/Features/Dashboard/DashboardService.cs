using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Risks;

namespace Sesterce.Tracker.Core.Features.Dashboard;

/// <summary>
/// Everything the overview page shows for one campus on one date. <see cref="NothingKnownYet"/> is
/// true when the date falls before the campus's first announcement.
/// </summary>
public sealed record DashboardView(
    CampusDetail Campus,
    DateOnly AsOf,
    bool IsToday,
    bool NothingKnownYet,
    IReadOnlyList<FigureSnapshot> Figures,
    IReadOnlyList<MilestoneSummary> NextMilestones,
    IReadOnlyList<MilestoneSummary> ReachedMilestones,
    IReadOnlyList<DerivedRatio> Ratios)
{
    /// <summary>Open milestones whose date is not known yet ("date to be announced").</summary>
    public IReadOnlyList<MilestoneSummary> UndatedMilestones { get; init; } = [];

    /// <summary>The risks not closed on the day, most severe first (docs/risks.md).</summary>
    public IReadOnlyList<RiskView> OpenRisks { get; init; } = [];
}

public sealed class DashboardService(CampusService campuses, FigureService figures, RiskService risks, TrackerClock clock)
{
    public const int NextMilestoneCount = 5;

    public async Task<ReadResult<DashboardView>> GetAsync(string slug, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        if (await campuses.GetWithMilestonesAsync(slug, day, cancellationToken) is not { } found)
        {
            return ReadResult.NotFound<DashboardView>();
        }

        var (campus, allMilestones) = found;
        var snapshots = await figures.GetFiguresAsync(slug, day, cancellationToken) ?? [];
        var next = allMilestones.Where(m => MilestoneRules.IsOpen(m.State) && m.TargetDate is not null).Take(NextMilestoneCount).ToList();
        var undated = allMilestones.Where(m => MilestoneRules.IsOpen(m.State) && m.IsUndated).ToList();
        var reached = allMilestones.Where(m => m.State == Domain.MilestoneState.Achieved).OrderByDescending(m => m.KeyDate).ToList();

        var register = await risks.ListAsync(slug, day, cancellationToken) ?? [];

        var nothingKnown = campus.FirstKnownOn is null || campus.FirstKnownOn > day;
        return ReadResult.Found(new DashboardView(campus, day, day == clock.Today, nothingKnown, snapshots, next, reached, FigureRatios.Compute(snapshots))
        {
            UndatedMilestones = undated,
            OpenRisks = [.. register.Where(r => r.IsActive)],
        });
    }
}
