namespace Sesterce.Tracker.Core.Domain;

/// <summary>The standing of a claim: who says it, and how firmly.</summary>
public enum ClaimStatus
{
    OfficialAnnouncement = 0,
    PressReport = 1,
    InternalEstimate = 2,
    Approved = 3,
}

/// <summary>
/// A fact as the tracker records it (docs/claims.md): a value at its precision, the day it became
/// known (<see cref="AnnouncedOn"/>, its last day being <see cref="KnownFrom"/>), a status, sources with
/// their words, and a note. Claims are never edited: a correction is a new claim naming the one it
/// corrects. As-of views keep the claims with <see cref="KnownFrom"/> on or before the day, and nothing else.
/// </summary>
public interface IClaim
{
    int Id { get; }

    /// <summary>When the claim became known ("reported on"), at the precision the record gives.</summary>
    PartialDate AnnouncedOn { get; }

    /// <summary>The last day of <see cref="AnnouncedOn"/>: the first day the claim is certainly known.</summary>
    DateOnly KnownFrom { get; }

    ClaimStatus Status { get; }

    /// <summary>Who may see the claim and everything derived from it (its value, quotes, ratios, exports).</summary>
    Visibility Visibility { get; }

    /// <summary>The sources that state the claim, each with its own words, in the order entered.</summary>
    List<Citation> Citations { get; }

    DateTimeOffset RecordedAt { get; }
}

/// <summary>
/// One source backing one claim, with the words of that source. A claim has one citation per
/// source; exactly one of the owner keys is set.
/// </summary>
public sealed class Citation
{
    public int Id { get; set; }

    public int SourceId { get; set; }

    public Source? Source { get; set; }

    /// <summary>The words of the source that state the claim.</summary>
    public string? Quote { get; set; }

    /// <summary>Position among the claim's citations, from 0.</summary>
    public int Order { get; set; }

    public int? FigureRevisionId { get; set; }

    public int? MilestoneDateRevisionId { get; set; }

    public int? PhasePlanRevisionId { get; set; }

    public int? ConflictResolutionId { get; set; }

    public int? RiskAssessmentId { get; set; }
}

/// <summary>Which date of a milestone a date claim states.</summary>
public enum MilestoneDateKind
{
    /// <summary>When the milestone is expected; a claim without a date says the date is not known (yet).</summary>
    Target = 0,

    /// <summary>When the milestone was reached; a claim without a date retracts an earlier reached date.</summary>
    Reached = 1,
}
