using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Security;

/// <summary>No copy of tracker data in any cache; static files keep theirs; HSTS for a year outside Development.</summary>
public sealed class CachingHeadersTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/", TrackerRoles.Viewer)]
    [InlineData("/campuses/alixan", TrackerRoles.Viewer)]
    [InlineData("/campuses/alixan/milestones/1", TrackerRoles.Executive)]
    [InlineData("/timeline", TrackerRoles.Viewer)]
    [InlineData("/api/campuses", TrackerRoles.Viewer)]
    [InlineData("/api/campuses/alixan/figures", TrackerRoles.Viewer)]
    [InlineData("/api/campuses/alixan/milestones.ics", TrackerRoles.Viewer)]
    [InlineData("/api/campuses/alixan/milestones.csv", TrackerRoles.Executive)]
    [InlineData("/api/campuses/alixan/milestones.xlsx", TrackerRoles.Executive)]
    [InlineData("/api/campuses/alixan/export.json", TrackerRoles.Admin)]
    [InlineData("/api/audit.csv", TrackerRoles.Admin)]
    [InlineData("/api/sources/1", TrackerRoles.Viewer)]
    [InlineData("/account/sign-in", null)]
    public async Task EveryDynamicResponseForbidsCaching(string path, string? role)
    {
        using var client = factory.CreateClientAs(role);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
        Assert.Contains("no-cache", response.Headers.Pragma.Select(p => p.Name));
    }

    [Theory]
    [InlineData("/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    public async Task StaticFilesKeepTheirOwnCaching(string path)
    {
        using var client = factory.CreateClientAs(null);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.CacheControl);
        Assert.False(response.Headers.CacheControl.NoStore);
        Assert.Empty(response.Headers.Pragma);
    }

    [Fact]
    public void HstsLastsAYearAndCoversSubdomains()
    {
        var options = factory.Services.GetRequiredService<IOptions<HstsOptions>>().Value;

        Assert.Equal(TimeSpan.FromDays(365), options.MaxAge);
        Assert.True(options.IncludeSubDomains);
    }

    [Fact]
    public async Task OutsideDevelopmentAnHttpsResponseCarriesHstsForAYearWithSubdomains()
    {
        using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var client = production.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://tracker.example/"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task InDevelopmentThereIsNoHsts()
    {
        using var client = factory.CreateClientAs(null);

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
