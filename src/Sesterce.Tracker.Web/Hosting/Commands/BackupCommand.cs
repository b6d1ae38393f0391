using Sesterce.Tracker.Core.Data.Backup;

namespace Sesterce.Tracker.Web.Hosting.Commands;

/// <summary>
/// <c>backup --to FILE</c> and <c>restore --from FILE</c>: copy the configured database to a file
/// and back without starting the web server. The work is in <see cref="DatabaseBackup"/>; this
/// reads the arguments and turns the outcome into a message and an exit code.
/// </summary>
public sealed class BackupCommand : ITrackerCommand
{
    public const string BackupName = "backup";
    public const string RestoreName = "restore";

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
            await error.WriteLineAsync($"Usage: {BackupName} --to FILE   or   {RestoreName} --from FILE");
            return 2;
        }

        var backup = services.GetRequiredService<DatabaseBackup>();
        var result = restore ? await backup.RestoreAsync(file) : await backup.BackupAsync(file);
        if (result.Succeeded)
        {
            await output.WriteLineAsync(result.Message);
            return 0;
        }

        await error.WriteLineAsync((restore ? "Restore refused; the live database is unchanged. " : "Backup failed. ") + result.Message);
        return 1;
    }
}
