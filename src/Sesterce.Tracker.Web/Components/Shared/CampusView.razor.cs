using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Features;
using Sesterce.Tracker.Core.Features.Changes;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Components.Shared;

/// <summary>
/// The one shell of the read pages. It reads the as-of day from the address, loads the view,
/// answers not found and forbidden as the service said, and reloads after a committed change
/// through <see cref="ReloadCoalescer"/> with a key it builds itself (view type, campus, request,
/// as-of; the coalescer adds the caller's role), so no page can share a view across roles.
/// </summary>
public partial class CampusView<TView>
    where TView : class
{
    private ReadResult<TView>? _result;
    private AsOf _asOf;
    private string? _invalidAsOf;
    private bool _failed;
    private string? _loadedKey;

    [Inject]
    private ReloadCoalescer Reloads { get; set; } = default!;

    [Inject]
    private ICallerAccessor Callers { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Inject]
    private ILogger<CampusView<TView>> Logger { get; set; } = default!;

    /// <summary>Names the page in test ids and logs ("dashboard" gives <c>dashboard-error</c>).</summary>
    [Parameter, EditorRequired]
    public string Name { get; set; } = "";

    /// <summary>The campus shown, for live refresh and messages; null for the portfolio (every change refreshes).</summary>
    [Parameter]
    public string? CampusSlug { get; set; }

    /// <summary>What else identifies the view besides campus and as-of (a figure key, a milestone id, a page number).</summary>
    [Parameter]
    public string Request { get; set; } = "";

    /// <summary>Reads the view as known on the as-of day; the service says not found or forbidden.</summary>
    [Parameter, EditorRequired]
    public Func<AsOf, Task<ReadResult<TView>>> Load { get; set; } = default!;

    [Parameter, EditorRequired]
    public RenderFragment<CampusViewContext<TView>> ChildContent { get; set; } = default!;

    /// <summary>What to say when the campus exists but the record asked for (figure, milestone) does not.</summary>
    [Parameter]
    public string? RecordNotFoundTitle { get; set; }

    [Parameter]
    public string? RecordNotFoundText { get; set; }

    [Parameter]
    public string RecordNotFoundTestId { get; set; } = "record-not-found";

    [Parameter]
    public string? ForbiddenTitle { get; set; }

    [Parameter]
    public string? ForbiddenText { get; set; }

    /// <summary>Where the not-found and forbidden answers lead; the campus overview by default.</summary>
    [Parameter]
    public Func<AsOf, string>? BackHref { get; set; }

    [Parameter]
    public string? BackText { get; set; }

    [SupplyParameterFromQuery(Name = AsOf.QueryName)]
    private string? AsOfText { get; set; }

    // Present only while the page is prerendered for the first request; a circuit has none.
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private bool RecordMissing => _result?.Missing == ReadMissing.Record;

    private string NotFoundHeading => RecordMissing && RecordNotFoundTitle is not null ? RecordNotFoundTitle : T["CampusNotFoundTitle"];

    private string NotFoundMessage => RecordMissing && RecordNotFoundText is not null ? RecordNotFoundText : T["CampusNotFound", CampusSlug ?? ""];

    private string NotFoundTestId => RecordMissing ? RecordNotFoundTestId : "campus-not-found";

    // An unknown campus leads home; anything else back to its campus.
    private string BackLink => _result?.Missing == ReadMissing.Campus || CampusSlug is null ? "/" : BackHref?.Invoke(_asOf) ?? TrackerLinks.Dashboard(CampusSlug, _asOf);

    private string BackLabel => _result?.Missing == ReadMissing.Campus || BackText is null ? T["BackToOverview"] : BackText;

    private string Key => $"{typeof(TView).Name}|{CampusSlug}|{Request}|{_asOf}";

    protected override async Task OnParametersSetAsync()
    {
        _invalidAsOf = AsOf.TryParse(AsOfText, out _asOf) ? null : AsOfText;

        // The page re-renders the shell on every click (zoom, filters): only a different view reloads.
        if (!string.Equals(Key, _loadedKey, StringComparison.Ordinal))
        {
            await LoadAsync();
        }
    }

    private Task RetryAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loadedKey = Key;
        _failed = false;
        try
        {
            _result = await Load(_asOf);
            MarkNotFound();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "{View} of {CampusSlug} ({Request}) as of {AsOf} failed to load", Name, CampusSlug ?? "portfolio", Request, _asOf);
            _failed = true;
            _result = null;
        }
    }

    // An unknown campus, milestone or figure answers 404 like the API, so link checkers and
    // monitoring see it, with this page's own message. Only the prerender can set it: once the page
    // is interactive the response has long been sent.
    private void MarkNotFound()
    {
        if (_result is { Outcome: ReadOutcome.NotFound } && HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            NotFoundAnswer.Store(http, new NotFoundAnswer(NotFoundHeading, NotFoundMessage, BackLink, BackLabel, NotFoundTestId));
        }
    }

    // A live refresh keeps the current view on screen while it reloads, and every open view of the
    // same thing shares one read per change.
    private async Task RefreshAsync(TrackerChange change)
    {
        var asOf = _asOf;
        try
        {
            var caller = await Callers.GetCallerAsync();
            _result = await Reloads.ReadAsync(change, caller, Key, async () => await Load(asOf)) ?? _result;
            _failed = false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Live refresh of {View} for {CampusSlug} failed; the previous view stays", Name, CampusSlug ?? "portfolio");
        }
    }
}
