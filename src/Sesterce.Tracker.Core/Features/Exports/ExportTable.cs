namespace Sesterce.Tracker.Core.Features.Exports;

/// <summary>
/// A flat table ready to write as CSV or xlsx. Cells are <see cref="decimal"/>, <see cref="bool"/>,
/// <see cref="int"/>, <see cref="string"/> or null; dates are already ISO text at their precision,
/// so no writer can turn "2025-02" into a made-up day.
/// </summary>
public sealed record ExportTable(string SheetName, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static ExportTable Create(string sheetName, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var list = rows.ToList();
        var bad = list.FindIndex(r => r.Count != columns.Count);
        return bad < 0
            ? new ExportTable(sheetName, columns, list)
            : throw new ArgumentException($"Row {bad} has {list[bad].Count} cells for {columns.Count} columns.", nameof(rows));
    }
}
