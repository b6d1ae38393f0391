using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Risks;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>What the risk form edits: the risk's own fields and links. Its state is a claim (<see cref="Claims.RiskAssessmentForm"/>).</summary>
public sealed class RiskForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public RiskCategory Category { get; set; } = RiskCategory.Other;

    public string? Owner { get; set; }

    public IReadOnlyCollection<int> ThreatenedMilestoneIds { get; set; } = [];

    public IReadOnlyCollection<int> ThreatenedPhaseIds { get; set; } = [];

    /// <summary>The date claims (slips) the risk caused.</summary>
    public IReadOnlyCollection<int> ConsequenceDateClaimIds { get; set; } = [];

    /// <summary>Who may see the risk itself; a new risk starts Public, and its first assessment at the same level.</summary>
    public Visibility Visibility { get; set; }

    public static RiskForm From(RiskEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var v = edit.Values;
        return new()
        {
            Title = v.Title,
            Description = v.Description,
            Category = v.Category,
            Owner = v.Owner,
            ThreatenedMilestoneIds = [.. v.ThreatenedMilestoneIds],
            ThreatenedPhaseIds = [.. v.ThreatenedPhaseIds],
            ConsequenceDateClaimIds = [.. v.ConsequenceDateClaimIds],
            Visibility = v.Visibility ?? Visibility.Public,
        };
    }

    public RiskInput ToInput() =>
        new(Title, Description, Category, Owner, [.. ThreatenedMilestoneIds], [.. ThreatenedPhaseIds], [.. ConsequenceDateClaimIds], Visibility);
}
