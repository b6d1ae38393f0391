using Microsoft.Data.Sqlite;
using Sesterce.Tracker.Web.Hosting.Commands;

namespace Sesterce.Tracker.Web.Tests.Hosting;

/// <summary>The <c>backup</c> and <c>restore</c> commands' own code, run against a test app's database.</summary>
public sealed class BackupCommandTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-backup-command-").FullName;

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    /// <summary>Runs the command with <paramref name="typed"/> as what an operator at a terminal types, or with no terminal when null.</summary>
    private async Task<(int Code, string Output, string Error)> RunWithInputAsync(string? typed, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(typed ?? "");
        var code = await new BackupCommand().RunAsync(factory.Services, args, new CommandConsole(input, output, error, _ => null, IsInteractive: typed is not null));
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in new[] { "Campuses", "Milestones", "AuditEntries" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table};";
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void OnlyTheBackupAndRestoreArgumentsRunTheCommand()
    {
        Assert.IsType<BackupCommand>(TrackerCommands.Find(["backup", "--to", "x.db"]));
        Assert.IsType<BackupCommand>(TrackerCommands.Find(["restore", "--from", "x.db"]));
        Assert.IsNotType<BackupCommand>(TrackerCommands.Find(["create-admin"]));
        Assert.Null(TrackerCommands.Find([]));
    }

    [Fact]
    public async Task ABackupIsWrittenAndRestoresCleanly()
    {
        factory.CreateClient().Dispose();
        var file = Path.Combine(_folder, "tracker-backup.db");

        var backup = await RunAsync("backup", "--to", file);
        var restore = await RunAsync("restore", "--from", file, "--yes");

        Assert.Equal(0, backup.Code);
        Assert.Contains("Backed up to", backup.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(file));
        Assert.Equal(0, restore.Code);
        Assert.Contains("Restored from", restore.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABackupIsNeverWrittenOverTheLiveDatabaseOrItsCompanionsHoweverThePathIsSpelled()
    {
        var live = LiveDatabase.FileOf(factory);
        var before = await CountsAsync(live);

        foreach (var path in LiveDatabase.Spellings(live, _folder))
        {
            var (code, _, error) = await RunAsync("backup", "--to", path);

            Assert.Equal(1, code);
            Assert.Contains("is the live database or one of its companion files", error, StringComparison.Ordinal);
        }

        Assert.Equal(before, await CountsAsync(live));
    }

    [Fact]
    public async Task TheLiveDatabaseIsNotRestoredFromItself()
    {
        var live = LiveDatabase.FileOf(factory);

        var (code, _, error) = await RunAsync("restore", "--from", live, "--yes");

        Assert.Equal(1, code);
        Assert.Contains("is the live database", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestoreKeepsTheReplacedDatabaseAsADatedCopyBesideItAndSaysWhere()
    {
        var live = LiveDatabase.FileOf(factory);
        var file = Path.Combine(_folder, "kept.db");
        Assert.Equal(0, (await RunAsync("backup", "--to", file)).Code);
        var before = await CountsAsync(live);

        var (code, output, _) = await RunAsync("restore", "--from", file, "--yes");

        Assert.Equal(0, code);
        var kept = Directory.GetFiles(Path.GetDirectoryName(live)!, Path.GetFileName(live) + ".replaced-2026-11-25T1000Z*");
        Assert.NotEmpty(kept);
        Assert.Contains(output.Split('\n'), line => line.Contains("The database it replaced is kept at", StringComparison.Ordinal) && kept.Any(k => line.Contains(k, StringComparison.Ordinal)));
        foreach (var copy in kept)
        {
            Assert.Equal(before["Campuses"], (await CountsAsync(copy))["Campuses"]);
        }
    }

    [Fact]
    public async Task WithoutYesAndWithNoOneAtATerminalARestoreIsRefused()
    {
        var live = LiveDatabase.FileOf(factory);
        var file = Path.Combine(_folder, "unconfirmed.db");
        Assert.Equal(0, (await RunAsync("backup", "--to", file)).Code);
        var keptBefore = Directory.GetFiles(Path.GetDirectoryName(live)!, "*.replaced-*").Length;

        var (code, _, error) = await RunAsync("restore", "--from", file);

        Assert.Equal(1, code);
        Assert.Contains("confirm with --yes", error, StringComparison.Ordinal);
        Assert.Equal(keptBefore, Directory.GetFiles(Path.GetDirectoryName(live)!, "*.replaced-*").Length);
    }

    [Theory]
    [InlineData("yes\n", 0)]
    [InlineData("YES\n", 0)]
    [InlineData("no\n", 1)]
    [InlineData("", 1)]
    public async Task AtATerminalTheRestoreAsksAndGoesOnOnlyOnYes(string typed, int expected)
    {
        var file = Path.Combine(_folder, $"asked-{expected}-{typed.Length}.db");
        Assert.Equal(0, (await RunAsync("backup", "--to", file)).Code);

        var (code, output, error) = await RunWithInputAsync(typed, "restore", "--from", file);

        Assert.Equal(expected, code);
        Assert.Contains("Type yes to continue", output, StringComparison.Ordinal);
        Assert.Contains(expected == 0 ? "Restored from" : "Restore cancelled; the live database is unchanged.", expected == 0 ? output : error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWithForeignKeyViolationsIsRefusedBeforeAnythingIsReplaced()
    {
        var live = LiveDatabase.FileOf(factory);
        var file = Path.Combine(_folder, "orphans.db");
        Assert.Equal(0, (await RunAsync("backup", "--to", file)).Code);
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var orphan = connection.CreateCommand();
            orphan.CommandText = "PRAGMA foreign_keys=OFF; DELETE FROM Campuses;";
            await orphan.ExecuteNonQueryAsync();
        }

        var before = await CountsAsync(live);
        var keptBefore = Directory.GetFiles(Path.GetDirectoryName(live)!, "*.replaced-*").Length;

        var (code, _, error) = await RunAsync("restore", "--from", file, "--yes");

        Assert.Equal(1, code);
        Assert.Contains("failed SQLite's foreign key check", error, StringComparison.Ordinal);
        Assert.Contains("Phases", error, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(live));
        Assert.Equal(keptBefore, Directory.GetFiles(Path.GetDirectoryName(live)!, "*.replaced-*").Length);
    }

    [Fact]
    public async Task ABadFileIsRefusedWithANonZeroExitAndAClearMessage()
    {
        factory.CreateClient().Dispose();
        var file = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(file, "not a database");

        var (code, _, error) = await RunAsync("restore", "--from", file);

        Assert.Equal(1, code);
        Assert.Contains("Restore refused; the live database is unchanged. The file is not a SQLite database.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("backup")]
    [InlineData("restore", "--to", "x.db")]
    public async Task WithoutItsFileTheUsageIsPrinted(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("Usage: backup --to FILE", error, StringComparison.Ordinal);
    }
}
