using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>What the phase form edits: a new phase, or an existing one at the version it was loaded.</summary>
public sealed class PhaseForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public int Order { get; set; } = 1;

    public string? Name { get; set; }

    public decimal? TargetCapacityMw { get; set; }

    public string? TargetDate { get; set; }

    public string? AnnouncedOn { get; set; }

    public static PhaseForm New(int order, string announcedOn) => new() { Order = order, AnnouncedOn = announcedOn };

    public static PhaseForm From(PhaseAdminRow row) => new()
    {
        Id = row.Id,
        Version = row.Version,
        Order = row.Values.Order,
        Name = row.Values.Name,
        AnnouncedOn = row.Values.AnnouncedOn,
    };

    public PhaseInput ToInput() => new(Name, Order, AnnouncedOn);

    public PhasePlanInput? ToPlan() => TargetCapacityMw is null && string.IsNullOrWhiteSpace(TargetDate)
        ? null
        : new(TargetDate, TargetCapacityMw, new ClaimInput(AnnouncedOn, Core.Domain.ClaimStatus.OfficialAnnouncement, [], null));
}
