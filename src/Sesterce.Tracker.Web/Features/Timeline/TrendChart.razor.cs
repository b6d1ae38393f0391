using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Timeline;
using Sesterce.Tracker.Web.Components.Charts;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Timeline;

public partial class TrendChart
{
    /// <summary>On a wide screen: drawn about 1:1, labels at 12 px.</summary>
    internal static readonly ChartSize Wide = new(Width: 720, Height: 460, Left: 90, RightPad: 24, Top: 34, BottomPad: 50, FontSize: 12);

    /// <summary>On a phone the viewBox is close to the screen's width, so 13-unit labels stay at 11 px or more.</summary>
    internal static readonly ChartSize Compact = new(Width: 380, Height: 420, Left: 64, RightPad: 16, Top: 34, BottomPad: 46, FontSize: 13);

    private ChartSize _size = Wide;
    private DateOnly _start = DateOnly.MinValue;
    private DateOnly _end = DateOnly.MinValue.AddDays(1);
    private TimeScale _x = new(DateOnly.MinValue, DateOnly.MinValue.AddDays(1), Wide.Left, Wide.Right);
    private TimeScale _y = new(DateOnly.MinValue, DateOnly.MinValue.AddDays(1), Wide.Bottom, Wide.Top);
    private IReadOnlyList<MarkGroup<TrendMark>> _marks = [];
    private MarkGroup<TrendMark>? _selected;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<TrendSeries> Series { get; set; } = [];

    [Parameter, EditorRequired]
    public DateOnly AsOf { get; set; }

    /// <summary>Draws the phone layout from the start (tests and callers that know the width).</summary>
    [Parameter]
    public bool? CompactLayout { get; set; }

    /// <summary>
    /// The layouts drawn: the one asked for, or both, and CSS shows the phone's under 600 px. Both
    /// in the page means the phone's layout is there from the first paint, with no jump after a
    /// round trip to ask the browser its width.
    /// </summary>
    private IReadOnlyList<bool> Layouts => CompactLayout is { } compact ? [compact] : [false, true];

    private string LayoutName => CompactLayout is { } compact ? (compact ? "compact" : "wide") : "responsive";

    protected override void OnParametersSet()
    {
        if (Series.Count == 0)
        {
            _marks = [];
            return;
        }

        // One domain for both axes, so the diagonal is where a target meets its report date.
        var dates = Series.SelectMany(s => s.Points.SelectMany(p => new[] { p.ReportedOn, p.Target.Start, p.Target.End })).Append(AsOf).ToList();
        _start = TimeScale.AddMonths(new DateOnly(dates.Min().Year, dates.Min().Month, 1), -1);
        var next = TimeScale.AddMonths(new DateOnly(dates.Max().Year, dates.Max().Month, 1), 2);
        _end = next > dates.Max() ? CalendarDays.PreviousOrFirst(next) : DateOnly.MaxValue;

        // Reports of the same day at the same target (of one milestone or several) are one mark with a count.
        var drawn = Series.SelectMany(s => s.Points
            .Where(p => p.IsRevision || s.Reached)
            .Select(p => new TrendMark(s, p, s.Reached && !p.IsRevision)));
        _marks = Coincident.Group(drawn, m => (m.Point.ReportedOn, MidDay(m.Point)));
        if (_selected is not null)
        {
            _selected = _marks.FirstOrDefault(g => g.Items.SequenceEqual(_selected.Items));
        }

        Use(CompactLayout ?? false);
    }

    /// <summary>
    /// Points the drawing helpers at one layout's scales. The markup calls it before drawing each
    /// layout; rendering is synchronous, so each drawing reads its own scales.
    /// </summary>
    private void Use(bool compact)
    {
        _size = compact ? Compact : Wide;
        _x = new TimeScale(_start, _end, _size.Left, _size.Right);
        _y = new TimeScale(_start, _end, _size.Bottom, _size.Top);
    }

    private void Select(MarkGroup<TrendMark> mark) => _selected = mark;

    private static DateOnly MidDay(TrendPoint point) => DateOnly.FromDayNumber((point.Target.Start.DayNumber + point.Target.End.DayNumber) / 2);

    private double Mid(TrendPoint point) => _y.X(MidDay(point));

    /// <summary>A label is drawn only where its period leaves room for it; the gridlines still show the period.</summary>
    private bool Fits(PeriodBand band, bool horizontal) => horizontal
        ? band.Size >= Format.Date(band.Period).Length * _size.FontSize * 0.58
        : band.Size >= _size.FontSize + 2;

    private static string Iso(PeriodBand band) => band.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Steps: a target stands until the next report changes it.</summary>
    private string Path(TrendSeries series)
    {
        var path = new StringBuilder();
        for (var i = 0; i < series.Points.Count; i++)
        {
            var point = series.Points[i];
            var x = F(_x.X(point.ReportedOn));
            var y = F(Mid(point));
            path.Append(i == 0 ? "M" + x + " " + y : " H" + x + " V" + y);
        }

        return path.ToString();
    }

    private string MarkLabel(MarkGroup<TrendMark> mark) => mark.IsMerged
        ? $"{T["MergedCount", mark.Count]}: {string.Join("; ", mark.Items.Select(i => PointLabel(i.Series, i.Point)))}"
        : PointLabel(mark.First.Series, mark.First.Point);

    private string PointLabel(TrendSeries series, TrendPoint point) => series.Reached && !point.IsRevision
        ? T["TrendPointReached", series.Title, Format.Date(point.Target)]
        : T["TrendPointLabel", series.Title, Format.Date(point.AnnouncedOn ?? new PartialDate(point.ReportedOn, DatePrecision.Day)), Format.Date(point.Target)];

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>One drawn point: the series it belongs to and whether it is the reached end on the diagonal.</summary>
    private sealed record TrendMark(TrendSeries Series, TrendPoint Point, bool IsReachedMark);
}

/// <summary>A chart's drawing box in viewBox units: the plot area and the label size.</summary>
internal sealed record ChartSize(double Width, double Height, double Left, double RightPad, double Top, double BottomPad, double FontSize)
{
    public double Right => Width - RightPad;

    public double Bottom => Height - BottomPad;
}
