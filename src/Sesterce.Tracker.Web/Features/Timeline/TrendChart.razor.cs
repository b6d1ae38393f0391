using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Timeline;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Timeline;

public partial class TrendChart
{
    private const double Width = 720;
    private const double Height = 460;
    private const double Left = 90;
    private const double Right = Width - 20;
    private const double Top = 30;
    private const double Bottom = Height - 50;

    // Eight series colours per theme, defined in app.css, so lines stay readable on a dark surface.
    private const int SeriesColors = 8;

    private static string SeriesColor(int index) => $"var(--trend-series-{index % SeriesColors})";

    private TimeScale _x = new(DateOnly.MinValue, DateOnly.MinValue.AddDays(1), Left, Right);
    private TimeScale _y = new(DateOnly.MinValue, DateOnly.MinValue.AddDays(1), Bottom, Top);
    private TrendPoint? _selected;
    private TrendSeries? _selectedSeries;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<TrendSeries> Series { get; set; } = [];

    [Parameter, EditorRequired]
    public DateOnly AsOf { get; set; }

    protected override void OnParametersSet()
    {
        if (Series.Count == 0)
        {
            return;
        }

        // One domain for both axes, so the diagonal is where a target meets its report date.
        var dates = Series.SelectMany(s => s.Points.SelectMany(p => new[] { p.ReportedOn, p.Target.Start, p.Target.End })).Append(AsOf).ToList();
        var start = TimeScale.AddMonths(new DateOnly(dates.Min().Year, dates.Min().Month, 1), -1);
        var next = TimeScale.AddMonths(new DateOnly(dates.Max().Year, dates.Max().Month, 1), 2);
        var end = next > dates.Max() ? CalendarDays.PreviousOrFirst(next) : DateOnly.MaxValue;
        _x = new TimeScale(start, end, Left, Right);
        _y = new TimeScale(start, end, Bottom, Top);
        if (_selected is not null && !Series.Any(s => s.Points.Contains(_selected)))
        {
            _selected = null;
            _selectedSeries = null;
        }
    }

    private void Select(TrendSeries series, TrendPoint point)
    {
        _selected = point;
        _selectedSeries = series;
    }

    private double Mid(TrendPoint point) => _y.X(DateOnly.FromDayNumber((point.Target.Start.DayNumber + point.Target.End.DayNumber) / 2));

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

    private string PointLabel(TrendSeries series, TrendPoint point) => series.Reached && !point.IsRevision
        ? T["TrendPointReached", series.Title, Format.Date(point.Target)]
        : T["TrendPointLabel", series.Title, Format.Date(point.AnnouncedOn ?? new Core.Domain.PartialDate(point.ReportedOn, Core.Domain.DatePrecision.Day)), Format.Date(point.Target)];

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
