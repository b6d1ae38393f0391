using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Sesterce.Tracker.Web.Tests;

/// <summary>
/// The real app in process, on its own SQLite file in a temporary folder, with the clock fixed on
/// <see cref="Today"/>. Migrations and seeding run as in production. Clients from
/// <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> are signed in as an admin through
/// <see cref="TestAuthentication"/>; <see cref="CreateClientAs"/> picks another role or none.
/// </summary>
public sealed class TrackerWebFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Today = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-web-tests-").FullName;

    public FakeTimeProvider Clock { get; } = new(Today);

    /// <summary>Every log event the app wrote.</summary>
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Tracker", $"Data Source={Path.Combine(_folder, "tracker.db")}");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_folder, "logs", "tracker-.log"));
        // Test clients all share one address and sign in many times a minute; SecurityHeadersTests lowers it again.
        builder.UseSetting(Sesterce.Tracker.Web.Hosting.SignInRateLimit.PermitsSetting, "10000");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.ConfigureTestServices(services =>
        {
            services.AddTestAuthentication();
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
        });
    }

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(TestAuthentication.Header, Core.Identity.TrackerRoles.Admin);
    }

    /// <summary>A client signed in with the role (Viewer, Executive, Admin), or anonymous for null. Redirects are not followed.</summary>
    public HttpClient CreateClientAs(string? role, bool followRedirects = false)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });
        client.DefaultRequestHeaders.Remove(TestAuthentication.Header);
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthentication.Header, role);
        }

        return client;
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
                // A log file can still be held open by the logger's background flush; the OS temp cleaner takes it.
            }
        }
    }
}
