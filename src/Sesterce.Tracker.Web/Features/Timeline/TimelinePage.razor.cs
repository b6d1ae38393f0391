using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Timeline;
using Sesterce.Tracker.Web.Components.Layout;
using Sesterce.Tracker.Web.Features.Api;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Timeline;

public partial class TimelinePage
{
    private static readonly (int? Months, string Label)[] Zooms = [(null, "ZoomAll"), (36, "ZoomThreeYears"), (12, "ZoomOneYear"), (6, "ZoomSixMonths")];

    private TimelineView? _view;
    private bool _loading = true;
    private string? _error;
    private string? _invalidAsOf;
    private TimelineFilter _filter = TimelineFilter.None;
    private int? _zoomMonths;
    private int _panSteps;
    private int _page;
    private int _total;
    private (DateOnly Start, DateOnly End) _window;

    [Inject]
    private TimelineService Timeline { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private TrackerNavigation Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Inject]
    private ILogger<TimelinePage> Logger { get; set; } = default!;

    /// <summary>The campus; none means the portfolio of every campus.</summary>
    [Parameter]
    public string? Slug { get; set; }

    [SupplyParameterFromQuery(Name = "asOf")]
    public string? AsOf { get; set; }

    private string Heading => Slug is null ? T["PortfolioTitle"] : $"{(_view is { Campuses.Count: > 0 } v ? v.Campuses[0].Name : Slug)} · {T["TimelineTitle"]}";

    private bool NothingKnown => Slug is not null && _view is { } v && v.Campuses[0] is { } c && (c.FirstKnownOn is null || c.FirstKnownOn > v.AsOf);

    private IReadOnlyList<CampusTimeline> Shown => _filter.Apply(_view?.Campuses ?? []);

    private int PageCount => (_total + TimelineService.PortfolioPageSize - 1) / TimelineService.PortfolioPageSize;

    private IReadOnlyList<(string Value, string Text)> PhaseOptions =>
        [.. (_view?.Campuses ?? []).SelectMany(c => c.Phases.Select(p => p.Name)).Distinct().Select(n => (n, n))];

    private IReadOnlyList<(MilestoneKind Value, string Text)> KindOptions =>
        [.. (_view?.Campuses ?? []).SelectMany(c => c.Milestones.Select(m => m.Milestone.Kind)).Distinct().Order().Select(k => (k, Format.Kind(k)))];

    private IReadOnlyList<(MilestoneState Value, string Text)> StateOptions =>
        [.. (_view?.Campuses ?? []).SelectMany(c => c.Milestones.Select(m => m.Milestone.State)).Distinct().Order().Select(s => (s, Format.State(s)))];

    private IReadOnlyList<TrendSeries> Trend => _view is { } v ? TrendAnalysis.Build(Shown.SelectMany(c => c.Milestones.Select(m => m.Milestone)), v.AsOf) : [];

    private string CalendarLink => Navigation.Link($"/api/campuses/{Slug}/milestones.ics");

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = _view is null;
        _error = null;
        _invalidAsOf = AsOfParameter.TryParse(AsOf, out var asOf) ? null : AsOf;
        try
        {
            if (Slug is null)
            {
                (_view, _total) = await Timeline.GetPortfolioAsync(asOf, _page);
            }
            else
            {
                _view = await Timeline.GetCampusAsync(Slug, asOf);
                _total = 1;
            }

            UpdateWindow();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Timeline for {CampusSlug} as of {AsOf} failed to load", Slug ?? "portfolio", asOf);
            _error = T["LoadFailedDetail"];
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task ChangePageAsync(int page)
    {
        _page = page;
        await LoadAsync();
    }

    private void SetFilter(TimelineFilter filter) => _filter = filter;

    private void Zoom(int? months)
    {
        _zoomMonths = months;
        _panSteps = 0;
        UpdateWindow();
    }

    private void Pan(int direction)
    {
        _panSteps += direction;
        UpdateWindow();
    }

    private void UpdateWindow()
    {
        if (_view is null || _view.Campuses.Count == 0)
        {
            return;
        }

        var (start, end) = _view.Extent();
        var window = TimeScale.Window(start, end, _view.AsOf, _zoomMonths);
        if (_zoomMonths is { } months && _panSteps != 0)
        {
            var shift = Math.Max(months / 2, 1) * _panSteps;
            window = (window.Start.AddMonths(shift), window.Start.AddMonths(shift + months).AddDays(-1));
        }

        _window = window;
    }
}
