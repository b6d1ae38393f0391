using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Sesterce.Tracker.Core.Features.Figures;

namespace Sesterce.Tracker.Web.Components.Shared;

public partial class StepSparkline
{
    private const double Width = 240;
    private const double Pad = 4;
    private readonly List<Segment> _segments = [];
    private readonly List<(double X, double Y, SparkMark Mark)> _marks = [];
    private string _path = "";

    [Parameter, EditorRequired]
    public IReadOnlyList<SeriesPoint> Points { get; set; } = [];

    /// <summary>The right edge of the chart: the as-of date.</summary>
    [Parameter, EditorRequired]
    public DateOnly End { get; set; }

    /// <summary>The text alternative read by screen readers.</summary>
    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    /// <summary>Describes a point for its hover title.</summary>
    [Parameter]
    public Func<SeriesPoint, string>? Describe { get; set; }

    [Parameter]
    public double Height { get; set; } = 56;

    /// <summary>Claims beside the line (press reports, estimates): hollow marks, never steps.</summary>
    [Parameter]
    public IReadOnlyList<SparkMark> Marks { get; set; } = [];

    protected override void OnParametersSet()
    {
        _segments.Clear();
        _marks.Clear();
        if (Points.Count == 0)
        {
            _path = "";
            return;
        }

        var start = Points[0].From.DayNumber;
        var lastDay = Marks.Count == 0 ? Points[^1].From.DayNumber : Math.Max(Points[^1].From.DayNumber, Marks.Max(m => m.From.DayNumber));
        var end = Math.Max(End.DayNumber, lastDay + 1);

        // Lead in a little before the first point so the first step is visible as a step.
        var span = Math.Max(end - start, 1);
        var left = start - (span * 0.08);
        var top = (double)Points.Select(p => p.Value.High).Concat(Marks.Select(m => m.Value.High)).Max();
        var yMax = top <= 0 ? 1 : top * 1.15;

        double X(int day) => (day - left) / (end - left) * Width;
        double Y(decimal v) => Height - Pad - ((double)v / yMax * (Height - (2 * Pad)));

        var path = new StringBuilder();
        for (var i = 0; i < Points.Count; i++)
        {
            var p = Points[i];
            var x1 = X(p.From.DayNumber);
            var x2 = i + 1 < Points.Count ? X(Points[i + 1].From.DayNumber) : Width;
            var yMid = Y((p.Value.Low + p.Value.High) / 2);
            var segment = new Segment(x1, x2, Y(p.Value.Low), Y(p.Value.High), yMid, !p.Value.IsSingle, Describe?.Invoke(p) ?? "");
            _segments.Add(segment);
            path.Append(i == 0 ? "M" + F(0) + " " + F(Height - Pad) + " H" + F(x1) + " V" + F(yMid) : " V" + F(yMid));
            path.Append(" H").Append(F(x2));
        }

        _path = path.ToString();
        foreach (var mark in Marks.Where(m => m.From.DayNumber >= start))
        {
            _marks.Add((X(mark.From.DayNumber), Y((mark.Value.Low + mark.Value.High) / 2), mark));
        }
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record Segment(double X1, double X2, double YLow, double YHigh, double YMid, bool Band, string Title);
}
