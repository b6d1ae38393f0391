using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sesterce.Tracker.Core.Data;

/// <summary>
/// Sets SQLite's per-connection durability and locking on every connection the store opens
/// (docs/data-safety.md). The journal mode (WAL) is stored in the file by <see cref="DatabaseInitializer"/>;
/// these two settings belong to each connection, so they are set at each open.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    /// <summary>
    /// FULL: in WAL mode every commit is synced to disk before SaveChanges returns, so an
    /// acknowledged write survives a power cut or an OS crash too, not only a crash of the app
    /// (which NORMAL already survives). Writes are a few admin edits a day; one fsync each costs nothing.
    /// </summary>
    public const string Synchronous = "FULL";

    /// <summary>How long a writer waits for another one to finish before giving up, in milliseconds.</summary>
    public const int BusyTimeoutMilliseconds = 5_000;

    public static readonly SqlitePragmas Instance = new();

    private static readonly string Sql = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA synchronous = {Synchronous}; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
