using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>
/// What the milestone form edits: the milestone's own fields, and the target date move (or the
/// first target of a new milestone) with its announcement, source, quote and reason.
/// </summary>
public sealed class MilestoneForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public MilestoneKind Kind { get; set; } = MilestoneKind.Other;

    public MilestoneStatus Status { get; set; } = MilestoneStatus.Planned;

    public int? PhaseId { get; set; }

    public string? ActualDate { get; set; }

    // Not on the form: carried through an edit so saving the other fields keeps them.
    public int? ActualSourceId { get; set; }

    public string? ActualQuote { get; set; }

    public string? Target { get; set; }

    public string? AnnouncedOn { get; set; }

    public int? SourceId { get; set; }

    public string? Quote { get; set; }

    /// <summary>Why the target moved, or why the milestone is archived.</summary>
    public string? Reason { get; set; }

    public static MilestoneForm New(string announcedOn, int? sourceId) => new() { AnnouncedOn = announcedOn, SourceId = sourceId };

    public static MilestoneForm From(MilestoneEdit edit, string announcedOn, int? sourceId)
    {
        var v = edit.Values;
        return new()
        {
            Title = v.Title,
            Description = v.Description,
            Kind = v.Kind,
            Status = v.Status,
            PhaseId = v.PhaseId,
            AnnouncedOn = announcedOn,
            SourceId = sourceId,
        };
    }

    public MilestoneInput ToInput() => new(Title, Description, Kind, Status, PhaseId);

    public DateClaimInput ToMove() => new(Target, new ClaimInput(AnnouncedOn, ClaimStatus.OfficialAnnouncement, SourceId is null ? [] : [new CitationInput(SourceId, Quote)], Reason));

    public DateClaimInput? ToFirstTarget() => ToMove();
}
