using Microsoft.AspNetCore.Http.HttpResults;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Api;

/// <summary>The risk register's read endpoint (docs/risks.md): every role that reads the overview reads it.</summary>
public static class RiskApi
{
    public static RouteGroupBuilder MapRisks(this RouteGroupBuilder api)
    {
        api.MapGet("/campuses/{slug}/risks", GetRisks)
            .WithSummary("The risks-and-issues register as known on asOf (YYYY-MM-DD, default today): each risk with its category, current state, likelihood, impact and severity (likelihood × impact, 1–9), owner, the milestones and phases it threatens, the date claims it caused, and every assessment known then with its reportedOn, knownFrom, status, reason and sources. Most severe first, closed risks last; a risk appears only from the day its first assessment is known.")
            .RequireAuthorization(nameof(TrackerPermission.ReadOverview));
        return api;
    }

    private static async Task<Results<Ok<RisksResponse>, ProblemHttpResult>> GetRisks(string slug, string? asOf, RiskService risks, CancellationToken cancellationToken)
    {
        if (!AsOf.TryParse(asOf, out var parsed))
        {
            return TrackerApi.BadAsOf(asOf);
        }

        var result = await risks.GetRegisterAsync(slug, parsed.Day, cancellationToken);
        return result.View is { } view
            ? TypedResults.Ok(new RisksResponse(view.CampusSlug, view.AsOf, [.. view.Risks.Select(RiskDto.From)]))
            : TrackerApi.UnknownCampus(slug);
    }
}
