using MudBlazor;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class BenchmarksAdminPage
{
    private IReadOnlyList<BenchmarkAdminRow> _rows = [];
    private List<BreadcrumbItem> _crumbs = [];
    private WriteResult? _result;
    private bool _busy;
    private string? _savedWhat;
    private int? _changedId;
    private BenchmarkForm _form = new();

    protected override async Task OnInitializedAsync()
    {
        _crumbs = [new(A["AdminTitle"], "/admin"), new(A["Benchmarks"], null, disabled: true)];
        _rows = await Benchmarks.ListAsync();
    }

    private static string Amount(BenchmarkInput v) => v.Low == v.High
        ? $"{DisplayFormatter.Number(v.Low ?? 0)} {v.Currency}"
        : $"{DisplayFormatter.Number(v.Low ?? 0)}–{DisplayFormatter.Number(v.High ?? 0)} {v.Currency}";

    private void New() => _form = new BenchmarkForm();

    private void Start(BenchmarkAdminRow row)
    {
        _result = null;
        _form = BenchmarkForm.From(row);
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            var input = _form.ToInput();
            _result = _form.Id is { } id ? await Benchmarks.UpdateAsync(id, input, _form.Version) : await Benchmarks.CreateAsync(input);
            if (_result.Succeeded)
            {
                _savedWhat = _form.Name?.Trim();
                _changedId = _form.Id ?? _result.Id;
                _rows = await Benchmarks.ListAsync();
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
