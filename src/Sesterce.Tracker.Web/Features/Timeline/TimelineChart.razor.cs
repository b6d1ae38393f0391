using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Timeline;
using Sesterce.Tracker.Web.Features.Risks;
using Sesterce.Tracker.Web.Formatting;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Timeline;

public partial class TimelineChart
{
    /// <summary>The phone layout's width in viewBox units: close to a phone's, so 13-unit text shows at 11 px or more.</summary>
    internal const double CompactWidth = 380;
    private const double RowHeight = 34;
    private const double AxisHeight = 40;

    private readonly List<object> _rows = [];
    private TimeScale _scale = new(DateOnly.MinValue, DateOnly.MinValue.AddDays(1), 250, 980);
    private string? _focused;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Inject]
    private IStringLocalizer<RisksResource> R { get; set; } = default!;

    /// <summary>The as-of day the links carry, from the page's CampusView.</summary>
    [CascadingParameter]
    private AsOf LinkAsOf { get; set; }

    [Parameter, EditorRequired]
    public TimelineView View { get; set; } = default!;

    /// <summary>The campuses to draw, already filtered.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<CampusTimeline> Campuses { get; set; } = [];

    [Parameter, EditorRequired]
    public DateOnly WindowStart { get; set; }

    [Parameter, EditorRequired]
    public DateOnly WindowEnd { get; set; }

    [Parameter]
    public string Label { get; set; } = "";

    /// <summary>The phone layout: the chart fits the screen, the label column takes at most 35 % of it.</summary>
    [Parameter]
    public bool Compact { get; set; }

    private double Width => Compact ? CompactWidth : 1000;

    /// <summary>The row labels' column: a third of a phone's width (labels end in "…", full text on hover).</summary>
    private double LabelWidth => Compact ? Math.Round(CompactWidth * 0.35) : 250;

    private double FontSize => Compact ? 13 : 12;

    /// <summary>How many characters of a row label fit its column at the label's font size.</summary>
    private int LabelChars(double indent) => (int)((LabelWidth - indent - 6) / (FontSize * 0.56));

    private double Height => AxisHeight + (_rows.Count * RowHeight) + 8;

    protected override void OnParametersSet()
    {
        _scale = new TimeScale(WindowStart, WindowEnd, LabelWidth, Width - (Compact ? 10 : 20));
        _rows.Clear();
        var y = AxisHeight;
        foreach (var campus in Campuses)
        {
            _rows.Add(new CampusRow(campus, y));
            y += RowHeight;
            foreach (var bar in campus.Phases)
            {
                _rows.Add(new PhaseRow(bar, y));
                y += RowHeight;
            }

            // An undated milestone has no place on a time axis: it goes to the lane below the chart.
            foreach (var item in campus.Milestones.Where(m => m.Position is not null))
            {
                _rows.Add(new MilestoneRow(campus, item, y));
                y += RowHeight;
            }
        }
    }


    private bool Visible(DateOnly start, DateOnly end) => end >= _scale.Start && start <= _scale.End;

    private double Center(PartialDate date) =>
        _scale.ClampedX(DateOnly.FromDayNumber((date.Start.DayNumber + date.End.DayNumber) / 2));

    private void Focus(TimelineMilestone item) => _focused = MarkerLabel(item);

    private void Focus(TimelineRiskEvent risk) => _focused = RiskLabel(risk);

    private string RiskLabel(TimelineRiskEvent risk) => R["RiskMarker", risk.Title, R.State(risk.Assessment.State), R.Level(risk.Assessment.Likelihood), R.Level(risk.Assessment.Impact), Format.Date(risk.Position)];

    // A materialised risk warns in the error colour; never the achieved style.
    private static string RiskClass(TimelineRiskEvent risk) => risk.Assessment.State switch
    {
        RiskState.Materialised => "materialised",
        RiskState.Closed => "closed",
        _ => "open",
    };

    /// <summary>A period's label only where the period leaves room for it; its gridlines show it anyway.</summary>
    private bool Fits(PeriodBand band) => band.Size >= (TickLabel(band.Period).Length * FontSize * 0.58) + 4;

    private string TickLabel(PartialDate tick) => tick.Precision == DatePrecision.Month && tick.Start.Month != 1
        ? Format.MonthName(tick.Start)
        : Format.Date(tick);

    private string PhaseTitle(PhaseBar bar) => bar.TargetCapacityMw is { } mw
        ? T["PhaseCapacity", bar.Name, Format.Amount(mw, "MW"), Format.Date(bar.Target)]
        : T["PhaseCapacityUnknown", bar.Name, Format.Date(bar.Target)];

    private string PhaseCaption(PhaseBar bar) => bar.TargetCapacityMw is { } mw
        ? $"{Format.Date(bar.Target)} · {Format.Amount(mw, "MW")}"
        : Format.Date(bar.Target);

    /// <summary>The milestones without a date, campus by campus, for the lane under the axis.</summary>
    private IEnumerable<(CampusTimeline Campus, TimelineMilestone Item)> Undated => Campuses.SelectMany(c => c.Undated.Select(m => (c, m)));

    private IEnumerable<(CampusTimeline Campus, string Phase)> UndatedPhases => Campuses.SelectMany(c => c.UndatedPhases.Select(p => (c, p)));

    /// <summary>
    /// Where a marker's caption goes: right of everything drawn on its row (marker, baseline, other
    /// claim), or left of it all near the right edge, so it neither covers a mark nor is cut off.
    /// </summary>
    private (double X, string Anchor) CaptionAt(TimelineMilestone item, double cx)
    {
        var marks = new List<double> { cx };
        var m = item.Milestone;
        if (m.Baseline is { } baseline && item.SlipFromBaseline is { Amount: not 0 } && Visible(baseline.Start, baseline.End))
        {
            marks.Add(Center(baseline));
        }

        if (m.ActualDate is null && m.TargetChallenger is { Date: { } other } && Visible(other.Start, other.End))
        {
            marks.Add(Center(other));
        }

        return marks.Max() > Width - 170 ? (marks.Min() - 12, "end") : (marks.Max() + 12, "start");
    }

    private string ChallengerTitle(TimelineMilestone item) => item.Milestone.TargetChallenger is { } other
        ? T["ChallengerClaim", Format.Status(other.Status), Format.Date(other.AnnouncedOn), other.Date is { } d ? Format.Date(d) : T["DateToBeAnnounced"]]
        : "";

    private string UndatedLabel(TimelineMilestone item) => item.Milestone.Target is { } claim
        ? T["StatusReportedOn", Format.Status(claim.Status), Format.Date(claim.AnnouncedOn)]
        : "";

    private string MarkerCaption(TimelineMilestone item)
    {
        var date = Format.Date(item.Position!.Value);
        return item.SlipFromBaseline is { Amount: not 0 } slip ? $"{date} · {Format.Slip(slip)}" : date;
    }

    private string MarkerLabel(TimelineMilestone item)
    {
        var m = item.Milestone;
        var label = T["MarkerLabel", m.Title, Format.Date(item.Position!.Value), Format.State(m.State)].Value;
        if (item.SlipFromBaseline is { Amount: not 0 } slip && m.Baseline is { } baseline)
        {
            label = $"{label}; {T["MarkerSlip", Format.Slip(slip), Format.Date(baseline)]}";
        }

        return m.ActualDate is null && m.TargetChallenger is not null ? $"{label}; {ChallengerTitle(item)}" : label;
    }

    private string BaselineTitle(TimelineMilestone item) => $"{T["Baseline"]}: {Format.Date(item.Milestone.Baseline!.Value)}";

    private static string StateClass(TimelineMilestone item) => item.Milestone.State switch
    {
        MilestoneState.Achieved => "achieved",
        MilestoneState.Overdue => "overdue",
        MilestoneState.Due => "due",
        MilestoneState.Cancelled => "cancelled",
        _ => item.SlipFromBaseline is { IsLate: true } ? "slipped" : "upcoming",
    };

    private static string Clip(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static string Diamond(double x, double y, double r) =>
        string.Create(CultureInfo.InvariantCulture, $"M{x:0.##} {y - r:0.##} L{x + r:0.##} {y:0.##} L{x:0.##} {y + r:0.##} L{x - r:0.##} {y:0.##} Z");

    /// <summary>An upward triangle with its apex at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    private static string Triangle(double x, double top, double size) =>
        string.Create(CultureInfo.InvariantCulture, $"M{x:0.##} {top:0.##} L{x + (size * 0.6):0.##} {top + size:0.##} L{x - (size * 0.6):0.##} {top + size:0.##} Z");

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record CampusRow(CampusTimeline Timeline, double Y);

    private sealed record PhaseRow(PhaseBar Bar, double Y);

    private sealed record MilestoneRow(CampusTimeline Timeline, TimelineMilestone Item, double Y)
    {
        public string Campus => Timeline.Slug;
    }
}
