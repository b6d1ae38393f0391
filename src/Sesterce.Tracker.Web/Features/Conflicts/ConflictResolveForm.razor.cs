using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin;

namespace Sesterce.Tracker.Web.Features.Conflicts;

public partial class ConflictResolveForm
{
    private static readonly ConflictResolutionKind[] Resolving =
        [ConflictResolutionKind.Rejected, ConflictResolutionKind.Superseded, ConflictResolutionKind.Corroborated, ConflictResolutionKind.DifferentScope];

    private ResolutionForm? _form;
    private IReadOnlyList<SourceAdminRow> _sources = [];
    private WriteResult? _result;
    private bool _busy;

    [Inject]
    private ConflictAdminService Conflicts { get; set; } = default!;

    [Inject]
    private SourceAdminService SourceCatalogue { get; set; } = default!;

    [Inject]
    private ClaimLevelService Levels { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Parameter, EditorRequired]
    public string CampusSlug { get; set; } = "";

    [Parameter, EditorRequired]
    public DisputedClaimKind ClaimKind { get; set; }

    /// <summary>The disputed claim.</summary>
    [Parameter, EditorRequired]
    public int ClaimId { get; set; }

    [Parameter, EditorRequired]
    public bool IsOpen { get; set; }

    /// <summary>The last standing judgement, which the admin may correct.</summary>
    [Parameter]
    public int? LatestResolutionId { get; set; }

    /// <summary>Told after a save; the page also reloads on the change notice.</summary>
    [Parameter]
    public EventCallback OnSaved { get; set; }

    // A correction may say anything; otherwise an open conflict is resolved and a resolved one reopened.
    private IEnumerable<ConflictResolutionKind> Kinds =>
        _form?.Corrects is not null ? Enum.GetValues<ConflictResolutionKind>()
        : IsOpen ? Resolving
        : [ConflictResolutionKind.Reopened];

    private async Task StartAsync(int? corrects)
    {
        _result = null;
        _sources = await SourceCatalogue.ListAsync();
        _form = corrects is null ? ResolutionForm.For(IsOpen) : new ResolutionForm { Kind = ConflictResolutionKind.Rejected, Corrects = corrects };
        _form.Claim.Visibility = await StartingLevelAsync(corrects);
    }

    // A judgement speaks of the disputed claim, often repeating its value: it starts at that claim's level,
    // a correction at the level of the judgement it corrects (the service's default too).
    private async Task<Visibility> StartingLevelAsync(int? corrects)
    {
        if (corrects is { } id && (await Levels.OfAsync(ClaimRecordKind.Resolution, [id])).TryGetValue(id, out var kept))
        {
            return kept;
        }

        var disputed = ClaimKind == DisputedClaimKind.Figure ? ClaimRecordKind.Figure : ClaimRecordKind.Date;
        return (await Levels.OfAsync(disputed, [ClaimId])).TryGetValue(ClaimId, out var level) ? level : Visibility.Public;
    }

    private void Cancel()
    {
        _form = null;
        _result = null;
    }

    private async Task SaveAsync()
    {
        if (_form is null)
        {
            return;
        }

        _busy = true;
        try
        {
            _result = await Conflicts.ResolveAsync(CampusSlug, ClaimKind, ClaimId, _form.ToInput(_sources), _form.Corrects);
            if (_result.Succeeded)
            {
                _form = null;
                await OnSaved.InvokeAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private bool HasError(string field) => _result?.Errors.Any(e => e.Field == field) == true;

    private string? ErrorFor(string field) => WriteFeedback.ErrorFor(A, _result, field);
}
