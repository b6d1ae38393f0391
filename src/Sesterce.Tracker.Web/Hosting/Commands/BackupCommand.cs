using Sesterce.Tracker.Core.Data.Backup;

namespace Sesterce.Tracker.Web.Hosting.Commands;

/// <summary>
/// <c>backup --to FILE</c> and <c>restore --from FILE [--yes]</c>: copy the configured database to
/// a file and back without starting the web server. The work is in <see cref="DatabaseBackup"/>;
/// this reads the arguments, asks before a restore replaces anything (unless <c>--yes</c>; with
/// no one at a terminal to answer it refuses), and turns the outcome into a message and an exit code.
/// </summary>
public sealed class BackupCommand : ITrackerCommand
{
    public const string BackupName = "backup";
    public const string RestoreName = "restore";
    public const string YesFlag = "--yes";

    public IReadOnlyList<string> Names { get; } = [BackupName, RestoreName];

    /// <returns>The process exit code: 0 done, 1 refused (the reason is printed), 2 bad usage.</returns>
    public async Task<int> RunAsync(IServiceProvider services, string[] args, CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var (output, error) = (console.Output, console.Error);

        var restore = args.Length > 0 && args[0] == RestoreName;
        var option = restore ? "--from" : "--to";
        var file = TrackerCommands.Option(args, option);
        if (string.IsNullOrWhiteSpace(file))
        {
            await error.WriteLineAsync($"Usage: {BackupName} --to FILE   or   {RestoreName} --from FILE [{YesFlag}]");
            return 2;
        }

        var backup = services.GetRequiredService<DatabaseBackup>();
        if (restore && !await ConfirmRestoreAsync(backup, file, TrackerCommands.Flag(args, YesFlag), console))
        {
            return 1;
        }

        var result = restore ? await backup.RestoreAsync(file) : await backup.BackupAsync(file);
        if (result.Succeeded)
        {
            await output.WriteLineAsync(result.Message);
            return 0;
        }

        await error.WriteLineAsync((restore ? "Restore refused; the live database is unchanged. " : "Backup failed. ") + result.Message);
        return 1;
    }

    /// <summary>
    /// Checks the file first (nobody is asked about a file that would be refused anyway), then asks
    /// the operator to type "yes", unless <c>--yes</c> says they already have.
    /// </summary>
    private static async Task<bool> ConfirmRestoreAsync(DatabaseBackup backup, string file, bool yes, CommandConsole console)
    {
        var check = await backup.VerifyAsync(file);
        if (!check.Succeeded)
        {
            await console.Error.WriteLineAsync("Restore refused; the live database is unchanged. " + check.Message);
            return false;
        }

        await console.Output.WriteLineAsync(check.Message);
        if (yes)
        {
            return true;
        }

        if (!console.IsInteractive)
        {
            await console.Error.WriteLineAsync($"Restore refused; the live database is unchanged. Restoring replaces the live database: confirm with {YesFlag} when no one can answer at a terminal.");
            return false;
        }

        await console.Output.WriteAsync($"Replace the live database with {Path.GetFullPath(file)}? The current database is kept beside it as a dated copy. Type yes to continue: ");
        var answer = await console.Input.ReadLineAsync();
        if (string.Equals(answer?.Trim(), "yes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        await console.Error.WriteLineAsync("Restore cancelled; the live database is unchanged.");
        return false;
    }
}
