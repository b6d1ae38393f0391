namespace Sesterce.Tracker.Web.Hosting.Commands;

/// <summary>
/// Every command the product answers to instead of serving. Tools that are not part of the product
/// (the portfolio generator, the load client) live under tools/ and are never listed here.
/// </summary>
public static class TrackerCommands
{
    public static IReadOnlyList<ITrackerCommand> All { get; } = [new AdminCommand(), new BackupCommand(), new TransferCommand()];

    /// <summary>The command the first argument names, or null when the app should serve (host settings such as --urls come first then).</summary>
    public static ITrackerCommand? Find(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length == 0 ? null : All.FirstOrDefault(command => command.Names.Contains(args[0], StringComparer.Ordinal));
    }
}
