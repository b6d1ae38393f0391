using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Hosting;

namespace Sesterce.Tracker.Web.Tests.Security;

/// <summary>The circuit endpoint refuses other sites' pages and a user's circuits past the limit.</summary>
public sealed class CircuitGuardTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private const string Negotiate = "/_blazor/negotiate?negotiateVersion=1";

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? origin)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request);
    }

    private static HttpClient ClientAs(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string role)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove(TestAuthentication.Header);
        client.DefaultRequestHeaders.Add(TestAuthentication.Header, role);
        return client;
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost.evil.example")]
    [InlineData("http://localhost:8080")]
    [InlineData("https://localhost")]
    [InlineData("null")]
    [InlineData("not an origin")]
    public async Task ANegotiationFromAnotherSitesPageIsRefusedAndLogged(string origin)
    {
        using var client = factory.CreateClientAs(TrackerRoles.Viewer);

        using var response = await SendAsync(client, HttpMethod.Post, Negotiate, origin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(factory.Logs.From(typeof(CircuitGuard).FullName!), e => LogCapture.Scalar(e, "Origin") == origin && LogCapture.Scalar(e, "Path") == "/_blazor/negotiate");
    }

    [Fact]
    public async Task AWebSocketOrLongPollingRequestFromAnotherSiteIsRefused()
    {
        using var client = factory.CreateClientAs(TrackerRoles.Viewer);

        using var connect = await SendAsync(client, HttpMethod.Get, "/_blazor?id=abc", "https://evil.example");
        using var poll = await SendAsync(client, HttpMethod.Post, "/_blazor?id=abc", "https://evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, connect.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData("HTTP://LOCALHOST:80")]
    [InlineData(null)]
    public async Task TheAppsOwnPagesAndNonBrowserClientsMayNegotiate(string? origin)
    {
        using var client = factory.CreateClientAs(TrackerRoles.Viewer);

        using var response = await SendAsync(client, HttpMethod.Post, Negotiate, origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnOriginConfiguredAsAllowedMayNegotiate()
    {
        using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting($"{CircuitGuard.AllowedOriginsSetting}:0", "https://tracker.example"));
        using var client = configured.CreateClient();

        using var allowed = await SendAsync(client, HttpMethod.Post, Negotiate, "https://tracker.example");
        using var other = await SendAsync(client, HttpMethod.Post, Negotiate, "https://other.example");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public void TheCounterCountsEachUsersConnectedCircuitsAndForgetsClosedOnes()
    {
        var counter = new CircuitCounter(new ConfigurationBuilder().AddInMemoryCollection([new(CircuitCounter.LimitSetting, "2")]).Build());

        counter.Opened("a");
        counter.Opened("a");
        counter.Opened("b");
        var fullAtTwo = counter.IsFull("a");
        counter.Closed("a");
        counter.Closed("b");
        counter.Closed("b");

        Assert.True(fullAtTwo);
        Assert.Equal(1, counter.Count("a"));
        Assert.False(counter.IsFull("a"));
        Assert.Equal(0, counter.Count("b"));
    }

    [Fact]
    public void WithoutConfigurationTheLimitIsTwentyAndNeverBelowOne()
    {
        var none = new CircuitCounter(new ConfigurationBuilder().Build());
        var zero = new CircuitCounter(new ConfigurationBuilder().AddInMemoryCollection([new(CircuitCounter.LimitSetting, "0")]).Build());

        Assert.Equal(20, none.Limit);
        Assert.Equal(1, zero.Limit);
    }

    [Fact]
    public async Task AtTheLimitANewCircuitIsRefusedWithProblemDetailsAndThePageSaysWhyInItsLanguage()
    {
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting(CircuitCounter.LimitSetting, "2"));
        using var viewer = ClientAs(limited, TrackerRoles.Viewer);
        using var executive = ClientAs(limited, TrackerRoles.Executive);
        var counter = limited.Services.GetRequiredService<CircuitCounter>();
        counter.Opened("test-viewer");
        using var underTheLimit = await SendAsync(viewer, HttpMethod.Post, Negotiate, null);
        var pageUnderTheLimit = await viewer.GetStringAsync(new Uri("/campuses/alixan", UriKind.Relative));
        counter.Opened("test-viewer");

        using var refused = await SendAsync(viewer, HttpMethod.Post, Negotiate, "http://localhost");
        using var someoneElse = await SendAsync(executive, HttpMethod.Post, Negotiate, "http://localhost");
        var page = await viewer.GetStringAsync(new Uri("/campuses/alixan", UriKind.Relative));
        var french = await viewer.GetStringAsync(new Uri("/campuses/alixan?culture=fr", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, underTheLimit.StatusCode);
        Assert.DoesNotContain("data-testid=\"circuit-limit\"", pageUnderTheLimit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(CircuitGuard.TooManyCircuitsTitle, problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, someoneElse.StatusCode);
        Assert.Contains("data-testid=\"circuit-limit\"", page, StringComparison.Ordinal);
        Assert.Contains("Too many open tabs", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("Trop d'onglets ouverts", WebUtility.HtmlDecode(french), StringComparison.Ordinal);
        Assert.Contains(factory.Logs.From(typeof(CircuitGuard).FullName!), e => LogCapture.Scalar(e, "UserId") == "test-viewer");
    }
}
