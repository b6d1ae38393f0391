using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Core.Features.Milestones;

public sealed record MilestoneDateRevisionView(
    int Id,
    PartialDate AnnouncedOn,
    DateOnly KnownFrom,
    PartialDate Target,
    SourceRef? Source,
    string? Quote,
    string? Reason);

/// <summary>A milestone as known on a date: first announced target (baseline), current target, actual date.</summary>
public sealed record MilestoneSummary(
    int Id,
    string Title,
    MilestoneKind Kind,
    MilestoneState State,
    string? PhaseName,
    PartialDate? Baseline,
    PartialDate? Target,
    PartialDate? ActualDate,
    SourceRef? ActualSource,
    string? ActualQuote,
    IReadOnlyList<MilestoneDateRevisionView> DateHistory,
    DateOnly FirstKnownOn)
{
    public MilestoneDateRevisionView? LatestRevision => DateHistory.Count > 0 ? DateHistory[^1] : null;

    /// <summary>The date that matters now: the actual date once reached, else the current target.</summary>
    public PartialDate? KeyDate => ActualDate ?? Target;
}
