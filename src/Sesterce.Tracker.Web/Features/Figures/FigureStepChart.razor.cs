using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Components.Charts;
using Sesterce.Tracker.Web.Features.Timeline;

namespace Sesterce.Tracker.Web.Features.Figures;

public partial class FigureStepChart
{
    /// <summary>On a wide screen: drawn about 1:1, labels at 12 px.</summary>
    internal static readonly ChartSize Wide = new(Width: 720, Height: 260, Left: 78, RightPad: 24, Top: 14, BottomPad: 30, FontSize: 12);

    /// <summary>On a phone the viewBox is close to the screen's width, so 13-unit labels stay at 11 px or more.</summary>
    internal static readonly ChartSize Compact = new(Width: 370, Height: 250, Left: 64, RightPad: 16, Top: 14, BottomPad: 32, FontSize: 13);

    /// <summary>
    /// The latest claims the chart draws: a figure may hold thousands, which as marks would be an
    /// unreadable blot and megabytes of markup; the ledger below pages through all of them.
    /// </summary>
    public const int MaxClaims = 150;

    private Drawing _wide = default!;
    private Drawing _compact = default!;
    private IReadOnlyList<FigureRevisionView> _history = [];

    [Parameter, EditorRequired]
    public FigureSnapshot Figure { get; set; } = default!;

    /// <summary>The right edge of the chart: the as-of date.</summary>
    [Parameter, EditorRequired]
    public DateOnly AsOf { get; set; }

    private string Label => F["ChartLabel", Format.FigureName(Figure.Key, Figure.Name), string.Join("; ", _history.Select(Describe))];

    /// <summary>How many earlier claims the chart leaves to the ledger.</summary>
    private int Omitted => Figure.History.Count - _history.Count;

    /// <summary>
    /// Both layouts are drawn and CSS shows the one that suits the screen, so a phone gets its
    /// layout from the first paint instead of after a round trip that makes the chart jump.
    /// </summary>
    protected override void OnParametersSet()
    {
        _history = Figure.History.Count > MaxClaims ? [.. Figure.History.Skip(Figure.History.Count - MaxClaims)] : Figure.History;
        _wide = Draw(Wide, "wide");
        _compact = Draw(Compact, "compact");
    }

    private Drawing Draw(ChartSize size, string layout)
    {
        var history = _history;
        var first = history[0].KnownFrom;
        var last = DateOnly.FromDayNumber(Math.Max(AsOf.DayNumber, history[^1].KnownFrom.DayNumber + 1));
        // Lead in a little before the first claim so its step reads as a step.
        var lead = (int)Math.Max((last.DayNumber - first.DayNumber) * 0.06, 5);
        var scale = new TimeScale(first.AddDays(-lead), last, size.Left, size.Right);
        // Round steps from zero (€0 / €500M / €1B / €1.5B), the top tick at or above the largest claim.
        var ticks = NiceScale.Ticks(history.Max(r => r.Value.High));
        var yMax = (double)ticks[^1];

        double Y(decimal v) => size.Bottom - ((double)v / yMax * (size.Bottom - size.Top));

        var yTicks = ticks.Select(v => new YTick(Y(v), Format.Value(ValueRange.Exactly(v), Figure.Unit), v)).ToList();
        var periods = scale.Periods().Select(b => new XPeriod(b, TickLabel(b.Period), Fits(b, size))).ToList();

        // The step in force when the drawn claims begin starts the line at their first day.
        var allSteps = FigureHistory.HeadlineSteps(Figure).Select(s => (Day: s.From, Headline: s.Revision)).ToList();
        var firstShown = Math.Max(allSteps.FindLastIndex(s => s.Day <= first), 0);
        var steps = allSteps.Skip(firstShown).Select((s, i) => i == 0 && s.Day < first ? (Day: first, s.Headline) : s).ToList();
        var path = new StringBuilder();
        var bands = new List<Band>();
        for (var i = 0; i < steps.Count; i++)
        {
            var value = steps[i].Headline.Value;
            var x1 = scale.ClampedX(steps[i].Day);
            var x2 = i + 1 < steps.Count ? scale.ClampedX(steps[i + 1].Day) : size.Right;
            var y = Y((value.Low + value.High) / 2);
            path.Append(i == 0 ? $"M{Num(x1)} {Num(y)}" : $" V{Num(y)}").Append(" H").Append(Num(x2));
            if (!value.IsSingle)
            {
                bands.Add(new Band(x1, x2, Y(value.Low), Y(value.High)));
            }
        }

        // Headline steps are filled; every other claim is hollow and labelled by its status, never a step.
        var stepIds = steps.Select(s => s.Headline.Id).ToHashSet();
        var markers = new List<Marker>();
        foreach (var r in history)
        {
            var isStep = stepIds.Contains(r.Id);
            var css = isStep ? "official"
                : Figure.OpenConflicts.Any(c => c.Claim.Id == r.Id) ? "other conflict"
                : "other";
            var glyph = FigureText.Marker(r.Qualifier);
            markers.Add(new Marker(r.Id, scale.ClampedX(r.KnownFrom), Y((r.Value.Low + r.Value.High) / 2), Y(r.Value.Low), Y(r.Value.High), css, glyph, glyph.Length > 0 ? Format.Qualifier(r.Qualifier) : "", Describe(r))
            {
                StatusLabel = isStep ? "" : Format.Status(r.Status),
            });
        }

        return new Drawing(layout, size, yTicks, periods, bands, markers, path.ToString());
    }

    private string TickLabel(PartialDate period) => period.Precision == DatePrecision.Month && period.Start.Month != 1
        ? Format.MonthName(period.Start)
        : Format.Date(period);

    /// <summary>A period's label only where the period leaves room for it; its gridlines show the period anyway.</summary>
    private bool Fits(PeriodBand band, ChartSize size) => band.Size >= (TickLabel(band.Period).Length * size.FontSize * 0.6) + 4;

    /// <summary>Near an edge a label reads inwards, so the chart's frame never cuts it off.</summary>
    internal static string LabelAnchor(ChartSize size, double x, double width) =>
        x + (width / 2) > size.Width - 2 ? "end" : x - (width / 2) < 2 ? "start" : "middle";

    private static double TextWidth(string text, ChartSize size) => text.Length * size.FontSize * 0.6;

    private string Describe(FigureRevisionView r) =>
        $"{Format.Value(r.Value, Figure.Unit, r.Qualifier)} ({Format.Date(r.AnnouncedOn)}, {Format.Status(r.Status)})";

    private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Iso(PeriodBand band) => band.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Drawing(string Layout, ChartSize Size, IReadOnlyList<YTick> YTicks, IReadOnlyList<XPeriod> Periods, IReadOnlyList<Band> Bands, IReadOnlyList<Marker> Markers, string Path);

    private sealed record YTick(double Y, string Label, decimal Value);

    private sealed record XPeriod(PeriodBand Band, string Label, bool Fits);

    private sealed record Band(double X1, double X2, double YLow, double YHigh);

    private sealed record Marker(int Id, double X, double Y, double YLow, double YHigh, string Css, string Glyph, string QualifierText, string Title)
    {
        /// <summary>Beside a hollow mark: the claim's status, so it never reads as the headline.</summary>
        public string StatusLabel { get; init; } = "";
    }
}
