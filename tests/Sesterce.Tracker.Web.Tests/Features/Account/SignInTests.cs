using System.Net;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Features.Account;

/// <summary>The real sign-in form and cookie, through HTTP as a browser uses them (throttling: <see cref="SignInAbuseTests"/>).</summary>
public class SignInTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IAsyncLifetime
{
    private const string SignIn = "/account/sign-in";
    private const string WrongCredentials = "The email address or the password is wrong.";

    public Task InitializeAsync() => factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(HttpClient Client, HttpResponseMessage Response)> SignInAsync(string email, string password, string path = SignIn)
    {
        var client = factory.CreateClientAs(null);
        var hidden = await client.HiddenFieldsAsync(path);
        var response = await client.PostFormAsync(path, hidden, ("Input.Email", email), ("Input.Password", password));
        return (client, response);
    }

    [Fact]
    public async Task TheRightPasswordSignsInAndTheCookieOpensTheDashboard()
    {
        await factory.CreateAsync("viewer.ok@sesterce.example", TrackerRoles.Viewer);

        var (client, response) = await SignInAsync("viewer.ok@sesterce.example", TestUsers.Password, $"{SignIn}?returnUrl=%2Ftimeline");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/timeline", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        using var dashboard = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("viewer.ok", await dashboard.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownEmailGetTheSameGenericMessage()
    {
        await factory.CreateAsync("viewer.wrong@sesterce.example", TrackerRoles.Viewer);

        var (_, wrong) = await SignInAsync("viewer.wrong@sesterce.example", "not-the-password");
        var (_, unknown) = await SignInAsync("nobody@sesterce.example", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains(WrongCredentials, await wrong.TextAsync(), StringComparison.Ordinal);
        Assert.Contains(WrongCredentials, await unknown.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(wrong.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADisabledUserIsRefusedWithTheGenericAnswerEvenWithTheRightPassword()
    {
        await factory.CreateAsync("viewer.disabled@sesterce.example", TrackerRoles.Viewer, disabled: true);

        var (_, right) = await SignInAsync("viewer.disabled@sesterce.example", TestUsers.Password);
        var (_, wrong) = await SignInAsync("viewer.disabled@sesterce.example", "not-the-password");

        Assert.Contains(WrongCredentials, await right.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.Contains(WrongCredentials, await wrong.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADisabledUsersCookieStopsWorkingWithinAMinute()
    {
        await factory.CreateAsync("viewer.later@sesterce.example", TrackerRoles.Viewer);
        var (client, _) = await SignInAsync("viewer.later@sesterce.example", TestUsers.Password);
        using (var before = await client.GetAsync(new Uri("/timeline", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await factory.UpdateAsync("viewer.later@sesterce.example", user => user.IsDisabled = true);
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        using var after = await client.GetAsync(new Uri("/timeline", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        await factory.CreateAsync("viewer.out@sesterce.example", TrackerRoles.Viewer);
        var (client, _) = await SignInAsync("viewer.out@sesterce.example", TestUsers.Password);
        // A token issued to the signed-in user, as the app bar's form carries it.
        var hidden = await client.HiddenFieldsAsync(SignIn);

        using var signOut = await client.PostFormAsync("/account/sign-out", new Dictionary<string, string> { ["__RequestVerificationToken"] = hidden["__RequestVerificationToken"] }, ("returnUrl", "/timeline"));
        using var after = await client.GetAsync(new Uri("/timeline", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Ftimeline", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task EverySignInIsLoggedWithItsOutcomeAndNeverThePassword()
    {
        await factory.CreateAsync("viewer.logged@sesterce.example", TrackerRoles.Viewer);

        await SignInAsync("viewer.logged@sesterce.example", "a-wrong-secret-guess");
        await SignInAsync("viewer.logged@sesterce.example", TestUsers.Password);

        var events = factory.Logs.From("Sesterce.Tracker.Web.Features.Account.SignInService")
            .Where(e => LogCapture.Scalar(e, "Email") == "viewer.logged@sesterce.example")
            .ToList();
        Assert.Equal(["Failed", "SignedIn"], events.Select(e => LogCapture.Scalar(e, "Outcome")));
        Assert.Equal(Serilog.Events.LogEventLevel.Warning, events[0].Level);
        var everything = string.Join("\n", factory.Logs.Events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + string.Join(",", e.Properties.Values)));
        Assert.DoesNotContain("a-wrong-secret-guess", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(TestUsers.Password, everything, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task SignInNeverRedirectsOffSite(string returnUrl)
    {
        await factory.CreateAsync($"viewer.{returnUrl.Length}@sesterce.example", TrackerRoles.Viewer);

        var (_, response) = await SignInAsync($"viewer.{returnUrl.Length}@sesterce.example", TestUsers.Password, $"{SignIn}?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal("http://localhost/", response.Headers.Location?.OriginalString);
    }
}
