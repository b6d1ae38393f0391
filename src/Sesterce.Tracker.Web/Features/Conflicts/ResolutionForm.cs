using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin.Claims;

namespace Sesterce.Tracker.Web.Features.Conflicts;

/// <summary>What the resolve form edits: the outcome, the reason and the claim around it; <see cref="Corrects"/> for a correction.</summary>
public sealed class ResolutionForm
{
    public ConflictResolutionKind Kind { get; set; }

    public string? Reason { get; set; }

    public int? Corrects { get; init; }

    public ClaimForm Claim { get; init; } = new();

    /// <summary>An open conflict is resolved (rejected by default, the most common judgement); a resolved one is reopened.</summary>
    public static ResolutionForm For(bool isOpen) => new() { Kind = isOpen ? ConflictResolutionKind.Rejected : ConflictResolutionKind.Reopened };

    public ResolutionInput ToInput(IReadOnlyList<SourceAdminRow> catalogue) => new(Kind, Reason, Claim.ToInput(catalogue));
}
