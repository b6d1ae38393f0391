using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Components.Drafts;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Components.Shared;

/// <summary>Where an open dialog writes its address: <c>?dialog=Name</c> plus its target (<c>claim</c>, <c>figure</c>, …).</summary>
public sealed record DialogAddress(NavigationManager Navigation, string Name, IReadOnlyDictionary<string, object?>? Target = null);

/// <summary>
/// What every "edit where you read" dialog shares: the write's outcome, the busy state while it runs,
/// closing with what was saved in words, opening with the common options and, given one, its address,
/// and keeping unsaved input as a draft that is offered back after a lost connection's reload.
/// </summary>
public abstract class EditDialog : ComponentBase, IDisposable
{
    private Action? _dispose;
    private Action? _touch;
    private Action? _restore;
    private Func<Task>? _discard;
    private Func<Task>? _clear;
    private Func<FormDraft?>? _offered;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IDraftStore DraftStore { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>Earlier unsaved input of this form on this record, until the admin restores or discards it.</summary>
    protected FormDraft? OfferedDraft => _offered?.Invoke();

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

    /// <summary>Starts keeping the form's input under <paramref name="key"/> (page, record and form) once the form is loaded.</summary>
    protected async Task KeepDraftsAsync<TDraft>(string key, Func<TDraft?> snapshot, Action<TDraft> apply)
        where TDraft : class
    {
        ArgumentNullException.ThrowIfNull(apply);
        var keeper = new DraftKeeper<TDraft>(DraftStore, Time, key, snapshot, InvokeAsync);
        _dispose = keeper.Dispose;
        _touch = keeper.Touch;
        _restore = () =>
        {
            if (keeper.Restore() is { } draft)
            {
                apply(draft);
            }
        };
        _discard = keeper.DiscardAsync;
        _clear = keeper.ClearAsync;
        _offered = () => keeper.Offered;
        await keeper.FindAsync();
    }

    protected void TouchDraft() => _touch?.Invoke();

    protected void RestoreDraft() => _restore?.Invoke();

    protected Task DiscardDraftAsync() => _discard?.Invoke() ?? Task.CompletedTask;

    /// <summary>Cancel means the input is not wanted: its draft goes too.</summary>
    protected async Task CancelAsync()
    {
        await ClearDraftAsync();
        Dialog.Cancel();
    }

    public void Dispose()
    {
        _dispose?.Invoke();
        GC.SuppressFinalize(this);
    }

    private Task ClearDraftAsync() => _clear?.Invoke() ?? Task.CompletedTask;

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
                await ClearDraftAsync();
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
