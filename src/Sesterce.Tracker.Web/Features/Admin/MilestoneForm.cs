using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>What the milestone form edits: the milestone's own fields. Its dates are claims (<see cref="Claims.DateClaimForm"/>).</summary>
public sealed class MilestoneForm
{
    public string? Title { get; set; }

    /// <summary>The title in French; empty shows the title to French readers too.</summary>
    public string? TitleFr { get; set; }

    public string? Description { get; set; }

    public MilestoneKind Kind { get; set; } = MilestoneKind.Other;

    public MilestoneStatus Status { get; set; } = MilestoneStatus.Planned;

    public int? PhaseId { get; set; }

    /// <summary>This milestone ends its phase: the phase's end date is then the milestone's date.</summary>
    public bool CommissionsPhase { get; set; }

    public static MilestoneForm From(MilestoneEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var v = edit.Values;
        return new()
        {
            Title = v.Title,
            TitleFr = v.TitleFr,
            Description = v.Description,
            Kind = v.Kind,
            Status = v.Status,
            PhaseId = v.PhaseId,
            CommissionsPhase = v.CommissionsPhase,
        };
    }

    public MilestoneInput ToInput() => new(Title, Description, Kind, Status, PhaseId, CommissionsPhase, TitleFr);
}
