using Microsoft.Data.Sqlite;

namespace Sesterce.Tracker.Web.Hosting;

/// <summary>
/// Resolves relative file paths (the SQLite database, log files) against the content root, so the
/// app finds the same data whatever folder it was started from.
/// </summary>
public static class TrackerPaths
{
    public const string ConnectionStringName = "Tracker";
    public const string DefaultConnectionString = "Data Source=data/tracker.db";

    public static string ConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        var dataSource = builder.DataSource;
        var inMemory = string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        if (!inMemory && !dataSource.StartsWith("file:", StringComparison.Ordinal) && !Path.IsPathRooted(dataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
        }

        return builder.ToString();
    }

    /// <summary>Overrides for every relative Serilog file sink path, made absolute under the content root.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> AbsoluteLogPaths(IConfiguration configuration, string contentRoot)
    {
        foreach (var sink in configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            var path = sink["Args:path"];
            if (string.Equals(sink["Name"], "File", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(path) && !Path.IsPathRooted(path))
            {
                yield return new KeyValuePair<string, string?>($"{sink.Path}:Args:path", Path.GetFullPath(Path.Combine(contentRoot, path)));
            }
        }
    }
}
