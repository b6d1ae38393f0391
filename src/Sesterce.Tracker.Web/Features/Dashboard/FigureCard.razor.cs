using Microsoft.AspNetCore.Components;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Components.Shared;

namespace Sesterce.Tracker.Web.Features.Dashboard;

public partial class FigureCard
{
    private bool _showHistory;

    [Parameter, EditorRequired]
    public FigureSnapshot Figure { get; set; } = default!;

    [Parameter]
    public DateOnly AsOf { get; set; }

    /// <summary>The figure's own page (its ledger); the card links to it when set.</summary>
    [Parameter]
    public string? Href { get; set; }

    /// <summary>Room in the card's actions, for a writer's "Add revision".</summary>
    [Parameter]
    public RenderFragment? Actions { get; set; }

    private string Name => Format.FigureName(Figure.Key, Figure.Name);

    // The line is the headline series only; every other claim is a hollow mark beside it, so the
    // chart never jumps to a press report the text does not name as the headline.
    private IReadOnlyList<HeadlineStep> Steps => FigureHistory.HeadlineSteps(Figure);

    private IReadOnlyList<SeriesPoint> Points => [.. Steps.Select(s => s.Point)];

    private IReadOnlyList<SparkMark> Marks => [.. FigureHistory.BesideHeadline(Figure).Select(r => new SparkMark(
        r.Id,
        r.KnownFrom,
        r.Value,
        $"{Format.Status(r.Status)} {Format.Value(r.Value, Figure.Unit, r.Qualifier)} · {Format.Date(r.AnnouncedOn)}",
        Figure.OpenConflicts.Any(c => c.Claim.Id == r.Id)))];

    /// <summary>The latest open conflict: the card names it, so it cannot be missed.</summary>
    private ClaimConflict<FigureRevisionView>? OpenConflict => Figure.OpenConflicts is [var latest, ..] ? latest : null;

    private string SparklineLabel => T["SparklineLabel", Name, string.Join("; ", Steps.Select(s => s.Revision).Concat(FigureHistory.BesideHeadline(Figure)).Select(r => $"{Format.Value(r.Value, Figure.Unit, r.Qualifier)} ({Format.Date(r.AnnouncedOn)}, {Format.Status(r.Status)})"))];

    /// <summary>"Press report €2.1B disagrees · Mar 2026", and how many more are open.</summary>
    private string ConflictText(ClaimConflict<FigureRevisionView> conflict)
    {
        var claim = conflict.Claim;
        var text = T["CardConflict", Format.Status(claim.Status), Format.Value(claim.Value, Figure.Unit, claim.Qualifier), Format.Date(claim.AnnouncedOn)].Value;
        var more = Figure.OpenConflicts.Count - 1;
        return more > 0 ? $"{text} {T["CardMoreConflicts", more]}" : text;
    }

    private Color QualifierColor => Figure.Latest.Qualifier == Core.Domain.FigureQualifier.ExpectedToRise ? Color.Success : Color.Default;

    private string Describe(SeriesPoint point)
    {
        var revision = Steps.First(s => s.From == point.From).Revision;
        return $"{Format.Value(revision.Value, Figure.Unit, revision.Qualifier)} · {Format.Date(revision.AnnouncedOn)} · {Format.Status(revision.Status)}";
    }

    /// <summary>The change the card states: from the first headline to the headline now, as the line draws it; null with a single headline.</summary>
    private FigureChange? HeadlineChange => Steps.Count > 1 ? FigureChange.Between(Steps[0].Revision.Value, Figure.Latest.Value) : null;

    /// <summary>
    /// "+€1.05B (+233%) since €450M (Feb 2025)", or "headline unchanged since …" when the headline
    /// stayed: other claims may have come since, so the card never says no new number came.
    /// </summary>
    private string ChangeText(FigureChange change)
    {
        var firstHeadline = Steps[0].Revision;
        var first = Format.Value(firstHeadline.Value, Figure.Unit, firstHeadline.Qualifier);
        var when = Format.Date(firstHeadline.AnnouncedOn);
        if (change.Absolute.IsSingle && change.Absolute.Low == 0)
        {
            return T["UnchangedSince", first, when];
        }

        var percent = change.Percent is { } p ? $" ({Format.Percent(p)})" : "";
        return $"{Format.Change(change.Absolute, Figure.Unit)}{percent} {T["SinceFirst", first, when]}";
    }

    private static string ChangeIcon(FigureChange change) =>
        change.Absolute.High > 0 ? Icons.Material.Filled.ArrowUpward
        : change.Absolute.Low < 0 ? Icons.Material.Filled.ArrowDownward
        : Icons.Material.Filled.ArrowForward;

    private static Color ChangeColor(FigureChange change) =>
        change.Absolute.High > 0 ? Color.Success : change.Absolute.Low < 0 ? Color.Error : Color.Default;
}
