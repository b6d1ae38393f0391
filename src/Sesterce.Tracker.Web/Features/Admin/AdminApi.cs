using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin;

public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit.csv", ExportAuditAsync)
            .WithTags("Admin")
            .WithSummary("The audit log as CSV, filtered by campus, record type, user (the exact name), dates (YYYY-MM-DD) and text.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(nameof(TrackerPermission.ReadAudit));
        return app;
    }

    private static async Task<IResult> ExportAuditAsync(HttpRequest request, AuditService audit, TrackerClock clock, IStringLocalizer<AdminResource> text, DisplayFormatter format, CancellationToken cancellationToken)
    {
        if (!AuditQuery.TryRead(request.Query, out var filter))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed filter", detail: "from and to must be dates written YYYY-MM-DD, and kind one of all, access or records.");
        }

        // The same sentences as the audit page, in the requester's language.
        var csv = await audit.ExportCsvAsync(filter, new AuditText(text, format).Sentence, cancellationToken);
        if (csv is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "Only admins may read the audit log.");
        }

        var name = $"audit-{clock.Today:yyyy-MM-dd}.csv";
        return TypedResults.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", name);
    }
}
