using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Timeline;

namespace Sesterce.Tracker.Core.Features.Milestones;

/// <summary>
/// One claim about a milestone's date: a target or a reached date (<see cref="Kind"/>). A null
/// <see cref="Date"/> says the target is not known (yet), or retracts a reached date.
/// </summary>
public sealed record MilestoneDateRevisionView(
    int Id,
    MilestoneDateKind Kind,
    PartialDate? Date,
    PartialDate AnnouncedOn,
    DateOnly KnownFrom,
    ClaimStatus Status,
    IReadOnlyList<CitationView> Sources,
    string? Reason,
    int? CorrectsRevisionId = null,
    int? CorrectedByRevisionId = null) : IClaimView
{
    /// <summary>Who may see the claim; admins' pages show it as a chip.</summary>
    public Visibility Visibility { get; init; }
}

/// <summary>
/// A milestone as known on a date. <see cref="Target"/> is the headline target claim by the claim
/// rule (docs/claims.md), null when no date is known yet; <see cref="TargetChallenger"/> a later
/// claim of lower status that says otherwise, shown beside it ("official Dec 2026 · internal
/// estimate Q1 2027"); <see cref="Baseline"/> the first target date known.
/// </summary>
public sealed record MilestoneSummary(
    int Id,
    string Title,
    MilestoneKind Kind,
    MilestoneState State,
    string? PhaseName,
    PartialDate? Baseline,
    MilestoneDateRevisionView? Target,
    MilestoneDateRevisionView? TargetChallenger,
    MilestoneDateRevisionView? Reached,
    IReadOnlyList<MilestoneDateRevisionView> DateHistory,
    DateOnly FirstKnownOn)
{
    public int? PhaseId { get; init; }

    /// <summary>This milestone ends its phase: the phase's end date is its date.</summary>
    public bool CommissionsPhase { get; init; }

    /// <summary>Date claims in conflict with the headline in force on their day, open or resolved as known on the view's date.</summary>
    public IReadOnlyList<ClaimConflict<MilestoneDateRevisionView>> Conflicts { get; init; } = [];

    /// <summary>The headline target date; null when the date is not known yet.</summary>
    public PartialDate? TargetDate => Target?.Date;

    /// <summary>The reached date standing on the view's date.</summary>
    public PartialDate? ActualDate => Reached?.Date;

    /// <summary>The date that matters now: the reached date once reached, else the headline target.</summary>
    public PartialDate? KeyDate => ActualDate ?? TargetDate;

    /// <summary>No target date is known and the milestone is not reached: "date to be announced".</summary>
    public bool IsUndated => KeyDate is null;

    /// <summary>From the baseline to the key date, at the coarser precision; null without both.</summary>
    public Slip? Slip => Baseline is { } baseline && KeyDate is { } current ? Timeline.Slip.Between(baseline, current) : null;

    /// <summary>
    /// The target claims standing on the view's date. A corrected claim is left out: it was a
    /// mistake, so no chart may draw it and no change may be measured from it (the history table
    /// still lists it, struck through, from <see cref="DateHistory"/>).
    /// </summary>
    public IEnumerable<MilestoneDateRevisionView> TargetHistory => DateHistory.Where(r => r.Kind == MilestoneDateKind.Target && r.CorrectedByRevisionId is null);

    /// <summary>The latest target claim, whatever its status: what last changed.</summary>
    public MilestoneDateRevisionView? LatestRevision => TargetHistory.LastOrDefault(r => r.CorrectedByRevisionId is null);
}
