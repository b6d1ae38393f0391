using Microsoft.Data.Sqlite;
using Sesterce.Tracker.Web.Hosting.Commands;

namespace Sesterce.Tracker.Web.Tests.Hosting;

/// <summary>The <c>backup</c> and <c>restore</c> commands' own code, run against a test app's database.</summary>
public sealed class BackupCommandTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-backup-command-").FullName;

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new BackupCommand().RunAsync(factory.Services, args, new CommandConsole(TextReader.Null, output, error, _ => null));
        return (code, output.ToString(), error.ToString());
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
        var restore = await RunAsync("restore", "--from", file);

        Assert.Equal(0, backup.Code);
        Assert.Contains("Backed up to", backup.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(file));
        Assert.Equal(0, restore.Code);
        Assert.Contains("Restored from", restore.Output, StringComparison.Ordinal);
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
