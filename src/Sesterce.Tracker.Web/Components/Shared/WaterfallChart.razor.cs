using System.Globalization;
using Microsoft.AspNetCore.Components;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Components.Charts;

namespace Sesterce.Tracker.Web.Components.Shared;

public partial class WaterfallChart
{
    private const double Height = 256;

    /// <summary>Room above the tallest bar for a step's two label lines (change, then percentage).</summary>
    private const double Top = 40;
    private const double Bottom = 44;
    private const double Left = 60;
    private const double RightPad = 12;

    /// <summary>Wide enough for a caption such as "Première annonce" at 13 px; the change and its percentage take two lines so they fit too.</summary>
    private const double Slot = 104;
    private const double BarWidth = 56;

    /// <summary>
    /// The drawing shrinks to fit a phone's width, but never below this share of its size: 13 px
    /// labels stay at 11 px or more. A longer history scrolls sideways in its box instead.
    /// </summary>
    private const double MinScale = 0.85;

    private readonly List<Bar> _bars = [];
    private readonly List<(double Y, string Label, decimal Value)> _ticks = [];
    private double _width;

    [Parameter, EditorRequired]
    public Waterfall Waterfall { get; set; } = default!;

    /// <summary>Shows the steps as a table under the chart as well.</summary>
    [Parameter]
    public bool ShowTable { get; set; } = true;

    private string Label => F["WaterfallLabel",
        Format.Value(Waterfall.Start.Value, Waterfall.Unit),
        Format.Value(Waterfall.End.Value, Waterfall.Unit),
        string.Join("; ", Waterfall.Steps.Select(s => $"{ChangeText(s.Change)} ({Format.Date(s.Revision.AnnouncedOn)})"))];

    protected override void OnParametersSet()
    {
        _bars.Clear();
        _ticks.Clear();
        var values = new[] { Waterfall.Start.Value, Waterfall.End.Value }.Concat(Waterfall.Steps.Select(s => s.After)).Concat(Waterfall.Steps.Select(s => s.Before));
        // Round steps from zero, as on the figure's step chart: €0 / €500M / €1B / €1.5B.
        var ticks = NiceScale.Ticks(values.Max(v => v.High));
        var yMax = (double)ticks[^1];
        double Y(decimal v) => Height - Bottom - ((double)v / yMax * (Height - Top - Bottom));
        static decimal Mid(ValueRange v) => (v.Low + v.High) / 2;
        double X(int slot) => Left + (slot * Slot) + ((Slot - BarWidth) / 2);
        foreach (var tick in ticks)
        {
            _ticks.Add((Y(tick), Format.Value(ValueRange.Exactly(tick), Waterfall.Unit), tick));
        }

        var slot = 0;
        _bars.Add(Total(X(slot++), Waterfall.Start, F["WaterfallStart"]));
        foreach (var step in Waterfall.Steps)
        {
            var up = step.Change.Absolute.High >= 0;
            _bars.Add(new Bar(
                X(slot++),
                Y(Mid(step.Before)),
                Y(Mid(step.After)),
                Y(step.After.Low),
                Y(step.After.High),
                up ? "up" : "down",
                Format.Change(step.Change.Absolute, Waterfall.Unit),
                Format.Date(step.Revision.AnnouncedOn),
                F["WaterfallStep"],
                $"{ChangeText(step.Change)} → {Format.Value(step.After, Waterfall.Unit)}",
                step.Change.Percent is { } percent ? $"({Format.Percent(percent)})" : null));
        }

        _bars.Add(Total(X(slot++), Waterfall.End, F["WaterfallNow"]));
        _width = Left + (slot * Slot) + RightPad;

        Bar Total(double x, FigureRevisionView r, string caption) => new(
            x, Y(0), Y(Mid(r.Value)), Y(r.Value.Low), Y(r.Value.High), "total",
            Format.Value(r.Value, Waterfall.Unit, r.Qualifier), Format.Date(r.AnnouncedOn), caption, Format.Value(r.Value, Waterfall.Unit, r.Qualifier), null);
    }

    private string ChangeText(FigureChange change) =>
        change.Percent is { } p ? $"{Format.Change(change.Absolute, Waterfall.Unit)} ({Format.Percent(p)})" : Format.Change(change.Absolute, Waterfall.Unit);

    private static string SourceText(FigureRevisionView r) =>
        string.Join("; ", r.Sources.Where(c => !c.SourceRestricted).Select(c => string.IsNullOrEmpty(c.Source.Publisher) ? c.Source.Title : $"{c.Source.Title}, {c.Source.Publisher}"));

    /// <summary>Full width up to its drawn size, and not narrower than <see cref="MinScale"/> of it.</summary>
    private string SvgStyle => $"width: 100%; max-width: {Num(_width)}px; min-width: {Num(_width * MinScale)}px; height: auto;";

    private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record Bar(double X, double YStart, double YEnd, double YRangeLow, double YRangeHigh, string Css, string ValueText, string DateText, string Caption, string Title, string? PercentText);
}
