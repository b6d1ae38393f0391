using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Web.Components.Shared;
using Sesterce.Tracker.Web.Formatting;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Risks;

/// <summary>The register of one campus as known on the as-of day, filtered on the page (docs/risks.md).</summary>
public partial class RisksPage
{
    /// <summary>Risks per page: each entry carries its recent history, so fewer than a table's rows.</summary>
    private const int PageSize = 25;

    private RiskFilter _filter = RiskFilter.None;

    [Inject]
    private RiskService Risks { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Inject]
    private IStringLocalizer<RisksResource> R { get; set; } = default!;

    [Parameter]
    public string Slug { get; set; } = "";

    [SupplyParameterFromQuery(Name = PageQuery.Name)]
    private string? PageText { get; set; }

    /// <summary>The risk a link points at (<c>?risk=</c>): without a page number, the register opens on its page.</summary>
    [SupplyParameterFromQuery(Name = PageQuery.RiskName)]
    private string? RiskIdText { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    /// <summary>What the last dialog saved, for the "Saved: …" line; the register itself reloads through its live refresh.</summary>
    private string? _saved;

    [SupplyParameterFromQuery(Name = DialogQuery.Name)]
    private string? DialogText { get; set; }

    [SupplyParameterFromQuery(Name = AsOf.QueryName)]
    private string? AsOfText { get; set; }

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    // A page loaded with a dialog's address opens it, for a writer on today's view only.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || PageQuery.Parse(RiskIdText) is not { } risk)
        {
            return;
        }

        var requested = await DialogQuery.RequestedAsync(DialogText, AsOfText, Authentication, Authorization);

        // Only a risk of this campus's register: an id from another campus must not open that campus's risk here.
        if (requested is null || (await Risks.GetRegisterAsync(Slug)).View?.Risks.FirstOrDefault(r => r.Id == risk) is not { } shown)
        {
            return;
        }

        var opened = requested switch
        {
            DialogQuery.Assess => AssessAsync(shown),
            DialogQuery.Edit => EditAsync(shown),
            _ => null,
        };
        if (opened is not null)
        {
            await opened;
            StateHasChanged();
        }
    }

    private Task AssessAsync(RiskView risk) => AssessAsync(risk.Id, risk.Title);

    private async Task AssessAsync(int riskId, string title) =>
        _saved = await RiskAssessDialog.ShowAsync(Dialogs, A["ChangeStateOf", title], riskId, Address(DialogQuery.Assess, riskId)) ?? _saved;

    private Task EditAsync(RiskView risk) => EditAsync(risk.Id, risk.Title);

    private async Task EditAsync(int riskId, string title) =>
        _saved = await RiskEditDialog.ShowAsync(Dialogs, A["EditOf", title], riskId, Address(DialogQuery.Edit, riskId)) ?? _saved;

    private DialogAddress Address(string dialog, int riskId) =>
        new(Navigation, dialog, new Dictionary<string, object?> { [DialogQuery.RiskName] = riskId });

    private int? PageHolding(IReadOnlyList<RiskView> shown)
    {
        var index = PageQuery.Parse(RiskIdText) is { } id ? shown.ToList().FindIndex(r => r.Id == id) : -1;
        return index < 0 ? null : (index / PageSize) + 1;
    }

    private List<BreadcrumbItem> Breadcrumbs(RiskRegisterView view, AsOf asOf) =>
    [
        new(view.CampusName, TrackerLinks.Dashboard(Slug, asOf)),
        new(R["NavRisks"], null, disabled: true),
    ];

    // Each filter offers only what the register holds on the day, in a stable order.
    private IReadOnlyList<(RiskState Value, string Text)> StateOptions(RiskRegisterView view) =>
        [.. view.Risks.Select(r => r.State).Distinct().Order().Select(s => (s, R.State(s)))];

    private IReadOnlyList<(RiskCategory Value, string Text)> CategoryOptions(RiskRegisterView view) =>
        [.. view.Risks.Select(r => r.Category).Distinct().Order().Select(c => (c, R.Category(c)))];

    private IReadOnlyList<(RiskLevel Value, string Text)> BandOptions(RiskRegisterView view) =>
        [.. view.Risks.Select(r => RiskText.Band(r.Severity)).Distinct().OrderDescending().Select(b => (b, R[$"Band_{b}"].Value))];

    private IReadOnlyList<(string Value, string Text)> ThreatOptions(RiskRegisterView view) =>
        [.. view.Risks.SelectMany(r => r.Threatens)
            .DistinctBy(RiskFilter.ThreatKey)
            .OrderBy(t => t.MilestoneId is null ? 0 : 1)
            .ThenBy(t => t.Name, StringComparer.CurrentCulture)
            .Select(t => (RiskFilter.ThreatKey(t), t.MilestoneId is null ? R["PhaseThreat", t.Name].Value : t.Name))];

    // A new filter starts again from its first page.
    private void SetFilter(RiskFilter filter)
    {
        _filter = filter;
        if (PageQuery.Parse(PageText) is not null)
        {
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(PageQuery.Name, (int?)null));
        }
    }
}
