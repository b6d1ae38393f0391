using System.Globalization;
using AngleSharp.Dom;

namespace Sesterce.Tracker.Web.Tests.Components.Charts;

/// <summary>
/// Reads a rendered chart's geometry from its markup: the viewBox, the font size its labels are
/// drawn at and how far each label reaches, estimated at 0.6 em a character (generous for digits).
/// </summary>
internal static class SvgGeometry
{
    public static (double Width, double Height) ViewBox(IElement svg)
    {
        var box = svg.GetAttribute("viewBox")!.Split(' ').Select(Number).ToArray();
        return (box[2], box[3]);
    }

    public static double Attribute(IElement element, string name) => Number(element.GetAttribute(name)!);

    /// <summary>The left and right ends of a text label at <paramref name="fontSize"/> units.</summary>
    public static (double Left, double Right) Extent(IElement text, double fontSize)
    {
        var x = Attribute(text, "x");
        var width = text.TextContent.Length * fontSize * 0.6;
        return text.GetAttribute("text-anchor") switch
        {
            "end" => (x - width, x),
            "middle" => (x - (width / 2), x + (width / 2)),
            _ => (x, x + width),
        };
    }

    /// <summary>Fails when a label of the chart reaches past either side of its viewBox.</summary>
    public static void AssertLabelsInside(IElement svg, double fontSize)
    {
        var (width, height) = ViewBox(svg);
        foreach (var text in svg.QuerySelectorAll("text"))
        {
            var (left, right) = Extent(text, fontSize);
            Assert.True(left >= 0 && right <= width, $"'{text.TextContent}' runs from {left:0.#} to {right:0.#}, outside 0–{width:0.#}");
            Assert.InRange(Attribute(text, "y"), fontSize * 0.7, height);
        }
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
