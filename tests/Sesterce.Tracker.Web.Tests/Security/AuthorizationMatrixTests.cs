using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Security;

/// <summary>
/// Every page and endpoint, asked by nobody, a viewer, an executive and an admin. "sign-in" is a
/// redirect to the sign-in page, "denied" one to the access-denied page; the API answers 401 and
/// 403 as problem details instead. Adding a route means adding its row here.
/// </summary>
public class AuthorizationMatrixTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IAsyncLifetime
{
    private const string Anonymous = "anonymous";

    // Path, then what anonymous, viewer, executive and admin get.
    private static readonly (string Path, string Anonymous, string Viewer, string Executive, string Admin)[] Matrix =
    [
        // Pages.
        ("/", "sign-in", "200", "200", "200"),
        ("/campuses/alixan", "sign-in", "200", "200", "200"),
        ("/campuses/alixan/timeline", "sign-in", "200", "200", "200"),
        ("/timeline", "sign-in", "200", "200", "200"),
        ("/campuses/alixan/milestones/1", "sign-in", "200", "200", "200"),
        ("/campuses/alixan/figures/power", "sign-in", "200", "200", "200"),
        ("/campuses/alixan/figures/investment", "sign-in", "200", "200", "200"),
        ("/campuses/alixan/executive", "sign-in", "denied", "200", "200"),
        ("/campuses/alixan/risks", "sign-in", "200", "200", "200"),
        ("/admin/users", "sign-in", "denied", "denied", "200"),
        ("/admin", "sign-in", "denied", "denied", "200"),
        ("/admin/campuses/alixan", "sign-in", "denied", "denied", "200"),
        ("/admin/sources", "sign-in", "denied", "denied", "200"),
        ("/admin/benchmarks", "sign-in", "denied", "denied", "200"),
        ("/admin/audit", "sign-in", "denied", "denied", "200"),
        ("/admin/transfer", "sign-in", "denied", "denied", "200"),
        ("/account/sign-in", "200", "200", "200", "200"),
        ("/account/access-denied", "200", "200", "200", "200"),
        ("/account/sessions", "sign-in", "200", "200", "200"),
        ("/account/sign-in/two-factor", "200", "200", "200", "200"),
        // Test principals have no stored user: the account page sends them to sign in as a real user.
        ("/account", "sign-in", "redirect", "redirect", "redirect"),
        ("/account/password", "sign-in", "200", "200", "200"),
        ("/setup", "redirect", "redirect", "redirect", "redirect"),
        ("/not-found", "200", "200", "200", "200"),
        // The API and its reference.
        ("/api/campuses", "401", "200", "200", "200"),
        ("/api/campuses/alixan", "401", "200", "200", "200"),
        ("/api/campuses/alixan/figures", "401", "200", "200", "200"),
        ("/api/campuses/alixan/figures/power/revisions", "401", "200", "200", "200"),
        ("/api/campuses/alixan/figures/jobs/revisions", "401", "200", "200", "200"),
        ("/api/campuses/alixan/figures/investment/revisions", "401", "403", "200", "200"),
        // Keys are case-sensitive: another spelling is no figure, for every role.
        ("/api/campuses/alixan/figures/INVESTMENT/revisions", "401", "404", "404", "404"),
        ("/api/campuses/alixan/milestones", "401", "200", "200", "200"),
        ("/api/campuses/alixan/milestones.ics", "401", "200", "200", "200"),
        ("/api/campuses/alixan/risks", "401", "200", "200", "200"),
        ("/api/sources/1", "401", "200", "200", "200"),
        ("/api/campuses/alixan/figures/power/revisions.csv", "401", "403", "200", "200"),
        ("/api/campuses/alixan/figures/investment/revisions.xlsx", "401", "403", "200", "200"),
        ("/api/campuses/alixan/milestones.csv", "401", "403", "200", "200"),
        ("/api/campuses/alixan/milestones.xlsx", "401", "403", "200", "200"),
        ("/api/campuses/alixan/risks.csv", "401", "403", "200", "200"),
        ("/api/campuses/alixan/risks.xlsx", "401", "403", "200", "200"),
        ("/api/campuses/alixan/export.json", "401", "403", "200", "200"),
        ("/api/audit.csv", "401", "403", "403", "200"),
        ("/api/no/such/path", "401", "404", "404", "404"),
        ("/openapi/v1.json", "401", "200", "200", "200"),
        ("/api/docs/", "sign-in", "200", "200", "200"),
        // The calendar apps' feed: the token in the address is the only credential, so a bad one is 404 whoever asks.
        ("/calendar/not-a-token/alixan.ics", "404", "404", "404", "404"),
        ("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/alixan.ics", "404", "404", "404", "404"),
        // Open to everyone.
        ("/health", "200", "200", "200", "200"),
        ("/ping", "200", "200", "200", "200"),
        ("/culture/set?culture=en&redirectUri=%2F", "redirect", "redirect", "redirect", "redirect"),
        ("/app.css", "200", "200", "200", "200"),
        ("/favicon.svg", "200", "200", "200", "200"),
        ("/favicon.ico", "200", "200", "200", "200"),
        ("/_framework/blazor.web.js", "200", "200", "200", "200"),
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in Matrix)
        {
            data.Add(row.Path, Anonymous, row.Anonymous);
            data.Add(row.Path, TrackerRoles.Viewer, row.Viewer);
            data.Add(row.Path, TrackerRoles.Executive, row.Executive);
            data.Add(row.Path, TrackerRoles.Admin, row.Admin);
        }

        return data;
    }

    public Task InitializeAsync() => factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachCallerGetsWhatTheirRoleAllows(string path, string caller, string expected)
    {
        using var client = factory.CreateClientAs(caller == Anonymous ? null : caller);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var location = response.Headers.Location?.OriginalString ?? "";
        switch (expected)
        {
            case "sign-in":
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("http://localhost/account/sign-in?returnUrl=", location, StringComparison.Ordinal);
                break;
            case "denied":
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("http://localhost/account/access-denied", location, StringComparison.Ordinal);
                break;
            case "redirect":
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.DoesNotContain("access-denied", location, StringComparison.Ordinal);
                break;
            default:
                Assert.Equal((HttpStatusCode)int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), response.StatusCode);
                if (expected is "401" or "403")
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }

                break;
        }
    }

    // Endpoints that take a JSON body: path, body, then what anonymous, viewer, executive and admin get.
    private static readonly (string Path, string Body, string Anonymous, string Viewer, string Executive, string Admin)[] PostMatrix =
    [
        ("/api/intake/extract", """{"text":"Sesterce investit 80 MW.","publishedOn":"2025-11-24","language":"fr"}""", "401", "403", "403", "200"),
    ];

    public static TheoryData<string, string, string, string> PostCases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in PostMatrix)
        {
            data.Add(row.Path, row.Body, Anonymous, row.Anonymous);
            data.Add(row.Path, row.Body, TrackerRoles.Viewer, row.Viewer);
            data.Add(row.Path, row.Body, TrackerRoles.Executive, row.Executive);
            data.Add(row.Path, row.Body, TrackerRoles.Admin, row.Admin);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PostCases))]
    public async Task EachCallerPostingGetsWhatTheirRoleAllows(string path, string body, string caller, string expected)
    {
        using var client = factory.CreateClientAs(caller == Anonymous ? null : caller);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);

        Assert.Equal((HttpStatusCode)int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), response.StatusCode);
        if (expected is "401" or "403")
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task EveryPermissionIsAPolicyRequiringExactlyItsRolesAndSignInIsTheFallback()
    {
        var policies = factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();

        foreach (var permission in Enum.GetValues<TrackerPermission>())
        {
            var policy = await policies.GetPolicyAsync(permission.ToString());
            Assert.NotNull(policy);
            var roles = Assert.Single(policy.Requirements.OfType<RolesAuthorizationRequirement>());
            Assert.Equal(TrackerPermissions.RolesHolding(permission), roles.AllowedRoles);
        }

        var fallback = await policies.GetFallbackPolicyAsync();
        Assert.NotNull(fallback);
        Assert.Contains(fallback.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
    }

    [Fact]
    public async Task SigningOutNeedsAPostWithAnAntiforgeryToken()
    {
        using var client = factory.CreateClientAs(TrackerRoles.Viewer);

        using var get = await client.GetAsync(new Uri("/account/sign-out", UriKind.Relative));
        using var post = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.NotEqual(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }
}
