using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Web.Hosting;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddInMemoryCollection(TrackerPaths.AbsoluteLogPaths(builder.Configuration, builder.Environment.ContentRootPath));
// Each host keeps its own logger rather than the static Log.Logger, so hosts side by side in one
// process (the tests) do not write to whichever logger was built last.
builder.Services.AddSerilog(
    (services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext(),
    preserveStaticLogger: true);

builder.Services.AddTrackerCore((services, options) =>
{
    var environment = services.GetRequiredService<IWebHostEnvironment>();
    options.UseSqlite(TrackerPaths.ConnectionString(services.GetRequiredService<IConfiguration>(), environment.ContentRootPath));
});
builder.Services.AddTrackerWeb();

var app = builder.Build();

if (AdminCommand.IsRequested(args))
{
    // A maintenance command: it migrates the store, writes the admin and exits without serving.
    return await AdminCommand.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error, Environment.GetEnvironmentVariable);
}

if (BackupCommand.IsRequested(args))
{
    // Maintenance commands: they copy the store to a file or back and exit without serving (or migrating).
    return await BackupCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

if (TransferCommand.IsRequested(args))
{
    // Maintenance commands: they write one campus to a file or read one in, and exit without serving.
    return await TransferCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

if (app.Configuration.GetValue("Database:ApplyMigrationsOnStartup", true))
{
    await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

app.UseTrackerPipeline();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
