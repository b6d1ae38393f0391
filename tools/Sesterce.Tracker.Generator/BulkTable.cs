using Microsoft.Data.Sqlite;

namespace Sesterce.Tracker.Generator;

/// <summary>
/// One prepared INSERT reused for every row of a table inside the generator's transaction: the
/// statement is compiled once and only the parameter values change, which is what makes half a
/// million rows take seconds rather than the minutes EF's change tracking would need.
/// </summary>
internal sealed class BulkTable : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public BulkTable(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))});";
        _parameters = [.. columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter($"$p{i}", null)))];
        _command.Prepare();
        Table = table;
    }

    public string Table { get; }

    public int Rows { get; private set; }

    /// <summary>Inserts one row; values in column order, null for SQL NULL. Enums are stored by name, as EF stores them.</summary>
    public void Insert(params object?[] values)
    {
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException($"{Table} takes {_parameters.Length} values, not {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                Enum e => e.ToString(),
                bool b => b ? 1 : 0,
                var v => v,
            };
        }

        _command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => _command.Dispose();
}
