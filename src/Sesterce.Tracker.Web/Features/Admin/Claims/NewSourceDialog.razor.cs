using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Components.Drafts;
using Sesterce.Tracker.Web.Components.Shared;

namespace Sesterce.Tracker.Web.Features.Admin.Claims;

/// <summary>Creates a source through <see cref="SourceAdminService"/> and closes with its row, so the editor can cite it at once.</summary>
public sealed partial class NewSourceDialog
{
    private readonly SourceForm _form = new();
    private WriteResult? _result;
    private bool _busy;
    private DraftKeeper<SourceDraft>? _drafts;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private SourceAdminService Sources { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private IDraftStore DraftStore { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>Opens the dialog; the result's data is the new <see cref="SourceAdminRow"/> when one was saved.</summary>
    public static async Task<SourceAdminRow?> ShowAsync(IDialogService dialogs, IStringLocalizer<AdminResource> text)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(text);
        var reference = await dialogs.ShowAsync<NewSourceDialog>(text["NewSource"], EditDialogs.Options);
        var result = await reference.Result;
        return result is { Canceled: false, Data: SourceAdminRow row } ? row : null;
    }

    // One key for every new source: the form starts empty wherever it opens, so what was typed fits any of them.
    protected override Task OnInitializedAsync() => StartDraftsAsync();

    private void TouchDraft() => _drafts?.Touch();

    private void RestoreDraft()
    {
        if (_form is not null && _drafts?.Restore() is { } draft)
        {
            draft.ApplyTo(_form);
        }
    }

    private Task DiscardDraftAsync() => _drafts?.DiscardAsync() ?? Task.CompletedTask;

    private async Task StartDraftsAsync()
    {
        _drafts = new(DraftStore, Time, "new-source", () => _form is null ? null : SourceDraft.Of(_form), InvokeAsync);
        await _drafts.FindAsync();
    }

    public void Dispose() => _drafts?.Dispose();

    private async Task CancelAsync()
    {
        if (_drafts is not null)
        {
            await _drafts.ClearAsync();
        }

        Dialog.Cancel();
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            _result = await Sources.CreateAsync(_form.ToInput());
            if (_result is { Succeeded: true, Id: { } id } && (await Sources.ListAsync()).FirstOrDefault(s => s.Id == id) is { } row)
            {
                if (_drafts is not null)
                {
                    await _drafts.ClearAsync();
                }

                Dialog.Close(DialogResult.Ok(row));
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private bool HasError(string field) => _result?.Errors.Any(e => e.Field == field) == true;

    private string? ErrorFor(string field) => WriteFeedback.ErrorFor(A, _result, field);
}
