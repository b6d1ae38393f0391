using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sesterce.Tracker.Core.Data;

namespace Sesterce.Tracker.Web.Features.Health;

internal sealed class DatabaseHealthCheck(DatabaseStatus status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = await status.CheckAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["canConnect"] = state.CanConnect,
            ["appliedMigrations"] = state.AppliedMigrations,
            ["pendingMigrations"] = state.PendingMigrations,
            ["campuses"] = state.Campuses,
            ["journalMode"] = state.JournalMode ?? "unknown",
        };
        if (!state.CanConnect)
        {
            return HealthCheckResult.Unhealthy(state.Error ?? "The database cannot be reached.", data: data);
        }

        return state.PendingMigrations.Count > 0
            ? HealthCheckResult.Degraded($"{state.PendingMigrations.Count} migrations are not applied.", data: data)
            : HealthCheckResult.Healthy("The database is reachable and up to date.", data);
    }
}

public static class HealthEndpoints
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IEndpointRouteBuilder MapTrackerHealth(this IEndpointRouteBuilder app)
    {
        // Load balancers and monitors probe without signing in; the body holds no tracker data.
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();
        // Liveness without the database (/health queries it): the ceiling a load test compares the pages with.
        app.MapGet("/ping", () => TypedResults.Text("pong")).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions));
    }
}
