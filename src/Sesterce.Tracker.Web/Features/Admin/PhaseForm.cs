using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Web.Features.Admin.Claims;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>
/// What the phase form edits: the phase's own fields, a new phase or an existing one at the version it
/// was loaded. A new phase may come with its first plan (<see cref="WithPlan"/>); a phase's plan changes
/// only by plan claims (<see cref="PlanForm"/>).
/// </summary>
public sealed class PhaseForm
{
    public int? Id { get; init; }

    public int Version { get; init; }

    public int Order { get; set; } = 1;

    public string? Name { get; set; }

    /// <summary>The day the phase became public: before it, as-of views do not show the phase.</summary>
    public string? AnnouncedOn { get; set; }

    public bool WithPlan { get; set; }

    public PlanForm Plan { get; init; } = new();

    public static PhaseForm New(int order) => new() { Order = order };

    public static PhaseForm From(PhaseAdminRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new()
        {
            Id = row.Id,
            Version = row.Version,
            Order = row.Values.Order,
            Name = row.Values.Name,
            AnnouncedOn = row.Values.AnnouncedOn,
        };
    }

    public PhaseInput ToInput() => new(Name, Order, AnnouncedOn);

    public PhasePlanInput? ToFirstPlan(IReadOnlyList<SourceAdminRow> catalogue) => WithPlan ? Plan.ToInput(catalogue) : null;
}

/// <summary>A plan claim of a phase as the form edits it: target date and/or capacity, the claim around them, and for a correction the claim it corrects.</summary>
public sealed class PlanForm
{
    public string? Target { get; set; }

    public decimal? CapacityMw { get; set; }

    public ClaimForm Claim { get; init; } = new();

    public PhasePlanView? Corrects { get; init; }

    public string? Reason { get; set; }

    /// <summary>A correction starts from the plan it corrects: its target, capacity, day, status, sources and note.</summary>
    public static PlanForm Correcting(PhasePlanView plan, Visibility level = Visibility.Public)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new()
        {
            Target = plan.Target?.ToString(),
            CapacityMw = FormNumbers.Plain(plan.CapacityMw),
            Claim = ClaimForm.Copy(plan, plan.Note, level),
            Corrects = plan,
        };
    }

    public PhasePlanInput ToInput(IReadOnlyList<SourceAdminRow> catalogue) => new(Target, CapacityMw, Claim.ToInput(catalogue));
}
