using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Data.Backup;
using Sesterce.Tracker.Core.Features.Transfer;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Hosting.Commands;

/// <summary>
/// <c>export --campus SLUG --to FILE</c> and <c>import --from FILE [--as SLUG]</c>: move one campus
/// between trackers without starting the web server. Whoever runs them holds the server, so they act
/// with an admin's permissions; the import's audit entry names the command line.
/// </summary>
public sealed class TransferCommand : ITrackerCommand
{
    public const string ExportName = "export";
    public const string ImportName = "import";

    /// <summary>The caller the commands act as: audited under this name, with the admin's permissions.</summary>
    public static readonly Caller CommandLine = new("command-line", "command line", TrackerRoles.Admin);

    public IReadOnlyList<string> Names { get; } = [ExportName, ImportName];

    /// <returns>The process exit code: 0 done, 1 refused (every reason is printed), 2 bad usage.</returns>
    public async Task<int> RunAsync(IServiceProvider services, string[] args, CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var (output, error) = (console.Output, console.Error);

        var import = args.Length > 0 && args[0] == ImportName;
        var file = TrackerCommands.Option(args, import ? "--from" : "--to");
        var campus = TrackerCommands.Option(args, "--campus");
        if (string.IsNullOrWhiteSpace(file) || (!import && string.IsNullOrWhiteSpace(campus)))
        {
            await error.WriteLineAsync($"Usage: {ExportName} --campus SLUG --to FILE   or   {ImportName} --from FILE [--as SLUG]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        // A fresh server has no tables yet; the schema is brought up to date, but no seed data is
        // loaded, so a campus imported into a new tracker does not arrive beside the demo campus.
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();

        var transfer = scope.ServiceProvider.GetRequiredService<CampusTransferService>();
        var text = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<AdminResource>>();
        if (!import && await services.GetRequiredService<DatabaseBackup>().CheckWritableAsync(file, "write the export") is { Succeeded: false } refused)
        {
            await error.WriteLineAsync("Export refused. " + refused.Message);
            return 1;
        }

        return import
            ? await ImportAsync(transfer, text, file, TrackerCommands.Option(args, "--as"), output, error)
            : await ExportAsync(transfer, campus!, file, output, error);
    }

    private static async Task<int> ExportAsync(CampusTransferService transfer, string campus, string file, TextWriter output, TextWriter error)
    {
        var export = await transfer.ExportAsync(campus, CommandLine);
        if (export.Outcome != TransferOutcome.Done)
        {
            await error.WriteLineAsync($"Export refused: there is no campus with the slug '{campus}'.");
            return 1;
        }

        var target = Path.GetFullPath(file);
        if (Path.GetDirectoryName(target) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        // Written beside the target and moved into place, so an interrupted export never leaves half a file under the name.
        await File.WriteAllTextAsync(target + ".partial", export.Json);
        File.Move(target + ".partial", target, overwrite: true);
        await output.WriteLineAsync($"Exported campus {campus} to {target}.");
        return 0;
    }

    private static async Task<int> ImportAsync(CampusTransferService transfer, Microsoft.Extensions.Localization.IStringLocalizer<AdminResource> text, string file, string? asSlug, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"Import refused: there is no file at {Path.GetFullPath(file)}.");
            return 1;
        }

        if (new FileInfo(file).Length > CampusTransferService.MaxDocumentLength)
        {
            await error.WriteLineAsync($"Import refused: the file is larger than {CampusTransferService.MaxDocumentLength / 1024 / 1024} MB.");
            return 1;
        }

        var result = await transfer.ImportAsync(await File.ReadAllTextAsync(file), asSlug, Path.GetFileName(file), CommandLine);
        if (result.Succeeded)
        {
            var s = result.Summary!;
            await output.WriteLineAsync($"Imported campus {result.Slug}: {s.Phases} phases, {s.Milestones} milestones ({s.DateRevisions} target dates), {s.Figures} figures ({s.Revisions} revisions), {s.SourcesCreated} new and {s.SourcesReused} existing sources, {s.BenchmarksCreated} new benchmarks.");
            return 0;
        }

        await error.WriteLineAsync("Import refused; nothing was written.");
        foreach (var problem in result.Errors)
        {
            await error.WriteLineAsync($"  {Features.Admin.ImportReport.Describe(text, problem)}");
        }

        return 1;
    }
}
