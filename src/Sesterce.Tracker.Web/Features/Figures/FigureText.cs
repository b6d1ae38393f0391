using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Figures;

/// <summary>Sentences about a figure that the figure page and the executive view share.</summary>
internal static class FigureText
{
    /// <summary>"+€1.05B (+233%) since €450M (Feb 2025)"</summary>
    public static string ChangeSinceFirst(DisplayFormatter format, IStringLocalizer<FiguresResource> text, FigureSnapshot figure, FigureChange change) =>
        text["ChangeSinceFirst", ChangeWithPercent(format, change, figure.Unit), format.Value(figure.First.Value, figure.Unit, figure.First.Qualifier), format.Date(figure.First.AnnouncedOn)];

    /// <summary>"€450M → €1.5B (+233%)"</summary>
    public static string FirstToNow(DisplayFormatter format, IStringLocalizer<FiguresResource> text, ValueRange first, ValueRange now, FigureChange? change, string unit)
    {
        var arrow = text["FirstToNow", format.Value(first, unit), format.Value(now, unit)].Value;
        return change?.Percent is { } percent ? $"{arrow} ({format.Percent(percent)})" : arrow;
    }

    /// <summary>"+€1.05B (+233%)", or just the absolute change when a percentage means nothing (a zero base).</summary>
    public static string ChangeWithPercent(DisplayFormatter format, FigureChange change, string unit) =>
        change.Percent is { } percent ? $"{format.Change(change.Absolute, unit)} ({format.Percent(percent)})" : format.Change(change.Absolute, unit);

    /// <summary>A glyph that marks a qualified value on the charts; empty for exact values.</summary>
    public static string Marker(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.AtLeast => "≥",
        FigureQualifier.AtMost => "≤",
        FigureQualifier.Approximately => "≈",
        FigureQualifier.ExpectedToRise => "↑",
        _ => "",
    };
}
