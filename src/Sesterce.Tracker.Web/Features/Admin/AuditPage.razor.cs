using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class AuditPage
{
    [Inject]
    private AuditService Audit { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    private AuditLogPage? _page;
    private int _pageIndex;
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

    protected override async Task OnInitializedAsync()
    {
        _crumbs = [new(A["AdminTitle"], "/admin"), new(A["AuditTitle"], null, disabled: true)];
        await LoadAsync();
    }

    private async Task LoadAsync() => _page = await Audit.QueryAsync(Filter, _pageIndex);

    private async Task ApplyAsync()
    {
        _pageIndex = 0;
        await LoadAsync();
    }

    private async Task SetKindAsync(AuditKind kind)
    {
        _kind = kind;
        await ApplyAsync();
    }

    private async Task GoAsync(int page)
    {
        _pageIndex = page;
        await LoadAsync();
    }

    private static DateOnly? Day(string? text) =>
        AsOf.TryParseDay(text?.Trim(), out var day) ? day : null;
}
