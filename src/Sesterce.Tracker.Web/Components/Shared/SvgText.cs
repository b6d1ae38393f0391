using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Sesterce.Tracker.Web.Components.Shared;

/// <summary>
/// An SVG <c>&lt;text&gt;</c> element. Razor reserves <c>&lt;text&gt;</c> inside code blocks for
/// its own use, so charts that label points in loops write them through this component.
/// </summary>
public sealed class SvgText : ComponentBase
{
    [Parameter, EditorRequired]
    public string X { get; set; } = "0";

    [Parameter, EditorRequired]
    public string Y { get; set; } = "0";

    [Parameter]
    public string? Class { get; set; }

    /// <summary>start, middle or end.</summary>
    [Parameter]
    public string Anchor { get; set; } = "start";

    [Parameter]
    public string? Text { get; set; }

    /// <summary>Hover text, rendered as an SVG <c>&lt;title&gt;</c>.</summary>
    [Parameter]
    public string? Title { get; set; }

    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "x", X);
        builder.AddAttribute(2, "y", Y);
        builder.AddAttribute(3, "class", Class);
        builder.AddAttribute(4, "text-anchor", Anchor);
        builder.AddMultipleAttributes(5, Attributes);
        builder.AddContent(6, Text);
        if (!string.IsNullOrEmpty(Title))
        {
            builder.OpenElement(7, "title");
            builder.AddContent(8, Title);
            builder.CloseElement();
        }

        builder.CloseElement();
    }
}
