using System.Globalization;
using CsvHelper;
using MiniExcelLibs;
using Sesterce.Tracker.Core.Features.Exports;

namespace Sesterce.Tracker.Core.Tests.Features.Exports;

/// <summary>Writes every export, reads it back with an independent reader and compares cell by cell.</summary>
public class ExportRoundTripTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private ExportService Exports => db.Get<ExportService>();

    private async Task<ExportFile> LedgerAsync(string key, string asOf = "2025-12-01")
    {
        var file = (await Exports.LedgerAsync("alixan", key, DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture))).View!;
        Assert.NotNull(file);
        return file;
    }

    private static async Task<List<Dictionary<string, string?>>> ReadCsvAsync(ExportTable table)
    {
        using var stream = new MemoryStream();
        await ExportWriter.WriteCsvAsync(table, stream);
        stream.Position = 0;
        using var reader = CsvReader.Create(stream, options: null, leaveOpen: false);
        var rows = new List<Dictionary<string, string?>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => (string?)reader.GetString(x.i)));
        }

        Assert.Equal(table.Columns, reader.Headers);
        return rows;
    }

    private static async Task<List<IDictionary<string, object?>>> ReadXlsxAsync(ExportTable table)
    {
        using var stream = new MemoryStream();
        await ExportWriter.WriteXlsxAsync(table, stream);
        stream.Position = 0;
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }

    [Fact]
    public async Task TheLedgerFileNameCarriesTheAsOfDate()
    {
        Assert.Equal("alixan-investment-ledger-asof-2025-12-01", (await LedgerAsync("investment")).BaseName);
        Assert.Equal("alixan-milestones-asof-2026-11-25", (await Exports.MilestonesAsync("alixan", null))!.BaseName);
        Assert.Null((await Exports.LedgerAsync("alixan", "gpus", null)).View);
        Assert.Null(await Exports.MilestonesAsync("atlantis", null));
    }

    [Fact]
    public async Task TheLedgerCsvReadsBackCellForCellWithExactValues()
    {
        var table = (await LedgerAsync("investment")).Table;

        var rows = await ReadCsvAsync(table);

        Assert.Equal(table.Rows.Count, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                Assert.Equal(CsvExpected(table.Rows[r][c]), rows[r][table.Columns[c]]);
            }
        }

        Assert.Equal("1500000000", rows[1]["Value"]);
        Assert.Equal("1050000000", rows[1]["ChangeFromFirstLow"]);
        Assert.Equal("233.33", rows[1]["ChangeFromFirstPercentLow"]);
        Assert.Equal("2025-02", rows[0]["AnnouncedOn"]);
        Assert.Equal("Month", rows[0]["AnnouncedOnPrecision"]);
        Assert.Equal("2025-11-17", rows[1]["AnnouncedOn"]);
        Assert.Equal("Sesterce double la mise", rows[1]["SourceTitle"]);
        Assert.Equal("Unknown", rows[1]["Scope"]);
        Assert.Contains("1,5 milliard d'euros", rows[1]["Quote"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLedgerXlsxReadsBackWithNumbersAsNumbersAndDatesAsText()
    {
        var table = (await LedgerAsync("investment")).Table;

        var rows = await ReadXlsxAsync(table);

        Assert.Equal(table.Rows.Count, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                AssertSameCell(table.Rows[r][c], rows[r][table.Columns[c]], table.Columns[c]);
            }
        }

        Assert.Equal(1_500_000_000m, Convert.ToDecimal(rows[1]["Value"], CultureInfo.InvariantCulture));
        Assert.Equal("2025-02", rows[0]["AnnouncedOn"]);
    }

    [Fact]
    public async Task TheMilestoneListRoundTripsThroughCsvAndXlsx()
    {
        var table = (await Exports.MilestonesAsync("alixan", null))!.Table;

        var csv = await ReadCsvAsync(table);
        var xlsx = await ReadXlsxAsync(table);

        Assert.Equal(4, csv.Count);
        Assert.Equal(4, xlsx.Count);
        var phase1 = csv.Single(r => r["Title"] == "Phase 1 commissioning");
        Assert.Equal("2026-12", phase1["Target"]);
        Assert.Equal("Month", phase1["TargetPrecision"]);
        Assert.Equal("Sesterce double la mise", phase1["SourceTitle"]);
        Assert.Contains("décembre 2026", phase1["Quote"], StringComparison.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                Assert.Equal(CsvExpected(table.Rows[r][c]), csv[r][table.Columns[c]]);
                AssertSameCell(table.Rows[r][c], xlsx[r][table.Columns[c]], table.Columns[c]);
            }
        }
    }

    [Fact]
    public async Task NegativeChangesAndFormulaLikeTextSurviveTheCsv()
    {
        var table = ExportTable.Create("t", ["Change", "Quote"], [[-1_050_000_000.5m, "=HYPERLINK(\"x\")"]]);

        var row = Assert.Single(await ReadCsvAsync(table));

        Assert.Equal("-1050000000.5", row["Change"]);
        Assert.StartsWith("'", row["Quote"], StringComparison.Ordinal);
    }

    private static string CsvExpected(object? cell) => cell switch
    {
        null => "",
        decimal d => (d / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => cell.ToString()!,
    };

    private static void AssertSameCell(object? expected, object? actual, string column)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null || actual is "", $"{column}: expected an empty cell, got {actual}");
                break;
            case decimal d:
                Assert.Equal(d, Convert.ToDecimal(actual, CultureInfo.InvariantCulture));
                break;
            case int i:
                Assert.Equal(i, Convert.ToInt32(actual, CultureInfo.InvariantCulture));
                break;
            case bool b:
                Assert.Equal(b, Convert.ToBoolean(actual, CultureInfo.InvariantCulture));
                break;
            default:
                Assert.Equal(expected.ToString(), actual?.ToString());
                break;
        }
    }
}
