using System.Globalization;
using Bunit.TestDoubles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Sesterce.Tracker.Web.Formatting;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Tests.Components;

/// <summary>
/// The shared bUnit setup: MudBlazor with loose JS interop, the app's localization and formatter,
/// a culture chosen per test (English unless the test says otherwise), and bUnit's authorization
/// (signed out unless the test signs someone in through <see cref="Authorization"/>).
/// </summary>
public abstract class TrackerComponentTest : BunitContext, IAsyncLifetime
{
    /// <summary>The edit dialogs' unsaved input, kept in memory instead of the browser's session storage.</summary>
    protected MemoryDraftStore Drafts { get; } = new();

    protected TrackerComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Services.AddScoped<DisplayFormatter>();
        Services.AddScoped<TrackerNavigation>();
        Services.AddSingleton<global::Sesterce.Tracker.Web.Components.Drafts.IDraftStore>(Drafts);
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Tracker:DefaultCampus"] = "alixan" })
            .Build());
        Services.AddLogging();
        Services.AddSingleton<Core.Identity.ICallerAccessor>(DefaultCaller);
        Services.AddSingleton<Microsoft.AspNetCore.Http.IHttpContextAccessor>(new Microsoft.AspNetCore.Http.HttpContextAccessor());
        Services.AddScoped<global::Sesterce.Tracker.Web.Hosting.ClientAddressAccessor>();
        Authorization = AddAuthorization();

        // Components render for an admin by default, who holds every permission policy; a test narrows it when it matters.
        Authorization.SetAuthorized("alice@example.test");
        Authorization.SetRoles(Core.Identity.TrackerRoles.Admin);
        Authorization.SetPolicies([.. Enum.GetNames<Core.Identity.TrackerPermission>()]);
        UseCulture("en");
    }

    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>Who the services think is calling: an admin, so every figure is visible.</summary>
    protected FixedCaller DefaultCaller { get; } = new();

    protected static void UseCulture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DisposeCoreAsync();
    }

    protected virtual Task DisposeCoreAsync() => Task.CompletedTask;
}
