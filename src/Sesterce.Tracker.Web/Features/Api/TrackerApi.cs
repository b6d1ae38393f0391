using Microsoft.AspNetCore.Http.HttpResults;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Features;
using Sesterce.Tracker.Core.Features.Calendar;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Sources;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Api;

/// <summary>The read-only JSON API. Unknown campuses or figures are 404 and malformed dates 400, both as problem details.</summary>
public static class TrackerApi
{
    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Tracker").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/campuses", ListCampuses).WithSummary("All campuses, with the day each was first known.")
            .RequireAuthorization(nameof(TrackerPermission.ReadOverview));
        api.MapGet("/campuses/{slug}", GetCampus).WithSummary("One campus: site, people and phases as known on asOf (default today), each phase with its plan claims and the milestone that ends it.")
            .RequireAuthorization(nameof(TrackerPermission.ReadOverview));
        api.MapGet("/campuses/{slug}/figures", GetFigures).WithSummary("Each figure's headline value as known on asOf (YYYY-MM-DD, default today), with every source and its quote.")
            .RequireAuthorization(nameof(TrackerPermission.ReadOverview));
        api.MapGet("/campuses/{slug}/figures/{key}/revisions", GetRevisions).WithSummary("Every revision of one figure known on asOf, corrections marked, each with its sources and quotes, whether it is the headline, its scope, and its conflict with the headline in force on its day (null, or with, state and resolution).")
            .RequireAuthorization(nameof(TrackerPermission.ReadOverview));
        api.MapGet("/campuses/{slug}/milestones", GetMilestones).WithSummary("Milestones as known on asOf: the headline target claim (null when none), a lower-status target beside it, baseline, slip, the reached-date claim and every date claim, each with its status, reportedOn and sources.")
            .RequireAuthorization(nameof(TrackerPermission.ReadTimeline));
        api.MapGet("/campuses/{slug}/milestones.ics", GetCalendar)
            .WithSummary("The milestones as an iCalendar feed: one all-day event per dated milestone over its date's whole period; the calendar description says how many undated milestones it leaves out.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .RequireAuthorization(nameof(TrackerPermission.ReadTimeline));
        api.MapGet("/sources/{id:int}", GetSource).WithSummary("One source document.")
            .RequireAuthorization(nameof(TrackerPermission.ReadOverview));
        api.MapRisks();
        api.MapExports();
        api.MapIntake();
        api.Map("/{**path}", (string? path) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown API path", detail: $"/api/{path} is not part of the API; see /api/docs."))
            .RequireAuthorization(nameof(TrackerPermission.ReadOverview))
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<CampusSummary>>> ListCampuses(CampusService campuses, CancellationToken cancellationToken) =>
        TypedResults.Ok(await campuses.ListAsync(cancellationToken));

    private static async Task<Results<Ok<CampusDto>, ProblemHttpResult>> GetCampus(string slug, string? asOf, CampusService campuses, TrackerClock clock, CancellationToken cancellationToken)
    {
        if (!AsOf.TryParse(asOf, out var parsed))
        {
            return BadAsOf(asOf);
        }

        var day = parsed.Day;
        var campus = await campuses.GetAsync(slug, day, cancellationToken);
        return campus is null ? UnknownCampus(slug) : TypedResults.Ok(CampusDto.From(campus, clock.Resolve(day)));
    }

    private static async Task<Results<Ok<FiguresResponse>, ProblemHttpResult>> GetFigures(string slug, string? asOf, FigureService figures, TrackerClock clock, CancellationToken cancellationToken)
    {
        if (!AsOf.TryParse(asOf, out var parsed))
        {
            return BadAsOf(asOf);
        }

        var day = parsed.Day;
        var snapshots = await figures.GetFiguresAsync(slug, day, cancellationToken);
        return snapshots is null
            ? UnknownCampus(slug)
            : TypedResults.Ok(new FiguresResponse(slug, clock.Resolve(day), [.. snapshots.Select(FigureDto.From)]));
    }

    private static async Task<Results<Ok<RevisionsResponse>, ProblemHttpResult>> GetRevisions(string slug, string key, string? asOf, FigureLedgerService ledgers, CancellationToken cancellationToken)
    {
        if (!AsOf.TryParse(asOf, out var parsed))
        {
            return BadAsOf(asOf);
        }

        var day = parsed.Day;
        var result = await ledgers.GetAsync(slug, key, day, cancellationToken);
        return result.View is { } ledger
            ? TypedResults.Ok(new RevisionsResponse(slug, ledger.Key, ledger.Name, ledger.Unit, ledger.AsOf, [.. ledger.Rows.Select(FigureRevisionDto.From)]))
            : NotRead(result, slug, key);
    }

    private static async Task<Results<Ok<MilestonesResponse>, ProblemHttpResult>> GetMilestones(string slug, string? asOf, MilestoneService milestones, TrackerClock clock, CancellationToken cancellationToken)
    {
        if (!AsOf.TryParse(asOf, out var parsed))
        {
            return BadAsOf(asOf);
        }

        var day = parsed.Day;
        var list = await milestones.GetMilestonesAsync(slug, day, cancellationToken);
        return list is null
            ? UnknownCampus(slug)
            : TypedResults.Ok(new MilestonesResponse(slug, clock.Resolve(day), [.. list.Select(MilestoneDto.From)]));
    }

    private static Task<IResult> GetCalendar(string slug, string? asOf, MilestoneService milestones, CampusService campuses, TimeProvider time, CancellationToken cancellationToken) =>
        CalendarAsync(slug, asOf, milestones, campuses, time, cancellationToken);

    /// <summary>The milestones calendar as the current caller may see it; shared by this API and the token feed.</summary>
    internal static async Task<IResult> CalendarAsync(string slug, string? asOf, MilestoneService milestones, CampusService campuses, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!AsOf.TryParse(asOf, out var parsed))
        {
            return BadAsOf(asOf);
        }

        var day = parsed.Day;
        var campus = await campuses.GetAsync(slug, day, cancellationToken);
        var list = await milestones.GetMilestonesAsync(slug, day, cancellationToken);
        if (campus is null || list is null)
        {
            return UnknownCampus(slug);
        }

        var ics = MilestoneCalendar.Write(campus.Slug, campus.Name, list, time.GetUtcNow());
        return TypedResults.Text(ics, "text/calendar; charset=utf-8");
    }

    private static async Task<Results<Ok<SourceDetailDto>, ProblemHttpResult>> GetSource(int id, SourceService sources, CancellationToken cancellationToken)
    {
        var source = await sources.GetAsync(id, cancellationToken);
        return source is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown source", detail: $"There is no source with the id {id}.")
            : TypedResults.Ok(SourceDetailDto.From(source));
    }

    /// <summary>The problem a read answered instead of a view: forbidden, unknown campus or unknown figure.</summary>
    internal static ProblemHttpResult NotRead<T>(ReadResult<T> result, string slug, string key)
        where T : class => result.Outcome == ReadOutcome.Forbidden
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: $"Your role may not read the figure '{key}'.")
            : result.Missing == ReadMissing.Campus ? UnknownCampus(slug) : UnknownFigure(slug, key);

    internal static ProblemHttpResult UnknownCampus(string slug) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown campus", detail: $"There is no campus with the slug '{slug}'.");

    internal static ProblemHttpResult UnknownFigure(string slug, string key) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown figure", detail: $"Campus '{slug}' has no figure with the key '{key}'.");

    internal static ProblemHttpResult BadAsOf(string? raw) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed asOf date", detail: $"asOf must be a calendar date written YYYY-MM-DD, such as 2025-06-01, or empty for today; '{raw}' is not.");
}
