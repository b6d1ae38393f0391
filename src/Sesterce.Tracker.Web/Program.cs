using Microsoft.EntityFrameworkCore;
using Serilog;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Web.Hosting;
using Sesterce.Tracker.Web.Hosting.Commands;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddInMemoryCollection(TrackerPaths.AbsoluteLogPaths(builder.Configuration, builder.Environment.ContentRootPath));
// Each host keeps its own logger rather than the static Log.Logger, so hosts side by side in one
// process (the tests) do not write to whichever logger was built last.
builder.Services.AddSerilog(
    (services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        // Creating the first key, data protection warns that without a certificate it is stored
        // unencrypted; that is always so on Linux, where the key folder's file permissions protect it,
        // and the warning on a newcomer's first start reads as a fault. Errors still show. How to
        // encrypt the keys in production: docs/security.md, "Data Protection keys".
        .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", Serilog.Events.LogEventLevel.Error)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext(),
    preserveStaticLogger: true);

builder.Services.AddTrackerCore((services, options) =>
{
    var environment = services.GetRequiredService<IWebHostEnvironment>();
    options.UseSqlite(TrackerPaths.ConnectionString(services.GetRequiredService<IConfiguration>(), environment.ContentRootPath));
});
builder.Services.AddTrackerWeb();
builder.Services.AddTrackerDataProtection(builder.Configuration);

var app = builder.Build();

if (TrackerCommands.Find(args) is { } command)
{
    // A maintenance command (create-admin, backup, restore, export, import) uses the store and exits
    // without serving; each one prepares the store as far as it needs, so start-up migration is skipped.
    return await command.RunAsync(app.Services, args, CommandConsole.Process);
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
