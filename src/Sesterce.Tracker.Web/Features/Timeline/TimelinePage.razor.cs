using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features;
using Sesterce.Tracker.Core.Features.Timeline;
using Sesterce.Tracker.Web.Formatting;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Timeline;

public partial class TimelinePage
{
    private static readonly (int? Months, string Label)[] Zooms = [(null, "ZoomAll"), (36, "ZoomThreeYears"), (12, "ZoomOneYear"), (6, "ZoomSixMonths")];

    private TimelineFilter _filter = TimelineFilter.None;
    private int? _zoomMonths;
    private int _panSteps;
    private int _page;

    [Inject]
    private TimelineService Timeline { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    /// <summary>The campus; none means the portfolio of every campus.</summary>
    [Parameter]
    public string? Slug { get; set; }

    // The portfolio's page is part of what the shell loads; a campus timeline is one page.
    private string Request => Slug is null ? _page.ToString(CultureInfo.InvariantCulture) : "";

    private string Heading(TimelineView view) => Slug is null ? T["PortfolioTitle"] : $"{(view.Campuses.Count > 0 ? view.Campuses[0].Name : Slug)} · {T["TimelineTitle"]}";

    private bool NothingKnown(TimelineView view) => Slug is not null && view.Campuses[0] is { } c && (c.FirstKnownOn is null || c.FirstKnownOn > view.AsOf);

    private IReadOnlyList<CampusTimeline> Shown(TimelineView view) => _filter.Apply(view.Campuses);

    private static int PageCount(TimelineView view) => (view.Total + TimelineService.PortfolioPageSize - 1) / TimelineService.PortfolioPageSize;

    private static IReadOnlyList<(string Value, string Text)> PhaseOptions(TimelineView view) =>
        [.. view.Campuses.SelectMany(c => c.Phases.Select(p => p.Name).Concat(c.UndatedPhases)).Distinct().Select(n => (n, n))];

    private IReadOnlyList<(MilestoneKind Value, string Text)> KindOptions(TimelineView view) =>
        [.. view.Campuses.SelectMany(c => c.Milestones.Select(m => m.Milestone.Kind)).Distinct().Order().Select(k => (k, Format.Kind(k)))];

    private IReadOnlyList<(MilestoneState Value, string Text)> StateOptions(TimelineView view) =>
        [.. view.Campuses.SelectMany(c => c.Milestones.Select(m => m.Milestone.State)).Distinct().Order().Select(s => (s, Format.State(s)))];

    private IReadOnlyList<TrendSeries> Trend(TimelineView view) => TrendAnalysis.Build(Shown(view).SelectMany(c => c.Milestones.Select(m => m.Milestone)), view.AsOf);

    private async Task<ReadResult<TimelineView>> LoadAsync(AsOf asOf)
    {
        if (Slug is not null)
        {
            return await Timeline.GetCampusAsync(Slug, asOf.Day);
        }

        var (view, total) = await Timeline.GetPortfolioAsync(asOf.Day, _page);
        return ReadResult.Found(view with { Total = total });
    }

    private void SetFilter(TimelineFilter filter) => _filter = filter;

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
