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

    /// <summary>True when the switch <paramref name="name"/> (a flag without a value, such as <c>--yes</c>) is among a command's arguments.</summary>
    public static bool Flag(string[] args, string name)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Skip(1).Contains(name, StringComparer.Ordinal);
    }

    /// <summary>The value after <paramref name="name"/> among a command's arguments (after the command's own name), or null.</summary>
    public static string? Option(string[] args, string name)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 1; i < args.Length - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
