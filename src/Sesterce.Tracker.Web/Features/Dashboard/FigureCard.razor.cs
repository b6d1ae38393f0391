using Microsoft.AspNetCore.Components;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Figures;

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

    private string Name => Format.FigureName(Figure.Key, Figure.Name);

    private IReadOnlyList<SeriesPoint> Points => [.. Figure.History.Select(r => new SeriesPoint(r.KnownFrom, r.AnnouncedOn, r.Value))];

    private string SparklineLabel => T["SparklineLabel", Name, string.Join("; ", Figure.History.Select(r => $"{Format.Value(r.Value, Figure.Unit, r.Qualifier)} ({Format.Date(r.AnnouncedOn)})"))];

    private Color QualifierColor => Figure.Latest.Qualifier == Core.Domain.FigureQualifier.ExpectedToRise ? Color.Success : Color.Default;

    private string Describe(SeriesPoint point)
    {
        var revision = Figure.History.First(r => r.KnownFrom == point.From);
        return $"{Format.Value(revision.Value, Figure.Unit, revision.Qualifier)} · {Format.Date(revision.AnnouncedOn)}";
    }

    /// <summary>"+€1.05B (+233%) since €450M (Feb 2025)", or "unchanged since …" when the number stayed.</summary>
    private string ChangeText(FigureChange change)
    {
        var first = Format.Value(Figure.First.Value, Figure.Unit, Figure.First.Qualifier);
        var when = Format.Date(Figure.First.AnnouncedOn);
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
