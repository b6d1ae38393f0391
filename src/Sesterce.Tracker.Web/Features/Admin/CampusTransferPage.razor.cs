using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Transfer;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class CampusTransferPage
{
    private IReadOnlyList<CampusSummary> _campuses = [];
    private List<BreadcrumbItem> _crumbs = [];
    private string? _json;
    private string? _fileName;
    private string? _fileError;
    private string? _asSlug;
    private ImportResult? _result;
    private bool _busy;

    [Inject]
    private CampusService Campuses { get; set; } = default!;

    [Inject]
    private CampusTransferService Transfer { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _crumbs = [new(A["AdminTitle"], "/admin"), new(A["TransferTitle"], null, disabled: true)];
        _campuses = await Campuses.ListAsync();
    }

    /// <summary>Reads the chosen file into memory; nothing is imported until the admin presses the button.</summary>
    private async Task SelectAsync(InputFileChangeEventArgs args)
    {
        (_json, _fileName, _fileError, _result) = (null, args.File.Name, null, null);
        if (args.File.Size > CampusTransferService.MaxDocumentLength)
        {
            _fileError = A["ImportTooLarge", CampusTransferService.MaxDocumentLength / 1024 / 1024];
            return;
        }

        _busy = true;
        try
        {
            await using var stream = args.File.OpenReadStream(CampusTransferService.MaxDocumentLength);
            using var reader = new StreamReader(stream);
            _json = await reader.ReadToEndAsync();
        }
        catch (IOException)
        {
            _fileError = A["ImportUnreadable"];
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ImportAsync()
    {
        if (_json is null)
        {
            return;
        }

        _busy = true;
        try
        {
            _result = await Transfer.ImportAsync(_json, string.IsNullOrWhiteSpace(_asSlug) ? null : _asSlug.Trim(), _fileName);
            if (_result.Succeeded)
            {
                _campuses = await Campuses.ListAsync();
                _json = null;
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
