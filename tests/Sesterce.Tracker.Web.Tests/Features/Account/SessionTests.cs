using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Account;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Features.Account;

/// <summary>Server-side sessions through the real sign-in form and cookie, as a browser (or a thief with a copy of the cookie) uses them.</summary>
public class SessionTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IAsyncLifetime
{
    private const string SignIn = "/account/sign-in";
    private const string CookieName = ".AspNetCore.Identity.Application";
    private static readonly Uri Timeline = new("/timeline", UriKind.Relative);
    private static readonly Uri Campuses = new("/api/campuses", UriKind.Relative);

    public Task InitializeAsync() => factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(HttpClient Client, string Cookie)> SignInAsync(WebApplicationFactory<Program> app, string email, string? userAgent = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove(TestAuthentication.Header);
        if (userAgent is not null)
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }

        var hidden = await client.HiddenFieldsAsync(SignIn);
        using var response = await client.PostFormAsync(SignIn, hidden, ("Input.Email", email), ("Input.Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0]);
    }

    /// <summary>A second client that sends only the copied cookie, as a thief would.</summary>
    private HttpClient CopyOf(string cookie)
    {
        var thief = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Remove(TestAuthentication.Header);
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        return thief;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, Uri path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    private async Task<List<AuditEntry>> AccessEntriesAsync(string userName)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == AccessAudit.EntityType && a.UserName == userName).OrderBy(a => a.Id).ToListAsync();
    }

    private async Task<List<SessionView>> SessionsOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<TrackerUser>>().FindByEmailAsync(email);
        return [.. await factory.Services.GetRequiredService<SessionStore>().ListActiveAsync(user!.Id)];
    }

    private static async Task SignOutAsync(HttpClient client)
    {
        var hidden = await client.HiddenFieldsAsync(SignIn);
        using var signOut = await client.PostFormAsync("/account/sign-out", new Dictionary<string, string> { ["__RequestVerificationToken"] = hidden["__RequestVerificationToken"] });
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
    }

    [Fact]
    public async Task ACopiedCookieStopsWorkingOnceItsOwnerSignsOut()
    {
        await factory.CreateAsync("copied@sesterce.example", TrackerRoles.Viewer);
        var (client, cookie) = await SignInAsync(factory, "copied@sesterce.example");
        using var thief = CopyOf(cookie);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(thief, Timeline));

        await SignOutAsync(client);
        using var page = await thief.GetAsync(Timeline);
        using var api = await thief.GetAsync(Campuses);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        var events = (await AccessEntriesAsync("copied@sesterce.example")).Select(e => e.Action).ToList();
        Assert.Equal(["SignedIn", "SignedOut", "AccessDenied", "AccessDenied"], events);
        Assert.Empty(await SessionsOfAsync("copied@sesterce.example"));
    }

    [Fact]
    public async Task ASessionEndsAtItsAbsoluteLifetimeHoweverActiveItIs()
    {
        await factory.CreateAsync("busy@sesterce.example", TrackerRoles.Viewer);
        var (client, _) = await SignInAsync(factory, "busy@sesterce.example");

        // Active every few hours: the sliding expiry alone would keep the cookie alive for ever.
        factory.Clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, Timeline));
        factory.Clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, Timeline));
        factory.Clock.Advance(TimeSpan.FromMinutes(119));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, Timeline));
        factory.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(client, Timeline));
        var ended = (await AccessEntriesAsync("busy@sesterce.example")).Last();
        Assert.Equal("SessionEnded", ended.Action);
        Assert.EndsWith(": Expired", ended.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndingAllOtherSessionsKeepsTheCurrentOne()
    {
        var user = await factory.CreateAsync("many@sesterce.example", TrackerRoles.Executive);
        var (laptop, _) = await SignInAsync(factory, "many@sesterce.example", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/140.0");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var (phone, _) = await SignInAsync(factory, "many@sesterce.example", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile Safari/604.1");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var (tablet, _) = await SignInAsync(factory, "many@sesterce.example");
        var current = (await SessionsOfAsync("many@sesterce.example")).Single(s => s.UserAgent?.Contains("Firefox", StringComparison.Ordinal) == true);

        var ended = await factory.Services.GetRequiredService<SessionStore>().EndOthersAsync(new Caller(user.Id, "many", TrackerRoles.Executive), current.Id, "192.0.2.10");

        Assert.Equal(2, ended);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(laptop, Timeline));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(phone, Timeline));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(tablet, Timeline));
        Assert.Equal([current.Id], (await SessionsOfAsync("many@sesterce.example")).Select(s => s.Id));
        var entry = (await AccessEntriesAsync("many@sesterce.example")).First(e => e.Action == "SessionEnded");
        Assert.Equal("192.0.2.10", entry.ClientAddress);
        Assert.EndsWith("by many: EndedByUser", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdminEndsEverySessionOfAUserAndNobodyElseMay()
    {
        var user = await factory.CreateAsync("ended@sesterce.example", TrackerRoles.Viewer);
        var (first, _) = await SignInAsync(factory, "ended@sesterce.example");
        var (second, _) = await SignInAsync(factory, "ended@sesterce.example");
        var store = factory.Services.GetRequiredService<SessionStore>();

        var refused = await store.EndAllOfUserAsync(new Caller("someone", "someone", TrackerRoles.Executive), user.Id, null);
        Assert.Null(refused);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(first, Timeline));

        var ended = await store.EndAllOfUserAsync(new Caller("chief", "Chief", TrackerRoles.Admin), user.Id, "192.0.2.20");

        Assert.Equal(2, ended);
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(first, Timeline));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(second, Timeline));
        Assert.All((await AccessEntriesAsync("ended@sesterce.example")).Where(e => e.Action == "SessionEnded"), e => Assert.EndsWith("by Chief: EndedByAdmin", e.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADeniedRequestIsAuditedWithTheConnectionsAddressAndIgnoresAnUntrustedForwardedAddress()
    {
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter>(_ => new FromAddress("10.9.9.9"))));
        using var viewer = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        viewer.DefaultRequestHeaders.Remove(TestAuthentication.Header);
        viewer.DefaultRequestHeaders.Add(TestAuthentication.Header, TrackerRoles.Viewer);
        viewer.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await viewer.GetAsync(new Uri("/admin/users?untrusted", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var denied = (await AccessEntriesAsync("viewer@test.example")).Last(e => e.Action == "AccessDenied");
        Assert.Equal("GET /admin/users", denied.Summary);
        Assert.Equal("10.9.9.9", denied.ClientAddress);
    }

    [Fact]
    public async Task BehindAConfiguredProxyTheAuditRecordsTheForwardedAddressOfSignInAndSignOut()
    {
        await factory.CreateAsync("proxied@sesterce.example", TrackerRoles.Viewer);
        using var app = factory.WithWebHostBuilder(builder => builder
            .UseSetting("ForwardedHeaders:KnownProxies:0", "10.9.9.9")
            .ConfigureTestServices(services => services.AddTransient<IStartupFilter>(_ => new FromAddress("10.9.9.9"))));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove(TestAuthentication.Header);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var hidden = await client.HiddenFieldsAsync(SignIn);
        using (var signIn = await client.PostFormAsync(SignIn, hidden, ("Input.Email", "proxied@sesterce.example"), ("Input.Password", TestUsers.Password)))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        await SignOutAsync(client);

        var entries = await AccessEntriesAsync("proxied@sesterce.example");
        Assert.Equal(["SignedIn", "SignedOut"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("203.0.113.7", e.ClientAddress));
    }

    [Fact]
    public async Task OutsideDevelopmentTheCookiesAreHostOnlySecureAndStrict()
    {
        await factory.CreateAsync("production@sesterce.example", TrackerRoles.Viewer);
        using var app = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Remove(TestAuthentication.Header);

        using var form = await client.GetAsync(new Uri(SignIn, UriKind.Relative));
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Tracker.Antiforgery=", StringComparison.Ordinal));
        var hidden = await client.HiddenFieldsAsync(SignIn);
        using var signIn = await client.PostFormAsync(SignIn, hidden, ("Input.Email", "production@sesterce.example"), ("Input.Password", TestUsers.Password));

        var session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Tracker=", StringComparison.Ordinal));
        foreach (var cookie in new[] { antiforgery, session })
        {
            Assert.Contains("path=/;", cookie + ";", StringComparison.OrdinalIgnoreCase);
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, Timeline));
    }

    /// <summary>Gives every request the connection address <paramref name="address"/>, as a proxy in front of the app would have.</summary>
    private sealed class FromAddress(string address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return following(context);
            });
            next(app);
        };
    }
}
