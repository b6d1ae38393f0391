using MudBlazor;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class SourcesAdminPage
{
    private IReadOnlyList<SourceAdminRow> _rows = [];
    private List<BreadcrumbItem> _crumbs = [];
    private WriteResult? _result;
    private bool _busy;
    private string? _savedWhat;
    private int? _changedId;
    private SourceForm _form = new();

    protected override async Task OnInitializedAsync()
    {
        _crumbs = [new(A["AdminTitle"], "/admin"), new(A["Sources"], null, disabled: true)];
        _rows = await Sources.ListAsync();
    }

    private void New()
    {
        _form = new SourceForm();
    }

    private void Start(SourceAdminRow source)
    {
        _result = null;
        _form = SourceForm.From(source);
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            var input = _form.ToInput();
            _result = _form.Id is { } id ? await Sources.UpdateAsync(id, input, _form.Version) : await Sources.CreateAsync(input);
            if (_result.Succeeded)
            {
                _savedWhat = _form.Title?.Trim();
                _changedId = _form.Id ?? _result.Id;
                _rows = await Sources.ListAsync();
                New();
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
