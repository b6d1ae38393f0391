using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Core.Features.Timeline;

namespace Sesterce.Tracker.Core.Features.Milestones;

public enum FigureRelation
{
    /// <summary>Announced on the same date the milestone was reached (an announcement's numbers).</summary>
    AnnouncedTogether = 0,

    /// <summary>The campus capacity the milestone's phase works towards.</summary>
    CapacityOfCampus = 1,
}

public sealed record RelatedFigure(string Key, string Name, string Unit, FigureRevisionView Revision, FigureRelation Relation);

/// <summary>A milestone with everything its page shows: date history, slip, its phase and the figures it relates to.</summary>
public sealed record MilestoneDetail(
    string CampusSlug,
    string CampusName,
    MilestoneSummary Milestone,
    Slip? SlipFromBaseline,
    PhaseView? Phase,
    IReadOnlyList<RelatedFigure> RelatedFigures,
    DateOnly AsOf)
{
    /// <summary>The risks known on the day that threaten the milestone or its phase, or caused one of its date claims; most severe first.</summary>
    public IReadOnlyList<RiskView> Risks { get; init; } = [];
}

public sealed class MilestoneDetailService(CampusService campuses, FigureService figures, RiskService risks, TrackerClock clock)
{
    /// <summary>Not found when the campus does not exist, or the milestone does not or is not yet known on that date.</summary>
    public async Task<ReadResult<MilestoneDetail>> GetAsync(string slug, int id, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = clock.Resolve(asOf);
        if (await campuses.GetWithMilestonesAsync(slug, day, cancellationToken) is not { } found)
        {
            return ReadResult.NotFound<MilestoneDetail>(ReadMissing.Campus);
        }

        var (campus, all) = found;
        if (all.FirstOrDefault(m => m.Id == id) is not { } milestone)
        {
            return ReadResult.NotFound<MilestoneDetail>(ReadMissing.Record);
        }

        var snapshots = await figures.GetFiguresAsync(slug, day, cancellationToken) ?? [];
        var related = new List<RelatedFigure>();
        if (milestone.ActualDate is { } reached)
        {
            related.AddRange(snapshots.SelectMany(s => s.History
                .Where(r => r.AnnouncedOn == reached)
                .Select(r => new RelatedFigure(s.Key, s.Name, s.Unit, r, FigureRelation.AnnouncedTogether))));
        }

        var phase = campus.Phases.FirstOrDefault(p => p.Id == milestone.PhaseId);
        if (phase is not null && snapshots.FirstOrDefault(s => s.Key == FigureKeys.Power) is { } power)
        {
            related.Add(new RelatedFigure(power.Key, power.Name, power.Unit, power.Latest, FigureRelation.CapacityOfCampus));
        }

        var register = await risks.ListAsync(slug, day, cancellationToken) ?? [];
        return ReadResult.Found(new MilestoneDetail(campus.Slug, campus.Name, milestone, milestone.Slip, phase, related, day)
        {
            Risks = [.. register.Where(r => r.Concerns(milestone.Id, milestone.PhaseId))],
        });
    }
}
