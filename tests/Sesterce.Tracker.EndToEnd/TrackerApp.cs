using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// The real app on a loopback port (Kestrel, not the test server), on a fresh SQLite file with the
/// seed data and real cookie sign-in. Only the clock is fixed, so countdowns and "today" lines are
/// the same on every run.
/// </summary>
public sealed class TrackerApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Today = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    public const string Password = "violet-harbour-lantern";

    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-e2e-").FullName;

    public FakeTimeProvider Clock { get; } = new(Today);

    /// <summary>The address the browser opens, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    public async Task StartAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        foreach (var user in TestAccount.All)
        {
            await CreateUserAsync(user);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Tracker", $"Data Source={Path.Combine(_folder, "tracker.db")}");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_folder, "logs", "tracker-.log"));
        // Every journey signs in from the same loopback address within a minute.
        builder.UseSetting(Web.Hosting.SignInRateLimit.PermitsSetting, "1000");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    private async Task CreateUserAsync(TestAccount account)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = new TrackerUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.Name };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, account.Role));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // The rolling log can still be open for a moment; the temp folder cleaner takes it.
            }
        }
    }
}
