using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Components.Shared;

/// <summary>Where an open dialog writes its address: <c>?dialog=Name</c> plus its target (<c>claim</c>, <c>figure</c>, …).</summary>
public sealed record DialogAddress(NavigationManager Navigation, string Name, IReadOnlyDictionary<string, object?>? Target = null);

/// <summary>
/// What every "edit where you read" dialog shares: the write's outcome, the busy state while it runs,
/// closing with what was saved in words, and opening with the common options and, given one, its address.
/// </summary>
public abstract class EditDialog : ComponentBase
{
    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The last write's outcome (or a refusal before it was sent), shown by WriteFeedback.</summary>
    protected WriteResult? Result { get; set; }

    /// <summary>True while a write runs: the buttons are disabled so a second click cannot send it twice.</summary>
    protected bool Busy { get; private set; }

    /// <summary>Opens a dialog; returns what was saved, in words, or null when nothing was.</summary>
    protected static async Task<string?> OpenAsync<TDialog>(IDialogService dialogs, string title, DialogParameters<TDialog> parameters, DialogAddress? address = null)
        where TDialog : EditDialog
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        if (address is null)
        {
            var plain = await (await dialogs.ShowAsync<TDialog>(title, parameters, EditDialogs.Options)).Result;
            return Saved(plain);
        }

        var result = await DialogQuery.ShowAsync(address.Navigation, address.Name, address.Target ?? new Dictionary<string, object?>(), async () =>
        {
            var reference = await dialogs.ShowAsync<TDialog>(title, parameters, EditDialogs.Addressed);
            var path = DialogQuery.PathOf(address.Navigation.Uri);

            // Back, a link or another page: the dialog belongs to this page and this address, so it goes with them.
            void Follow(object? sender, LocationChangedEventArgs e)
            {
                if (DialogQuery.PathOf(e.Location) != path || !DialogQuery.IsOpenIn(e.Location))
                {
                    reference.Close(DialogResult.Cancel());
                }
            }

            address.Navigation.LocationChanged += Follow;
            try
            {
                return await reference.Result;
            }
            finally
            {
                address.Navigation.LocationChanged -= Follow;
            }
        });
        return Saved(result);
    }

    protected void Cancel() => Dialog.Cancel();

    /// <summary>Refuses what the form already knows is missing, else runs the write busy and closes with <paramref name="saved"/> once it succeeded.</summary>
    protected async Task WriteAsync(IEnumerable<ValidationError> missing, Func<Task<WriteResult>> write, Func<WriteResult, Task<string>> saved)
    {
        ArgumentNullException.ThrowIfNull(missing);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(saved);
        var refused = missing.ToList();
        if (refused.Count > 0)
        {
            Result = WriteResult.Invalid(refused);
            return;
        }

        Busy = true;
        try
        {
            Result = await write();
            if (Result.Succeeded)
            {
                Dialog.Close(DialogResult.Ok(await saved(Result)));
            }
        }
        finally
        {
            Busy = false;
        }
    }

    private static string? Saved(DialogResult? result) => result is { Canceled: false, Data: string saved } ? saved : null;
}
