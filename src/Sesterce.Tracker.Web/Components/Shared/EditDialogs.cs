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

    /// <summary>
    /// The same for a dialog whose address is in the URL (<see cref="Navigation.DialogQuery"/>): writing that
    /// address is a navigation, which must not close it; <see cref="EditDialog"/> closes it when the page changes instead.
    /// </summary>
    public static DialogOptions Addressed { get; } = new()
    {
        MaxWidth = MaxWidth.Medium,
        FullWidth = true,
        CloseOnEscapeKey = true,
        BackdropClick = false,
        CloseButton = true,
        CloseOnNavigation = false,
    };
}
