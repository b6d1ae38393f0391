using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Features.Users;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Hosting.Commands;

/// <summary>
/// <c>create-admin --email a@b.c [--name "…"]</c>: creates the first administrator (or promotes,
/// enables and unlocks an existing user) without starting the web server. The password comes from
/// <c>TRACKER_ADMIN_PASSWORD</c> or standard input, never from the command line, where it would
/// stay in the shell history and the process list.
/// </summary>
public sealed class AdminCommand : ITrackerCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "TRACKER_ADMIN_PASSWORD";

    public IReadOnlyList<string> Names { get; } = [Name];

    /// <returns>The process exit code: 0 when the admin exists afterwards, 1 on bad input, 2 on bad usage.</returns>
    public async Task<int> RunAsync(IServiceProvider services, string[] args, CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var (input, output, error, environment, _) = console;

        if (!TryParse(args, out var email, out var name))
        {
            await error.WriteLineAsync($"Usage: {Name} --email ADDRESS [--name \"Display name\"]   (password from {PasswordVariable} or standard input)");
            return 2;
        }

        var password = environment(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteAsync("Password: ");
            password = await input.ReadLineAsync();
        }

        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync($"No password given: set {PasswordVariable} or type it on standard input.");
            return 1;
        }

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var result = await services.GetRequiredService<AdminBootstrap>().CreateOrPromoteAdminAsync(email, name, password);
        if (result.Succeeded)
        {
            await output.WriteLineAsync($"{email} is an administrator and can sign in.");
            return 0;
        }

        foreach (var message in Describe(result))
        {
            await error.WriteLineAsync(message);
        }

        return 1;
    }

    private static bool TryParse(string[] args, out string email, out string? name)
    {
        email = "";
        name = null;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--email" when value is not null:
                    email = value;
                    i++;
                    break;
                case "--name" when value is not null:
                    name = value;
                    i++;
                    break;
                default:
                    // Host settings such as --urls or --environment are for the host, which reads them itself.
                    if (args[i].StartsWith("--", StringComparison.Ordinal) && value is not null && !value.StartsWith("--", StringComparison.Ordinal))
                    {
                        i++;
                    }

                    break;
            }
        }

        return email.Length > 0;
    }

    private static IEnumerable<string> Describe(UserAdminResult result) => result.Outcome switch
    {
        UserAdminOutcome.InvalidEmail => ["That is not a valid email address."],
        UserAdminOutcome.InvalidName => [$"The display name must be 1 to {Core.Domain.TrackerUser.DisplayNameMaxLength} characters."],
        UserAdminOutcome.WeakPassword => result.PasswordErrors.Select(code => code switch
        {
            "PasswordTooShort" => $"The password is too short: at least {PasswordPolicy.MinimumLength} characters (12 or more suggested).",
            PasswordPolicy.TooLongCode => $"The password is too long: at most {PasswordPolicy.MaximumLength} characters.",
            PasswordPolicy.CommonCode => "The password is one of the most common passwords; choose another.",
            PasswordPolicy.SameAsUserNameCode => "The password must not be the email address or the name.",
            _ => $"The password was refused ({code}).",
        }),
        _ => [$"The administrator could not be saved: {result.Outcome}."],
    };
}
