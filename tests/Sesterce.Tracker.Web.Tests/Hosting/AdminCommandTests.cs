using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Hosting.Commands;

namespace Sesterce.Tracker.Web.Tests.Hosting;

/// <summary>The <c>create-admin</c> command's own code, run against a test app's database.</summary>
public class AdminCommandTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private const string Strong = "violet-harbour-lantern";

    private async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string? stdin = null, string? variable = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new AdminCommand().RunAsync(
            factory.Services,
            ["create-admin", .. args],
            new CommandConsole(new StringReader(stdin ?? ""), output, error, name => name == AdminCommand.PasswordVariable ? variable : null));
        return (code, output.ToString(), error.ToString());
    }

    private async Task<(TrackerUser? User, IList<string> Roles)> FindAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = await users.FindByEmailAsync(email);
        return (user, user is null ? [] : await users.GetRolesAsync(user));
    }

    [Fact]
    public void OnlyTheCreateAdminArgumentRunsTheCommand()
    {
        Assert.IsType<AdminCommand>(TrackerCommands.Find(["create-admin", "--email", "a@b.c"]));
        Assert.Null(TrackerCommands.Find([]));
        Assert.Null(TrackerCommands.Find(["--urls", "http://127.0.0.1:5000"]));
    }

    [Fact]
    public async Task APasswordFromTheEnvironmentCreatesTheAdmin()
    {
        var (code, output, _) = await RunAsync(["--email", "ops@sesterce.example", "--name", "Ops Team"], variable: Strong);

        Assert.Equal(0, code);
        Assert.Contains("ops@sesterce.example is an administrator", output, StringComparison.Ordinal);
        var (user, roles) = await FindAsync("ops@sesterce.example");
        Assert.Equal("Ops Team", user!.DisplayName);
        Assert.Equal([TrackerRoles.Admin], roles);
    }

    [Fact]
    public async Task APasswordFromStandardInputWorksAndRunningAgainPromotesTheSameUser()
    {
        Assert.Equal(0, (await RunAsync(["--email", "stdin@sesterce.example"], stdin: Strong + "\n")).Code);

        var again = await RunAsync(["--email", "stdin@sesterce.example"], stdin: "another-long-passphrase\n");

        Assert.Equal(0, again.Code);
        var (user, roles) = await FindAsync("stdin@sesterce.example");
        Assert.Equal("stdin", user!.DisplayName);
        Assert.Equal([TrackerRoles.Admin], roles);
    }

    [Theory]
    [InlineData("not-an-email", Strong, "not a valid email address")]
    [InlineData("weak@sesterce.example", "password1", "most common passwords")]
    [InlineData("short@sesterce.example", "abc123!", "too short")]
    public async Task BadInputIsExplainedAndExitsNonZeroWithoutSavingAnything(string email, string password, string message)
    {
        var (code, _, error) = await RunAsync(["--email", email], variable: password);

        Assert.Equal(1, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Null((await FindAsync(email)).User);
    }

    [Fact]
    public async Task WithoutAnEmailTheUsageIsPrinted()
    {
        var (code, _, error) = await RunAsync([], variable: Strong);

        Assert.Equal(2, code);
        Assert.Contains("Usage: create-admin --email", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAPasswordNothingHappens()
    {
        var (code, _, error) = await RunAsync(["--email", "nopass@sesterce.example"]);

        Assert.Equal(1, code);
        Assert.Contains("No password given", error, StringComparison.Ordinal);
    }
}
