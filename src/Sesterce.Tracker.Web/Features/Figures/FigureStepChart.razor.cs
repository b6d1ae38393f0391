using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Components.Charts;

namespace Sesterce.Tracker.Web.Features.Figures;

public partial class FigureStepChart
{
    private const double Width = 720;
    private const double Height = 260;
    private const double Left = 78;
    private const double RightPad = 16;
    private const double Top = 14;
    private const double Bottom = 30;
    private const double MinLabelGap = 70;

    /// <summary>
    /// The latest claims the chart draws: a figure may hold thousands, which as marks would be an
    /// unreadable blot and megabytes of markup; the ledger below pages through all of them.
    /// </summary>
    public const int MaxClaims = 150;

    private readonly List<Band> _bands = [];
    private readonly List<Marker> _markers = [];
    private readonly List<(double Y, string Label)> _yTicks = [];
    private readonly List<(double X, string Label)> _xTicks = [];
    private string _path = "";
    private IReadOnlyList<FigureRevisionView> _history = [];

    [Parameter, EditorRequired]
    public FigureSnapshot Figure { get; set; } = default!;

    /// <summary>The right edge of the chart: the as-of date.</summary>
    [Parameter, EditorRequired]
    public DateOnly AsOf { get; set; }

    private string Label => F["ChartLabel", Format.FigureName(Figure.Key, Figure.Name), string.Join("; ", _history.Select(Describe))];

    /// <summary>How many earlier claims the chart leaves to the ledger.</summary>
    private int Omitted => Figure.History.Count - _history.Count;

    protected override void OnParametersSet()
    {
        _bands.Clear();
        _markers.Clear();
        _yTicks.Clear();
        _xTicks.Clear();
        var history = _history = Figure.History.Count > MaxClaims ? [.. Figure.History.Skip(Figure.History.Count - MaxClaims)] : Figure.History;
        var start = history[0].KnownFrom.DayNumber;
        var end = Math.Max(AsOf.DayNumber, history[^1].KnownFrom.DayNumber + 1);
        var lead = Math.Max((end - start) * 0.06, 5);
        var xMin = start - lead;
        // Round steps from zero (€0 / €500M / €1B / €1.5B), the top tick at or above the largest claim.
        var ticks = NiceScale.Ticks(history.Max(r => r.Value.High));
        var yMax = (double)ticks[^1];

        double X(int day) => Left + ((day - xMin) / (end - xMin) * (Width - Left - RightPad));
        double Y(decimal v) => Height - Bottom - ((double)v / yMax * (Height - Top - Bottom));

        foreach (var value in ticks)
        {
            _yTicks.Add((Y(value), Format.Value(ValueRange.Exactly(value), Figure.Unit)));
        }

        var lastLabelX = double.NegativeInfinity;
        foreach (var revision in history.DistinctBy(r => r.KnownFrom))
        {
            var x = X(revision.KnownFrom.DayNumber);
            if (x - lastLabelX >= MinLabelGap)
            {
                _xTicks.Add((x, Format.Date(revision.AnnouncedOn)));
                lastLabelX = x;
            }
        }

        // The step in force when the drawn claims begin starts the line at their first day.
        var allSteps = FigureHistory.HeadlineSteps(Figure).Select(s => (Day: s.From, Headline: s.Revision)).ToList();
        var firstShown = Math.Max(allSteps.FindLastIndex(s => s.Day <= history[0].KnownFrom), 0);
        var steps = allSteps.Skip(firstShown).Select((s, i) => i == 0 && s.Day < history[0].KnownFrom ? (Day: history[0].KnownFrom, s.Headline) : s).ToList();
        var path = new StringBuilder();
        for (var i = 0; i < steps.Count; i++)
        {
            var value = steps[i].Headline.Value;
            var x1 = X(steps[i].Day.DayNumber);
            var x2 = i + 1 < steps.Count ? X(steps[i + 1].Day.DayNumber) : Width - RightPad;
            var y = Y((value.Low + value.High) / 2);
            path.Append(i == 0 ? $"M{Num(x1)} {Num(y)}" : $" V{Num(y)}").Append(" H").Append(Num(x2));
            if (!value.IsSingle)
            {
                _bands.Add(new Band(x1, x2, Y(value.Low), Y(value.High)));
            }
        }

        _path = path.ToString();
        // Headline steps are filled; every other claim is hollow and labelled by its status, never a step.
        var stepIds = steps.Select(s => s.Headline.Id).ToHashSet();
        foreach (var r in history)
        {
            var isStep = stepIds.Contains(r.Id);
            var css = isStep ? "official"
                : Figure.OpenConflicts.Any(c => c.Claim.Id == r.Id) ? "other conflict"
                : "other";
            var glyph = FigureText.Marker(r.Qualifier);
            _markers.Add(new Marker(r.Id, X(r.KnownFrom.DayNumber), Y((r.Value.Low + r.Value.High) / 2), Y(r.Value.Low), Y(r.Value.High), css, glyph, glyph.Length > 0 ? Format.Qualifier(r.Qualifier) : "", Describe(r))
            {
                StatusLabel = isStep ? "" : Format.Status(r.Status),
            });
        }
    }

    private static string LabelAnchor(double x) => x > Width - 70 ? "end" : x < 110 ? "start" : "middle";

    private string Describe(FigureRevisionView r) =>
        $"{Format.Value(r.Value, Figure.Unit, r.Qualifier)} ({Format.Date(r.AnnouncedOn)}, {Format.Status(r.Status)})";

    private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record Band(double X1, double X2, double YLow, double YHigh);

    private sealed record Marker(int Id, double X, double Y, double YLow, double YHigh, string Css, string Glyph, string QualifierText, string Title)
    {
        /// <summary>Beside a hollow mark: the claim's status, so it never reads as the headline.</summary>
        public string StatusLabel { get; init; } = "";
    }
}
