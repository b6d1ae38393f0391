using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class RiskFieldsEditor
{
    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Parameter, EditorRequired]
    public RiskForm Form { get; set; } = default!;

    [Parameter]
    public IReadOnlyList<MilestoneOption> Milestones { get; set; } = [];

    [Parameter]
    public IReadOnlyList<PhaseOption> Phases { get; set; } = [];

    [Parameter]
    public IReadOnlyList<DateClaimOption> DateClaims { get; set; } = [];

    [Parameter]
    public WriteResult? Result { get; set; }

    /// <summary>Told when the risk's level changes, so a new risk's first assessment can follow it.</summary>
    [Parameter]
    public EventCallback<Visibility> LevelChanged { get; set; }

    private async Task SetLevelAsync(Visibility level)
    {
        Form.Visibility = level;
        await LevelChanged.InvokeAsync(level);
    }

    private string MilestoneTitle(int id) => Milestones.FirstOrDefault(m => m.Id == id)?.Title ?? "";

    private string PhaseName(int id) => Phases.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    /// <summary>"#12 · Phase 1 commissioning · Target: Mar 2027 · reported 20 Nov 2026".</summary>
    private string DateClaimText(int id)
    {
        if (DateClaims.FirstOrDefault(c => c.Id == id) is not { } claim)
        {
            return "";
        }

        var value = claim switch
        {
            { Date: { } date } => Format.Date(date),
            { Kind: MilestoneDateKind.Reached } => A["ReachedRetracted"].Value,
            _ => A["DateNotKnown"].Value,
        };
        return A["DateClaimOption", claim.Id, claim.MilestoneTitle, A[$"ClaimKind_{claim.Kind}"], value, Format.Date(claim.ReportedOn)];
    }

    private bool HasError(string field) => Result?.Errors.Any(e => e.Field == field) == true;

    private string? ErrorFor(string field) => WriteFeedback.ErrorFor(A, Result, field);
}
