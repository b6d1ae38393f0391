using Microsoft.AspNetCore.Http.HttpResults;
using Sesterce.Tracker.Core.Features.Exports;
using Sesterce.Tracker.Core.Features.Transfer;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Api;

/// <summary>
/// Downloads of the ledgers and the milestone list as CSV and xlsx, as known on asOf; the date is
/// in the file name so two downloads never get mixed up.
/// </summary>
public static class ExportApi
{
    private enum Format
    {
        Csv,
        Xlsx,
    }

    public static RouteGroupBuilder MapExports(this RouteGroupBuilder api)
    {
        api.MapGet("/campuses/{slug}/figures/{key}/revisions.csv", (string slug, string key, string? asOf, ExportService exports, CancellationToken ct) =>
                LedgerAsync(slug, key, asOf, Format.Csv, exports, ct))
            .WithSummary("Every revision of one figure known on asOf as CSV: exact values, dates at their precision, sources and quotes.")
            .RequireAuthorization(nameof(TrackerPermission.Export));
        api.MapGet("/campuses/{slug}/figures/{key}/revisions.xlsx", (string slug, string key, string? asOf, ExportService exports, CancellationToken ct) =>
                LedgerAsync(slug, key, asOf, Format.Xlsx, exports, ct))
            .WithSummary("The same ledger as an Excel workbook with numeric cells.")
            .RequireAuthorization(nameof(TrackerPermission.Export));
        api.MapGet("/campuses/{slug}/milestones.csv", (string slug, string? asOf, ExportService exports, CancellationToken ct) =>
                MilestonesAsync(slug, asOf, Format.Csv, exports, ct))
            .WithSummary("Milestones known on asOf as CSV, undated ones included: baseline, target and its status, the target beside it, slip, reached date, and every source with its quote.")
            .RequireAuthorization(nameof(TrackerPermission.Export));
        api.MapGet("/campuses/{slug}/milestones.xlsx", (string slug, string? asOf, ExportService exports, CancellationToken ct) =>
                MilestonesAsync(slug, asOf, Format.Xlsx, exports, ct))
            .WithSummary("The milestone list as an Excel workbook.")
            .RequireAuthorization(nameof(TrackerPermission.Export));
        api.MapGet("/campuses/{slug}/risks.csv", (string slug, string? asOf, ExportService exports, CancellationToken ct) =>
                RisksAsync(slug, asOf, Format.Csv, exports, ct))
            .WithSummary("The risk register known on asOf as CSV, one row per assessment: the risk's fields, what it threatens and caused, state, likelihood, impact, reported on, status, reason, and every source with its quote.")
            .RequireAuthorization(nameof(TrackerPermission.Export));
        api.MapGet("/campuses/{slug}/risks.xlsx", (string slug, string? asOf, ExportService exports, CancellationToken ct) =>
                RisksAsync(slug, asOf, Format.Xlsx, exports, ct))
            .WithSummary("The risk register as an Excel workbook.")
            .RequireAuthorization(nameof(TrackerPermission.Export));
        api.MapGet("/campuses/{slug}/export.json", CampusAsync)
            .WithSummary($"The whole campus as a versioned JSON document (format {CampusDocument.FormatName}, version {CampusDocument.CurrentVersion}) that an admin can import into another tracker.")
            .Produces<string>(StatusCodes.Status200OK, "application/json")
            .RequireAuthorization(nameof(TrackerPermission.Export));
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> LedgerAsync(
        string slug, string key, string? asOf, Format format, ExportService exports, CancellationToken cancellationToken)
    {
        if (!AsOf.TryParse(asOf, out var parsed))
        {
            return TrackerApi.BadAsOf(asOf);
        }

        var day = parsed.Day;
        var result = await exports.LedgerAsync(slug, key, day, cancellationToken);
        return result.View is { } file ? await FileAsync(file, format, cancellationToken) : TrackerApi.NotRead(result, slug, key);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> MilestonesAsync(
        string slug, string? asOf, Format format, ExportService exports, CancellationToken cancellationToken)
    {
        if (!AsOf.TryParse(asOf, out var parsed))
        {
            return TrackerApi.BadAsOf(asOf);
        }

        var day = parsed.Day;
        var file = await exports.MilestonesAsync(slug, day, cancellationToken);
        return file is null ? TrackerApi.UnknownCampus(slug) : await FileAsync(file, format, cancellationToken);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RisksAsync(
        string slug, string? asOf, Format format, ExportService exports, CancellationToken cancellationToken)
    {
        if (!AsOf.TryParse(asOf, out var parsed))
        {
            return TrackerApi.BadAsOf(asOf);
        }

        var file = await exports.RisksAsync(slug, parsed.Day, cancellationToken);
        return file is null ? TrackerApi.UnknownCampus(slug) : await FileAsync(file, format, cancellationToken);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CampusAsync(string slug, CampusTransferService transfer, CancellationToken cancellationToken)
    {
        var export = await transfer.ExportAsync(slug, cancellationToken);
        return export.Outcome switch
        {
            TransferOutcome.Done => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(export.Json!), "application/json; charset=utf-8", export.FileName),
            TransferOutcome.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "Only executives and admins may export a campus."),
            _ => TrackerApi.UnknownCampus(slug),
        };
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FileAsync(ExportFile file, Format format, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        if (format == Format.Csv)
        {
            await ExportWriter.WriteCsvAsync(file.Table, buffer, cancellationToken);
            return TypedResults.File(buffer.ToArray(), ExportWriter.CsvContentType, file.BaseName + ".csv");
        }

        await ExportWriter.WriteXlsxAsync(file.Table, buffer, cancellationToken);
        return TypedResults.File(buffer.ToArray(), ExportWriter.XlsxContentType, file.BaseName + ".xlsx");
    }
}
