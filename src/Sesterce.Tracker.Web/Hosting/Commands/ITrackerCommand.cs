namespace Sesterce.Tracker.Web.Hosting.Commands;

/// <summary>
/// A maintenance command the app runs instead of serving, selected by its first argument. It works
/// on the configured store through the app's own services, then the process exits with its code.
/// </summary>
public interface ITrackerCommand
{
    /// <summary>The first arguments that select this command.</summary>
    IReadOnlyList<string> Names { get; }

    /// <returns>The process exit code: 0 done, 1 refused (every reason is printed), 2 bad usage.</returns>
    Task<int> RunAsync(IServiceProvider services, string[] args, CommandConsole console);
}

/// <summary>
/// What a command reads and writes besides the services. The process's console and environment in
/// production; tests pass their own, so a command never needs a real terminal to be checked.
/// <see cref="IsInteractive"/> says whether someone can answer a question on the input: a script
/// piping into the command cannot, so a command that would ask refuses instead.
/// </summary>
public sealed record CommandConsole(TextReader Input, TextWriter Output, TextWriter Error, Func<string, string?> ReadVariable, bool IsInteractive = false)
{
    public static CommandConsole Process => new(Console.In, Console.Out, Console.Error, Environment.GetEnvironmentVariable, !Console.IsInputRedirected);
}
