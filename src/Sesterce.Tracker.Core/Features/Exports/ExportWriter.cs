using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace Sesterce.Tracker.Core.Features.Exports;

/// <summary>Writes an <see cref="ExportTable"/> as RFC 4180 CSV (invariant culture) or as an xlsx workbook with numeric cells.</summary>
public static class ExportWriter
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// UTF-8 with a byte order mark, so spreadsheet programs read accents in quotes correctly. Text
    /// starting like a formula is escaped (quotes come from the outside world); numbers are written
    /// as numbers, so a negative change stays "-1050000000".
    /// </summary>
    public static async Task WriteCsvAsync(ExportTable table, Stream output, CancellationToken cancellationToken = default)
    {
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, TrueValue = "true", FalseValue = "false" };
        await using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        await csv.WriteRecordAsync([.. table.Columns], cancellationToken);
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                WriteCell(csv, cell);
            }

            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    public static async Task WriteXlsxAsync(ExportTable table, Stream output, CancellationToken cancellationToken = default)
    {
        var rows = table.Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(table.Columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                record[table.Columns[i]] = row[i] is decimal d ? Trim(d) : row[i];
            }

            return record;
        }).ToList();

        // MiniExcel needs a seekable stream to build the zip; the response body is not one.
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(rows, sheetName: table.SheetName, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>
    /// Drops trailing zeros without rounding: SQLite hands back 1500000000 as "1500000000.0", and a
    /// file should show the number, not the storage's scale.
    /// </summary>
    internal static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>Decimals keep every digit ("1500000000", "18750000.5"); booleans read "true"/"false".</summary>
    private static void WriteCell(CsvWriter csv, object? cell)
    {
        switch (cell)
        {
            case null:
                csv.WriteField((string?)null);
                break;
            case decimal d:
                csv.WriteField(Trim(d), "", CultureInfo.InvariantCulture);
                break;
            case int i:
                csv.WriteField(i, "", CultureInfo.InvariantCulture);
                break;
            case bool b:
                csv.WriteField(b);
                break;
            default:
                csv.WriteField(cell.ToString());
                break;
        }
    }
}
