using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Features.Executive;
using Sesterce.Tracker.Web.Features.Api;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Executive;

public partial class ExecutivePage
{
    private ExecutiveView? _view;
    private bool _loading = true;
    private string? _error;
    private string? _invalidAsOf;
    private DateOnly? _asOf;

    [Inject]
    private ExecutiveService Executive { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<FiguresResource> T { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> S { get; set; } = default!;

    [Inject]
    private ILogger<ExecutivePage> Logger { get; set; } = default!;

    [Parameter]
    public string Slug { get; set; } = "";

    /// <summary>"As known on" date from the URL (<c>?asOf=2025-06-01</c>), so a printed page says what it showed.</summary>
    [SupplyParameterFromQuery(Name = "asOf")]
    public string? AsOf { get; set; }

    private string Title => _view is null ? S["AppTitle"] : T["ExecutivePageTitle", _view.Campus.Name];

    private static string Location(ExecutiveView view) =>
        string.Join(" · ", new[] { view.Campus.Commune, view.Campus.BusinessPark, view.Campus.Region, view.Campus.Country }.Where(s => !string.IsNullOrWhiteSpace(s)));

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        // A live refresh keeps the current view on screen instead of flashing the spinner.
        _loading = _view is null;
        _error = null;
        _invalidAsOf = null;
        if (!AsOfParameter.TryParse(AsOf, out _asOf))
        {
            _invalidAsOf = AsOf;
        }

        try
        {
            _view = await Executive.GetAsync(Slug, _asOf);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Executive view of {CampusSlug} as of {AsOf} failed to load", Slug, _asOf);
            _error = S["LoadFailedDetail"];
            _view = null;
        }
        finally
        {
            _loading = false;
        }
    }
}
