using System.Net;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Hosting;

namespace Sesterce.Tracker.Web.Tests.Security;

/// <summary>The browser-side defences on every response, the sign-in rate limit and antiforgery on the sign-in form.</summary>
public class SecurityHeadersTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.TryGetValues(header, out var content) ? content : []);

    [Theory]
    [InlineData("/", TrackerRoles.Viewer)]
    [InlineData("/api/campuses", TrackerRoles.Viewer)]
    [InlineData("/account/sign-in", null)]
    [InlineData("/health", null)]
    [InlineData("/no-such-page", TrackerRoles.Viewer)]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path, string? role)
    {
        using var client = factory.CreateClientAs(role);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var policy = Single(response, SecurityHeaders.ContentSecurityPolicy);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Single(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task TheImportMapCarriesThisResponsesNonceAndNoOtherInlineScriptRuns()
    {
        using var client = factory.CreateClientAs(TrackerRoles.Admin);

        using var first = await client.GetAsync(new Uri("/campuses/alixan/executive", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/campuses/alixan/executive", UriKind.Relative));

        var nonce = System.Text.RegularExpressions.Regex.Match(Single(first, SecurityHeaders.ContentSecurityPolicy), "'nonce-(?<n>[^']+)'").Groups["n"].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain(nonce, Single(second, SecurityHeaders.ContentSecurityPolicy), StringComparison.Ordinal);
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" onclick=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiReferenceHasItsOwnPolicyThatStillForbidsFraming()
    {
        using var client = factory.CreateClientAs(TrackerRoles.Viewer);

        using var response = await client.GetAsync(new Uri("/api/docs/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Single(response, SecurityHeaders.ContentSecurityPolicy);
        Assert.Equal(SecurityHeaders.ApiReferencePolicy, policy);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignInPostWithoutItsAntiforgeryTokenIsRefused()
    {
        using var client = factory.CreateClientAs(null);
        var hidden = await client.HiddenFieldsAsync("/account/sign-in");
        hidden.Remove("__RequestVerificationToken");

        using var response = await client.PostFormAsync("/account/sign-in", hidden, ("Input.Email", "admin@sesterce.example"), ("Input.Password", TestUsers.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignInPostsBeyondTheLimitAreRefusedWith429AndAClearMessage()
    {
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting(SignInRateLimit.PermitsSetting, "3"));
        using var client = limited.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove(TestAuthentication.Header);
        var hidden = await client.HiddenFieldsAsync("/account/sign-in");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await client.PostFormAsync("/account/sign-in", hidden, ("Input.Email", "nobody@sesterce.example"), ("Input.Password", $"guess-number-{attempt}"));
            statuses.Add(allowed.StatusCode);
        }

        using var refused = await client.PostFormAsync("/account/sign-in", hidden, ("Input.Email", "nobody@sesterce.example"), ("Input.Password", "guess-number-4"));
        using var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(SignInRateLimit.RefusalMessage, await refused.Content.ReadAsStringAsync());
        Assert.Equal("60", Single(refused, "Retry-After"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
