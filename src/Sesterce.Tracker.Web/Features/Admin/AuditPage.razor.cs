using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Web.Formatting;
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
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The page of the log (<c>?page=</c>, from 1), so a page of the audit can be linked.</summary>
    [SupplyParameterFromQuery(Name = PageQuery.Name)]
    private string? PageText { get; set; }

    // The filters a link may carry, the same names the CSV export reads.
    [SupplyParameterFromQuery(Name = "from")]
    private string? FromText { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    private string? ToText { get; set; }

    [SupplyParameterFromQuery(Name = "record")]
    private string? RecordText { get; set; }

    [SupplyParameterFromQuery(Name = "user")]
    private string? UserText { get; set; }

    [SupplyParameterFromQuery(Name = "campus")]
    private string? CampusText { get; set; }

    [SupplyParameterFromQuery(Name = "text")]
    private string? SearchText { get; set; }

    [SupplyParameterFromQuery(Name = "kind")]
    private string? KindText { get; set; }

    private AuditLogPage? _page;
    private AuditFilterChoices? _choices;
    private AuditText? _words;
    private int? _pageIndex;
    private List<BreadcrumbItem> _crumbs = [];
    private List<string> _refused = [];
    private string? _campus;
    private string? _entity;
    private string? _user;
    private DateOnly? _from;
    private DateOnly? _to;
    private string? _text;
    private AuditKind _kind = AuditKind.All;

    private AuditText Words => _words ??= new AuditText(A, Format);

    private AuditFilter Filter => new(_campus, _entity, _user, _from, _to, _text, _kind) { UserExact = _user is not null };

    private string CsvLink => "/api/audit.csv" + AuditQuery.Of(Filter);

    protected override async Task OnInitializedAsync()
    {
        _crumbs = [new(A["AdminTitle"], "/admin"), new(A["AuditTitle"], null, disabled: true)];
        _choices = await Audit.ChoicesAsync();
        ReadAddress();
    }

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

    /// <summary>
    /// Takes the filters from the address. Each one that cannot be read is named in a message and
    /// left out, so "?from=yesterday" never looks like a filtered list.
    /// </summary>
    private void ReadAddress()
    {
        _refused = [];
        _from = Day("from", FromText);
        _to = Day("to", ToText);
        _campus = Blank(CampusText);
        _text = Blank(SearchText);
        if (Blank(RecordText) is { } record)
        {
            if (_choices?.RecordTypes.Contains(record, StringComparer.Ordinal) == true)
            {
                _entity = record;
            }
            else
            {
                _refused.Add(A["AuditBadRecord", record]);
            }
        }

        if (Blank(UserText) is { } user)
        {
            if (_choices?.Users.Contains(user, StringComparer.Ordinal) == true)
            {
                _user = user;
            }
            else
            {
                _refused.Add(A["AuditBadUser", user]);
            }
        }

        if (Blank(KindText) is { } kind)
        {
            if (Enum.TryParse<AuditKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(kind, out _))
            {
                _kind = parsed;
            }
            else
            {
                _refused.Add(A["AuditBadKind", kind]);
            }
        }

        if (_from is { } from && _to is { } to && from > to)
        {
            _refused.Add(A["AuditFromAfterTo", AsOf.FormatDay(from), AsOf.FormatDay(to)]);
            _to = null;
        }
    }

    private DateOnly? Day(string name, string? text)
    {
        if (Blank(text) is not { } given)
        {
            return null;
        }

        if (AsOf.TryParseDay(given, out var day))
        {
            return day;
        }

        _refused.Add(A["AuditBadDay", name, given]);
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

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

    // New filters start from the first page; a message about the address no longer applies once the admin chooses.
    private async Task ApplyAsync()
    {
        _pageIndex = 0;
        _refused = [];
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

    private async Task SetRecordAsync(string? record)
    {
        _entity = record;
        await ApplyAsync();
    }

    private async Task SetUserAsync(string? user)
    {
        _user = user;
        await ApplyAsync();
    }

    private async Task SetFromAsync(DateTime? day)
    {
        _from = day is { } d ? DateOnly.FromDateTime(d) : null;
        await ApplyAsync();
    }

    private async Task SetToAsync(DateTime? day)
    {
        _to = day is { } d ? DateOnly.FromDateTime(d) : null;
        await ApplyAsync();
    }

    private string RecordName(string? type) => type is null ? "" : Words.RecordType(type);

    private static DateTime? AsDateTime(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue);
}
