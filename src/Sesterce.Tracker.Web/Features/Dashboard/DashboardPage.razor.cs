using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Features.Changes;
using Sesterce.Tracker.Core.Features.Dashboard;
using Sesterce.Tracker.Web.Features.Api;

namespace Sesterce.Tracker.Web.Features.Dashboard;

public partial class DashboardPage
{
    private DashboardView? _view;
    private bool _loading = true;
    private bool _notFound;
    private string? _error;
    private string? _invalidAsOf;

    [Inject]
    private DashboardService Dashboard { get; set; } = default!;

    [Inject]
    private ReloadCoalescer Reloads { get; set; } = default!;

    [Inject]
    private Sesterce.Tracker.Core.Identity.ICallerAccessor Callers { get; set; } = default!;

    [Inject]
    private IConfiguration Configuration { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Inject]
    private IStringLocalizer<FiguresResource> L { get; set; } = default!;

    [Inject]
    private ILogger<DashboardPage> Logger { get; set; } = default!;

    [Parameter]
    public string? Slug { get; set; }

    /// <summary>"As known on" date from the URL (<c>?asOf=2025-06-01</c>), so a link reproduces the view.</summary>
    [SupplyParameterFromQuery(Name = "asOf")]
    public string? AsOf { get; set; }

    /// <summary>The valid as-of date of the URL, carried by the links to other pages; null for today.</summary>
    private DateOnly? LinkAsOf => AsOfParameter.TryParse(AsOf, out var day) ? day : null;

    private string EffectiveSlug => Slug ?? Configuration["Tracker:DefaultCampus"] ?? "alixan";

    private string Title => _view is null ? T["AppTitle"] : $"{_view.Campus.Name} · {T["AppTitle"]}";

    protected override Task OnParametersSetAsync() => LoadAsync();

    // A live refresh keeps the current view on screen while it reloads, instead of flashing the spinner.
    // Every open dashboard of the campus reloads after the same change: they share one read.
    private async Task ReloadAsync(TrackerChange change)
    {
        var asOf = AsOfParameter.TryParse(AsOf, out var parsed) ? parsed : null;
        try
        {
            var slug = EffectiveSlug;
            var caller = await Callers.GetCallerAsync();
            _view = await Reloads.ReadAsync(change, caller, $"dashboard|{slug}|{asOf:O}", () => Dashboard.GetAsync(slug, asOf)) ?? _view;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Live refresh of {CampusSlug} failed; the previous view stays", EffectiveSlug);
        }
    }

    private async Task LoadAsync()
    {
        _loading = true;
        _error = null;
        _notFound = false;
        _invalidAsOf = null;
        if (!AsOfParameter.TryParse(AsOf, out var asOf))
        {
            _invalidAsOf = AsOf;
        }

        try
        {
            _view = await Dashboard.GetAsync(EffectiveSlug, asOf);
            _notFound = _view is null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Dashboard for {CampusSlug} as of {AsOf} failed to load", EffectiveSlug, asOf);
            _error = T["LoadFailedDetail"];
            _view = null;
        }
        finally
        {
            _loading = false;
        }
    }
}
