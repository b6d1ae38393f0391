using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Sesterce.Tracker.Core.Data.Backup;

/// <summary>
/// Copies the live database to a file and back with SQLite's online backup API, which reads one
/// consistent snapshot even while the app keeps writing, and writes a restore in one transaction so
/// no reader ever sees half a database.
/// </summary>
public sealed class DatabaseBackup(IDbContextFactory<TrackerDbContext> contextFactory, TimeProvider time)
{
    /// <summary>How the copy of a replaced database is named beside it: <c>tracker.db.replaced-2026-12-02T0312Z</c>.</summary>
    public const string ReplacedSuffixFormat = "'.replaced-'yyyy-MM-dd'T'HHmm'Z'";

    /// <summary>Tables a backup must hold to be this app's database: the tracker's records, its audit log and its users.</summary>
    public static readonly IReadOnlyList<string> ExpectedTables =
        ["__EFMigrationsHistory", "Campuses", "Phases", "Milestones", "Figures", "FigureRevisions", "Sources", "AuditEntries", "AspNetUsers", "AspNetRoles"];

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>Writes a consistent copy of the live database to <paramref name="targetPath"/>, replacing nothing until the copy is checked.</summary>
    public async Task<BackupResult> BackupAsync(string targetPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetPath);
        var target = Path.GetFullPath(targetPath);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (LiveFile(db) is { } live && !File.Exists(live))
        {
            return BackupResult.Refused($"There is no database at {live} to back up.");
        }

        if (RefuseLive(db, target, "write the backup") is { } refused)
        {
            return refused;
        }

        if (Path.GetDirectoryName(target) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        // Written beside the target and moved into place only when complete and checked, so an
        // interrupted backup never leaves a half-written file under the requested name.
        var temporary = target + ".partial";
        File.Delete(temporary);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var source = (SqliteConnection)db.Database.GetDbConnection();
        await using (var copy = new SqliteConnection(FileConnectionString(temporary, SqliteOpenMode.ReadWriteCreate)))
        {
            await copy.OpenAsync(cancellationToken);
            source.BackupDatabase(copy);
            // One self-contained file: a backup in WAL mode would need its -wal and -shm companions.
            await ExecuteAsync(copy, "PRAGMA journal_mode=DELETE;", cancellationToken);
        }

        var check = await VerifyAsync(temporary, cancellationToken);
        if (!check.Succeeded)
        {
            File.Delete(temporary);
            return check;
        }

        File.Move(temporary, target, overwrite: true);
        return BackupResult.Done($"Backed up to {target}.");
    }

    /// <summary>
    /// Refuses a path an operator command would write when it is the live database or one of its
    /// companion files; <see cref="BackupResult.Done"/> when the path is safe to write.
    /// </summary>
    public async Task<BackupResult> CheckWritableAsync(string path, string action, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return RefuseLive(db, path, action) ?? BackupResult.Done($"{Path.GetFullPath(path)} is not the live database.");
    }

    private static BackupResult? RefuseLive(TrackerDbContext db, string path, string action) =>
        LiveFile(db) is { } live && LiveDatabaseFiles.IsLive(path, live)
            ? BackupResult.Refused($"{Path.GetFullPath(path)} is the live database or one of its companion files ({live}, -wal, -shm, -journal); refusing to {action} there. Choose another path.")
            : null;

    /// <summary>
    /// Checks that <paramref name="path"/> is a sound backup of this app at its current schema,
    /// without changing the file: SQLite's integrity check, the expected tables, and the last
    /// applied migration equal to the app's latest.
    /// </summary>
    public async Task<BackupResult> VerifyAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return BackupResult.Refused($"There is no file at {Path.GetFullPath(path)}.");
        }

        // A clear answer for a file that is not a database at all, before SQLite reports it as "file is not a database".
        var header = new byte[SqliteHeader.Length];
        await using (var file = File.OpenRead(path))
        {
            if (await file.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken) < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            {
                return BackupResult.Refused("The file is not a SQLite database.");
            }
        }

        string latest;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            latest = db.Database.GetMigrations().Last();
        }

        try
        {
            await using var connection = new SqliteConnection(FileConnectionString(path, SqliteOpenMode.ReadOnly));
            await connection.OpenAsync(cancellationToken);
            var integrity = await ScalarAsync(connection, "PRAGMA integrity_check;", cancellationToken);
            if (!string.Equals(integrity, "ok", StringComparison.Ordinal))
            {
                return BackupResult.Refused($"The file failed SQLite's integrity check: {integrity}");
            }

            if (await ForeignKeyViolationsAsync(connection, cancellationToken) is { Count: > 0 } violations)
            {
                var where = string.Join(", ", violations.GroupBy(v => v).Select(g => $"{g.Key} ({g.Count()})"));
                return BackupResult.Refused($"The file failed SQLite's foreign key check: {violations.Count} records point at records that do not exist, in {where}.");
            }

            var tables = new HashSet<string>(StringComparer.Ordinal);
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table';";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var missing = ExpectedTables.Where(t => !tables.Contains(t)).ToList();
            if (missing.Count > 0)
            {
                return BackupResult.Refused($"The file is not a tracker database: the tables {string.Join(", ", missing)} are missing.");
            }

            var last = await ScalarAsync(connection, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1;", cancellationToken);
            if (!string.Equals(last, latest, StringComparison.Ordinal))
            {
                return BackupResult.Refused($"The file's schema is at migration {last ?? "(none)"}, this app's at {latest}; restore it with the matching version of the app.");
            }
        }
        catch (SqliteException exception)
        {
            return BackupResult.Refused($"The file cannot be read as a database: {exception.Message}");
        }

        return BackupResult.Done($"{Path.GetFullPath(path)} is a sound backup at migration {latest}.");
    }

    /// <summary>
    /// Replaces the live database with the backup at <paramref name="sourcePath"/>, after checking it.
    /// A refused file leaves the live database untouched. The copy goes through the backup API into
    /// the live file in one transaction, so the live file's WAL stays consistent and other
    /// connections see either the old or the new database, never a mix.
    /// </summary>
    public async Task<BackupResult> RestoreAsync(string sourcePath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePath);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (RefuseLive(db, sourcePath, "restore from it") is { } itself)
        {
            return itself;
        }

        var check = await VerifyAsync(sourcePath, cancellationToken);
        if (!check.Succeeded)
        {
            return check;
        }

        var live = LiveFile(db);
        if (live is not null && Path.GetDirectoryName(live) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var target = (SqliteConnection)db.Database.GetDbConnection();
        // What is replaced is kept beside it first: a restore of the wrong file can be undone.
        string? kept = null;
        if (live is not null && File.Exists(live))
        {
            kept = ReplacedCopyPath(live);
            await using var copy = new SqliteConnection(FileConnectionString(kept, SqliteOpenMode.ReadWriteCreate));
            await copy.OpenAsync(cancellationToken);
            target.BackupDatabase(copy);
            await ExecuteAsync(copy, "PRAGMA journal_mode=DELETE;", cancellationToken);
        }

        await using (var source = new SqliteConnection(FileConnectionString(sourcePath, SqliteOpenMode.ReadOnly)))
        {
            await source.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
        }

        // The backup file is in rollback-journal mode; the live database keeps WAL (see DatabaseInitializer).
        await ExecuteAsync(target, "PRAGMA journal_mode=WAL;", cancellationToken);
        var integrity = await ScalarAsync(target, "PRAGMA integrity_check;", cancellationToken);
        var keptNote = kept is null ? "" : $" The database it replaced is kept at {kept}.";
        return string.Equals(integrity, "ok", StringComparison.Ordinal)
            ? BackupResult.Done($"Restored from {Path.GetFullPath(sourcePath)}.{keptNote}") with { KeptCopy = kept }
            : BackupResult.Refused($"The restored database failed SQLite's integrity check: {integrity}{keptNote}") with { KeptCopy = kept };
    }

    /// <summary>The live file's name with the time of the restore, never one that exists already.</summary>
    private string ReplacedCopyPath(string live)
    {
        var stamp = time.GetUtcNow().ToString(ReplacedSuffixFormat, System.Globalization.CultureInfo.InvariantCulture);
        var path = live + stamp;
        for (var n = 2; File.Exists(path); n++)
        {
            path = $"{live}{stamp}-{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        return path;
    }

    /// <summary>The table of every row whose foreign key points at no row, as SQLite's check lists them.</summary>
    private static async Task<List<string>> ForeignKeyViolationsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>The live database's file, or null when it lives in memory.</summary>
    private static string? LiveFile(TrackerDbContext db)
    {
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal)
            ? null
            : Path.GetFullPath(dataSource);
    }

    // Unpooled: a pooled connection would keep the file open after the command, blocking its move or deletion.
    private static string FileConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Mode = mode, Pooling = false }.ToString();

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(cancellationToken))?.ToString();
    }
}

/// <summary>What a backup, check or restore did, in words for the operator.</summary>
public sealed record BackupResult(bool Succeeded, string Message)
{
    /// <summary>Where a restore kept the database it replaced, or null when there was none.</summary>
    public string? KeptCopy { get; init; }

    public static BackupResult Done(string message) => new(true, message);

    public static BackupResult Refused(string message) => new(false, message);
}
