using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Serilog;
using Sesterce.Tracker.Web.Components;
using Sesterce.Tracker.Web.Features.Account;
using Sesterce.Tracker.Web.Features.Admin;
using Sesterce.Tracker.Web.Features.Api;
using Sesterce.Tracker.Web.Features.Calendar;
using Sesterce.Tracker.Web.Features.Culture;
using Sesterce.Tracker.Web.Features.Health;
using Sesterce.Tracker.Web.Formatting;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Hosting;

public static class WebServiceCollectionExtensions
{
    public static readonly string[] SupportedCultures = ["en", "fr"];

    public static IServiceCollection AddTrackerWeb(this IServiceCollection services)
    {
        services.AddRazorComponents()
            .AddInteractiveServerComponents(options =>
            {
                // A disconnected circuit keeps its state in server memory; a few dozen covers a small
                // team's dropped connections without letting abandoned tabs pile up.
                options.DisconnectedCircuitMaxRetained = 50;
                // Long enough for a laptop lid or a train tunnel, short enough to free memory soon.
                options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3);
                // The app's JavaScript calls (popovers, charts, scrolling) answer in milliseconds; a
                // call still pending after this is a stuck client, and its circuit should not wait longer.
                options.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
                // A slow or stalled client stops the server rendering for it after this many batches
                // instead of queueing them in memory.
                options.MaxBufferedUnacknowledgedRenderBatches = 10;
            })
            .AddHubOptions(options =>
            {
                // The largest thing a client sends is one form field's text (a quote at most a few
                // thousand characters); anything larger is refused before it is parsed.
                options.MaximumReceiveMessageSize = 32 * 1024;
                // One invocation at a time per client: a client cannot make the server work in parallel for it.
                options.MaximumParallelInvocationsPerClient = 1;
                // How long the server waits for a silent client before it drops the connection.
                options.ClientTimeoutInterval = TimeSpan.FromSeconds(30);
                options.HandshakeTimeout = TimeSpan.FromSeconds(15);
            });
        // Outside Development a circuit's exceptions stay in the server log; a browser never sees a stack trace.
        services.AddOptions<Microsoft.AspNetCore.Components.Server.CircuitOptions>()
            .Configure<IWebHostEnvironment>((options, environment) => options.DetailedErrors = environment.IsDevelopment());
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
        });
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddScoped<DisplayFormatter>();
        services.AddScoped<TrackerNavigation>();
        services.AddScoped<Sesterce.Tracker.Web.Components.Drafts.IDraftStore, Sesterce.Tracker.Web.Components.Drafts.BrowserDraftStore>();
        services.AddProblemDetails();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Sesterce Campus Tracker API";
            document.Info.Description = "Read-only access to campuses, their figures with every revision and source, and their milestones, as known on any date.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddTrackerAuthentication();
        services.AddTrackerForwardedHeaders();
        services.AddSignInRateLimit();
        services.AddCalendarFeedRateLimit();
        services.AddTrackerHsts();
        services.AddTrackerCircuitGuard();
        return services;
    }

    public static WebApplication UseTrackerPipeline(this WebApplication app)
    {
        // A bad request (a form post without its antiforgery token, say) is the client's fault: 400, not 500.
        static int StatusFor(Exception exception) => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        // Before anything reads the client's address or scheme; it trusts only the configured proxies.
        app.UseForwardedHeaders();
        // First after that, so every response (errors and status pages included) carries the headers.
        app.UseTrackerSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", CreateScopeForErrors = true, StatusCodeSelector = StatusFor });
            // Development runs on plain http://localhost; everywhere else browsers are held to HTTPS.
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        else
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor });
        }

        // Pages get a friendly not-found page; the API's own catch-all answers unknown paths with problem details.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseSerilogRequestLogging();
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(SupportedCultures[0])
                .AddSupportedCultures(SupportedCultures)
                .AddSupportedUICultures(SupportedCultures);
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        // Before authentication: a refused sign-in post costs no password hash.
        app.UseRateLimiter();
        app.UseAuthentication();
        // Between the two: it needs the user, and a foreign origin is refused whoever asks.
        app.UseTrackerCircuitGuard();
        // Right after authentication: a user who must change a reset password or enrol in two-factor sign-in does that first.
        app.UseAccountGate();
        app.UseAuthorization();
        app.UseAntiforgery();

        // Sign-in is required by default (the fallback policy); what follows says who may see each endpoint.
        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().RequireAuthorization();
        // The reference page is served from the package's embedded assets; nothing is fetched from outside.
        app.MapScalarApiReference(ApiReferencePage.Path, (options, context) => ApiReferencePage.Configure(options
            .WithDotNetFlag(false)
            .HideClientButton()
            .DisableAgent()
            .DisableTelemetry()
            .HideDeveloperTools()
            .DisableDefaultFonts(), context))
            .RequireAuthorization();
        app.MapAdminApi();
        app.MapTrackerApi();
        app.MapCalendarFeed();
        app.MapCultureEndpoints();
        app.MapTrackerHealth();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
