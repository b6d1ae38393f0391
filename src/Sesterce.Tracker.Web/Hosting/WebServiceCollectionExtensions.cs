using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Sesterce.Tracker.Web.Components;
using Sesterce.Tracker.Web.Components.Layout;
using Sesterce.Tracker.Web.Features.Account;
using Sesterce.Tracker.Web.Features.Admin;
using Sesterce.Tracker.Web.Features.Api;
using Sesterce.Tracker.Web.Features.Culture;
using Sesterce.Tracker.Web.Features.Health;
using Sesterce.Tracker.Web.Formatting;
using Serilog;

namespace Sesterce.Tracker.Web.Hosting;

public static class WebServiceCollectionExtensions
{
    public static readonly string[] SupportedCultures = ["en", "fr"];

    public static IServiceCollection AddTrackerWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
        });
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddScoped<DisplayFormatter>();
        services.AddScoped<TrackerNavigation>();
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
        return services;
    }

    public static WebApplication UseTrackerPipeline(this WebApplication app)
    {
        // A bad request (a form post without its antiforgery token, say) is the client's fault: 400, not 500.
        static int StatusFor(Exception exception) => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", CreateScopeForErrors = true, StatusCodeSelector = StatusFor });
            app.UseHsts();
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
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        // Sign-in is required by default (the fallback policy); what follows says who may see each endpoint.
        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().RequireAuthorization();
        // The reference page is served from the package's embedded assets; nothing is fetched from outside.
        app.MapScalarApiReference("/api/docs", options => options
            .WithTitle("Sesterce Campus Tracker API")
            .WithDotNetFlag(false)
            .HideClientButton()
            .DisableAgent()
            .DisableTelemetry()
            .HideDeveloperTools()
            .DisableDefaultFonts())
            .RequireAuthorization();
        app.MapAdminApi();
        app.MapTrackerApi();
        app.MapCultureEndpoints();
        app.MapTrackerHealth();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
