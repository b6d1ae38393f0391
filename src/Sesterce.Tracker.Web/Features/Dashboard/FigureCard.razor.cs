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

    private string Name => Format.FigureName(Figure.Key, Figure.Name);

    private IReadOnlyList<SeriesPoint> Points => [.. Figure.History.Select(r => new SeriesPoint(r.KnownFrom, r.Value))];

    private string SparklineLabel => T["SparklineLabel", Name, string.Join("; ", Figure.History.Select(r => $"{Format.Value(r.Value, Figure.Unit, r.Qualifier)} ({Format.Date(r.AnnouncedOn)})"))];

    private Color QualifierColor => Figure.Latest.Qualifier == Core.Domain.FigureQualifier.ExpectedToRise ? Color.Success : Color.Default;

    private string Describe(SeriesPoint point)
    {
        var revision = Figure.History.First(r => r.KnownFrom == point.From);
        return $"{Format.Value(revision.Value, Figure.Unit, revision.Qualifier)} · {Format.Date(revision.AnnouncedOn)}";
    }

    private static string ChangeIcon(FigureChange change) =>
        change.Absolute.High > 0 ? Icons.Material.Filled.ArrowUpward
        : change.Absolute.Low < 0 ? Icons.Material.Filled.ArrowDownward
        : Icons.Material.Filled.ArrowForward;

    private static Color ChangeColor(FigureChange change) =>
        change.Absolute.High > 0 ? Color.Success : change.Absolute.Low < 0 ? Color.Error : Color.Default;
}
