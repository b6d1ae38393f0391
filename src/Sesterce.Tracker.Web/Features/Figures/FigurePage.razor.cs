using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Api;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Figures;

public partial class FigurePage
{
    private FigureLedgerView? _view;
    private bool _forbidden;
    private bool _loading = true;
    private string? _error;
    private string? _invalidAsOf;
    private DateOnly? _asOf;

    [Inject]
    private ICallerAccessor Callers { get; set; } = default!;

    [Inject]
    private FigureLedgerService Ledgers { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<FiguresResource> T { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> S { get; set; } = default!;

    [Inject]
    private ILogger<FigurePage> Logger { get; set; } = default!;

    [Parameter]
    public string Slug { get; set; } = "";

    [Parameter]
    public string Key { get; set; } = "";

    /// <summary>"As known on" date from the URL (<c>?asOf=2025-06-01</c>), so a link reproduces the view.</summary>
    [SupplyParameterFromQuery(Name = "asOf")]
    public string? AsOf { get; set; }

    private string FigureName => _view is null ? Key : Format.FigureName(_view.Key, _view.Name);

    private string Title => _view is null ? S["AppTitle"] : T["FigurePageTitle", FigureName, _view.Campus.Name];

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new(_view?.Campus.Name ?? Slug, TrackerLinks.Dashboard(Slug, _asOf)),
        new(FigureName, href: null, disabled: true),
    ];

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
            // The service hides investment from callers without the permission; say so instead of "not found".
            _forbidden = string.Equals(Key, FigureKeys.Investment, StringComparison.OrdinalIgnoreCase)
                && !(await Callers.GetCallerAsync()).Holds(TrackerPermission.ReadInvestment);
            _view = _forbidden ? null : await Ledgers.GetAsync(Slug, Key, _asOf);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Figure {FigureKey} of {CampusSlug} as of {AsOf} failed to load", Key, Slug, _asOf);
            _error = S["LoadFailedDetail"];
            _view = null;
        }
        finally
        {
            _loading = false;
        }
    }
}
