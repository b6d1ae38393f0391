using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Components.Shared;

namespace Sesterce.Tracker.Web.Features.Admin.Claims;

/// <summary>Creates a source through <see cref="SourceAdminService"/> and closes with its row, so the editor can cite it at once.</summary>
public partial class NewSourceDialog
{
    private readonly SourceForm _form = new();
    private WriteResult? _result;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private SourceAdminService Sources { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    /// <summary>Opens the dialog; the result's data is the new <see cref="SourceAdminRow"/> when one was saved.</summary>
    public static async Task<SourceAdminRow?> ShowAsync(IDialogService dialogs, IStringLocalizer<AdminResource> text)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(text);
        var reference = await dialogs.ShowAsync<NewSourceDialog>(text["NewSource"], EditDialogs.Options);
        var result = await reference.Result;
        return result is { Canceled: false, Data: SourceAdminRow row } ? row : null;
    }

    private void Cancel() => Dialog.Cancel();

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            _result = await Sources.CreateAsync(_form.ToInput());
            if (_result is { Succeeded: true, Id: { } id } && (await Sources.ListAsync()).FirstOrDefault(s => s.Id == id) is { } row)
            {
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
