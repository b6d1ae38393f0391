using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class AuditPage
{
    [Inject]
    private AuditService Audit { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The page of the log (<c>?page=</c>, from 1), so a page of the audit can be linked.</summary>
    [SupplyParameterFromQuery(Name = PageQuery.Name)]
    private string? PageText { get; set; }

    private AuditLogPage? _page;
    private int? _pageIndex;
    private List<BreadcrumbItem> _crumbs = [];
    private string? _campus;
    private string? _entity;
    private string? _user;
    private string? _from;
    private string? _to;
    private string? _text;
    private AuditKind _kind = AuditKind.All;

    private AuditFilter Filter => new(_campus, _entity, _user, Day(_from), Day(_to), _text, _kind);

    private string CsvLink => "/api/audit.csv" + AuditQuery.Of(Filter);

    private string? UnreadableDate => new[] { _from, _to }.FirstOrDefault(text => !string.IsNullOrWhiteSpace(text) && Day(text) is null);

    protected override void OnInitialized() =>
        _crumbs = [new(A["AdminTitle"], "/admin"), new(A["AuditTitle"], null, disabled: true)];

    // Following a pager link keeps this component and only changes the page in the address.
    protected override async Task OnParametersSetAsync()
    {
        var page = (PageQuery.Parse(PageText) ?? 1) - 1;
        if (_page is null || page != _pageIndex)
        {
            _pageIndex = page;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        _page = await Audit.QueryAsync(Filter, _pageIndex ?? 0);

        // A page past the end (an old link, a narrower filter) shows the last page rather than nothing.
        if (_page is { Entries.Count: 0, Total: > 0 })
        {
            _pageIndex = PagedList.PageCount(_page.Total, AuditService.PageSize) - 1;
            _page = await Audit.QueryAsync(Filter, _pageIndex.Value);
        }
    }

    // New filters start from the first page.
    private async Task ApplyAsync()
    {
        _pageIndex = 0;
        await LoadAsync();
        if (PageQuery.Parse(PageText) is not null)
        {
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(PageQuery.Name, (int?)null));
        }
    }

    private async Task SetKindAsync(AuditKind kind)
    {
        _kind = kind;
        await ApplyAsync();
    }

    private static DateOnly? Day(string? text) =>
        AsOf.TryParseDay(text?.Trim(), out var day) ? day : null;
}
