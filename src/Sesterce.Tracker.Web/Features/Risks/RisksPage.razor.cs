using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Risks;
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

    private async Task AssessAsync(RiskView risk) =>
        _saved = await RiskAssessDialog.ShowAsync(Dialogs, A["ChangeStateOf", risk.Title], risk.Id) ?? _saved;

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
