using MudBlazor;

namespace Sesterce.Tracker.Web.Components.Shared;

/// <summary>How every "edit where you read" dialog opens: wide enough for a claim editor, closed by Escape, never by a stray click that would lose the input.</summary>
public static class EditDialogs
{
    public static DialogOptions Options { get; } = new()
    {
        MaxWidth = MaxWidth.Medium,
        FullWidth = true,
        CloseOnEscapeKey = true,
        BackdropClick = false,
        CloseButton = true,
    };
}
