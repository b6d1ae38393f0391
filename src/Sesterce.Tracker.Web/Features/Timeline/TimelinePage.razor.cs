using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features;
using Sesterce.Tracker.Core.Features.Timeline;
using Sesterce.Tracker.Web.Components.Charts;
using Sesterce.Tracker.Web.Formatting;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Timeline;

public partial class TimelinePage
{
    private static readonly (int? Months, string Label)[] Zooms = [(null, "ZoomAll"), (36, "ZoomThreeYears"), (12, "ZoomOneYear"), (6, "ZoomSixMonths")];

    private TimelineFilter _filter = TimelineFilter.None;
    private int? _zoomMonths;
    private int _panSteps;
    private bool _compact;
    private Paged? _paged;

    [Inject]
    private TimelineService Timeline { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    /// <summary>The campus; none means the portfolio of every campus.</summary>
    [Parameter]
    public string? Slug { get; set; }

    /// <summary>The page of milestone rows (<c>?page=</c>): chart, table and trend draw only its rows.</summary>
    [SupplyParameterFromQuery(Name = PageQuery.Name)]
    private string? PageText { get; set; }

    /// <summary>The portfolio's page of campuses (<c>?campuses=</c>), which the service loads.</summary>
    [SupplyParameterFromQuery(Name = PageQuery.CampusesName)]
    private string? CampusPageText { get; set; }

    private int CampusPage => (PageQuery.Parse(CampusPageText) ?? 1) - 1;

    // The portfolio's page of campuses is part of what the shell loads; a campus timeline is one campus.
    private string Request => Slug is null ? CampusPage.ToString(CultureInfo.InvariantCulture) : "";

    private string Heading(TimelineView view) => Slug is null ? T["PortfolioTitle"] : $"{(view.Campuses.Count > 0 ? view.Campuses[0].Name : Slug)} · {T["TimelineTitle"]}";

    private bool NothingKnown(TimelineView view) => Slug is not null && view.Campuses[0] is { } c && (c.FirstKnownOn is null || c.FirstKnownOn > view.AsOf);

    private IReadOnlyList<CampusTimeline> Filtered(TimelineView view) => _filter.Apply(view.Campuses);

    /// <summary>The filtered campuses holding only the rows of the current page: all the chart, table and trend draw.</summary>
    private IReadOnlyList<CampusTimeline> Shown(TimelineView view) => PageOf(view).Campuses;

    private PagedList<TimelineRow> Rows(TimelineView view) => PageOf(view).Rows;

    /// <summary>
    /// The page of milestone rows across the filtered campuses, in table order. A campus stays on
    /// the page when it has rows there, or on the first page when it has none (its phases still
    /// show); computed once per view, filter and page, as every part of the page asks for it.
    /// </summary>
    private Paged PageOf(TimelineView view)
    {
        var page = PageQuery.Parse(PageText);
        if (_paged is { } cached && ReferenceEquals(cached.View, view) && cached.Filter == _filter && cached.Requested == page)
        {
            return cached;
        }

        var filtered = Filtered(view);
        var rows = PagedList.Of<TimelineRow>([.. filtered.SelectMany(c => c.Milestones.Select(m => new TimelineRow(c.Slug, m)))], page);
        var campuses = filtered
            .Select(c => c with { Milestones = [.. rows.Items.Where(r => r.Campus == c.Slug).Select(r => r.Item)] })
            .Where(c => c.Milestones.Count > 0 || (rows.Page == 1 && !filtered.Any(f => f.Slug == c.Slug && f.Milestones.Count > 0)))
            .ToList();
        _paged = new Paged(view, _filter, page, rows, campuses);
        return _paged;
    }

    private static int CampusPageCount(TimelineView view) => PagedList.PageCount(view.Total, TimelineService.PortfolioPageSize);

    private string CampusPageLink(int page) =>
        Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { [PageQuery.CampusesName] = PageQuery.ValueOf(page), [PageQuery.Name] = null });

    private static IReadOnlyList<(string Value, string Text)> PhaseOptions(TimelineView view) =>
        [.. view.Campuses.SelectMany(c => c.Phases.Select(p => p.Name).Concat(c.UndatedPhases)).Distinct().Select(n => (n, n))];

    private IReadOnlyList<(MilestoneKind Value, string Text)> KindOptions(TimelineView view) =>
        [.. view.Campuses.SelectMany(c => c.Milestones.Select(m => m.Milestone.Kind)).Distinct().Order().Select(k => (k, Format.Kind(k)))];

    private IReadOnlyList<(MilestoneState Value, string Text)> StateOptions(TimelineView view) =>
        [.. view.Campuses.SelectMany(c => c.Milestones.Select(m => m.Milestone.State)).Distinct().Order().Select(s => (s, Format.State(s)))];

    private IReadOnlyList<TrendSeries> Trend(TimelineView view) => TrendAnalysis.Build(Rows(view).Items.Select(r => r.Item.Milestone), view.AsOf);

    private async Task<ReadResult<TimelineView>> LoadAsync(AsOf asOf)
    {
        if (Slug is not null)
        {
            return await Timeline.GetCampusAsync(Slug, asOf.Day);
        }

        var (view, total) = await Timeline.GetPortfolioAsync(asOf.Day, CampusPage);
        return ReadResult.Found(view with { Total = total });
    }

    // A new filter starts again from its first page: page 7 of the old rows means nothing in the new ones.
    private void SetFilter(TimelineFilter filter)
    {
        _filter = filter;
        if (PageQuery.Parse(PageText) is not null)
        {
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(PageQuery.Name, (int?)null));
        }
    }

    /// <summary>One milestone row of the timeline, with the campus it belongs to.</summary>
    private sealed record TimelineRow(string Campus, TimelineMilestone Item);

    private sealed record Paged(TimelineView View, TimelineFilter Filter, int? Requested, PagedList<TimelineRow> Rows, IReadOnlyList<CampusTimeline> Campuses);

    /// <summary>
    /// On a phone the chart draws its compact layout and opens on a year around today (or the as-of
    /// day) instead of the whole extent, which at that width would be a blur of markers.
    /// </summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && await Viewport.IsNarrowAsync(JS))
        {
            _compact = true;
            _zoomMonths ??= 12;
            StateHasChanged();
        }
    }

    private void Zoom(int? months)
    {
        _zoomMonths = months;
        _panSteps = 0;
    }

    private void Pan(int direction) => _panSteps += direction;

    private (DateOnly Start, DateOnly End) Window(TimelineView view)
    {
        if (view.Campuses.Count == 0)
        {
            return (view.AsOf, view.AsOf);
        }

        var (start, end) = view.Extent();
        var window = TimeScale.Window(start, end, view.AsOf, _zoomMonths);
        if (_zoomMonths is { } months && _panSteps != 0)
        {
            var shift = Math.Max(months / 2, 1) * _panSteps;
            window = (TimeScale.AddMonths(window.Start, shift), CalendarDays.PreviousOrFirst(TimeScale.AddMonths(window.Start, shift + months)));
        }

        return window;
    }
}
