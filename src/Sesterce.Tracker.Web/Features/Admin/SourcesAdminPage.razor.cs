using MudBlazor;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Admin;

public partial class SourcesAdminPage
{
    private IReadOnlyList<SourceAdminRow> _rows = [];
    private List<BreadcrumbItem> _crumbs = [];
    private WriteResult? _result;
    private bool _busy;
    private bool _badDate;
    private SourceForm _form = new();

    protected override async Task OnInitializedAsync()
    {
        _crumbs = [new(A["AdminTitle"], "/admin"), new(A["Sources"], null, disabled: true)];
        _rows = await Sources.ListAsync();
    }

    private void New()
    {
        _form = new SourceForm();
        _badDate = false;
    }

    private void Start(SourceAdminRow source)
    {
        _result = null;
        _badDate = false;
        _form = SourceForm.From(source);
    }

    private async Task SaveAsync()
    {
        var publishedOn = _form.PublishedOn;
        _badDate = !string.IsNullOrWhiteSpace(publishedOn)
            && !AsOf.TryParseDay(publishedOn.Trim(), out _);
        if (_badDate)
        {
            return;
        }

        _busy = true;
        try
        {
            DateOnly? published = string.IsNullOrWhiteSpace(publishedOn) ? null : (AsOf.TryParseDay(publishedOn.Trim(), out var day) ? day : null);
            var input = _form.ToInput(published);
            _result = _form.Id is { } id ? await Sources.UpdateAsync(id, input, _form.Version) : await Sources.CreateAsync(input);
            if (_result.Succeeded)
            {
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
