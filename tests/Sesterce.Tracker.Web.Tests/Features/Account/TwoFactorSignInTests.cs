using System.Net;
using System.Text.RegularExpressions;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Features.Account;

/// <summary>Two-factor sign-in through the real forms: enrolment on the account page, the second step, recovery codes.</summary>
public partial class TwoFactorSignInTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task APasswordAloneIsNotEnoughAndTheAuthenticatorCodeCompletesTheSignIn()
    {
        await factory.CreateAsync("mfa.user@sesterce.example", TrackerRoles.Viewer);
        var key = await factory.EnableTwoFactorAsync("mfa.user@sesterce.example");

        var (client, first) = await factory.SignInAsync("mfa.user@sesterce.example", TestUsers.Password, $"{AccountTestSupport.SignIn}?returnUrl=%2Ftimeline");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("http://localhost/account/sign-in/two-factor?returnUrl=%2Ftimeline", first.Headers.Location?.OriginalString);
        Assert.False(first.SetsAuthCookie());
        using (var before = await client.GetAsync(new Uri("/timeline", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        }

        using var second = await client.PostCodeAsync(AccountTestSupport.Totp(key), $"{AccountTestSupport.TwoFactor}?returnUrl=%2Ftimeline");

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("http://localhost/timeline", second.Headers.Location?.OriginalString);
        using var after = await client.GetAsync(new Uri("/timeline", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task AWrongCodeGetsTheGenericAnswerAndNoCookie()
    {
        await factory.CreateAsync("mfa.wrong@sesterce.example", TrackerRoles.Viewer);
        var key = await factory.EnableTwoFactorAsync("mfa.wrong@sesterce.example");
        var (client, _) = await factory.SignInAsync("mfa.wrong@sesterce.example", TestUsers.Password);
        var wrong = AccountTestSupport.Totp(key) == "000000" ? "111111" : "000000";

        using var response = await client.PostCodeAsync(wrong);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The code is wrong", await response.TextAsync(), StringComparison.Ordinal);
        Assert.False(response.SetsAuthCookie());
        Assert.Equal(1, (await factory.FindAsync("mfa.wrong@sesterce.example")).AccessFailedCount);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnceAndNeverAgain()
    {
        await factory.CreateAsync("mfa.recovery@sesterce.example", TrackerRoles.Viewer);
        await factory.EnableTwoFactorAsync("mfa.recovery@sesterce.example");
        var codes = await factory.RecoveryCodesAsync("mfa.recovery@sesterce.example");

        var (client, _) = await factory.SignInAsync("mfa.recovery@sesterce.example", TestUsers.Password);
        using var first = await client.PostCodeAsync(codes[0].ToLowerInvariant());
        var (again, _) = await factory.SignInAsync("mfa.recovery@sesterce.example", TestUsers.Password);
        using var second = await again.PostCodeAsync(codes[0]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.True(first.SetsAuthCookie());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.SetsAuthCookie());
    }

    [Fact]
    public async Task TheSecondStepWithoutAPasswordStepGoesBackToSignIn()
    {
        var client = factory.CreateClientAs(null);

        using var response = await client.PostCodeAsync("123456");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUserEnrolsOnTheAccountPageWithAQrCodeAndGetsTenRecoveryCodesOnce()
    {
        await factory.CreateAsync("mfa.enrol@sesterce.example", TrackerRoles.Viewer);
        var (client, _) = await factory.SignInAsync("mfa.enrol@sesterce.example", TestUsers.Password);

        using var started = await client.PostPageFormAsync("/account", "two-factor-start");
        var page = await started.TextAsync();
        var key = KeyShown().Match(page).Groups["key"].Value;
        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", key);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        using var confirmed = await client.PostPageFormAsync("/account", "two-factor-verify", ("VerifyModel.Code", AccountTestSupport.Totp(key)));
        var done = await confirmed.TextAsync();
        using var later = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(10, RecoveryCode().Count(done));
        Assert.True((await factory.FindAsync("mfa.enrol@sesterce.example")).TwoFactorEnabled);
        Assert.Contains("10 unused recovery codes left", await later.TextAsync(), StringComparison.Ordinal);
        Assert.Empty(RecoveryCode().Matches(await later.TextAsync()));
    }

    [Fact]
    public async Task AnAdminRoleThatRequiresTwoFactorIsSentToEnrolBeforeAnythingElse()
    {
        using var strict = factory.WithWebHostBuilder(b => b.UseSetting("Security:RequireTwoFactorForRoles:0", TrackerRoles.Executive));
        // The derived host runs the class's factory's setup too: the same store and clock.
        await factory.CreateAsync("mfa.required@sesterce.example", TrackerRoles.Executive);
        var client = strict.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove(TestAuthentication.Header);
        var hidden = await client.HiddenFieldsAsync(AccountTestSupport.SignIn);
        using var signIn = await client.PostFormAsync(AccountTestSupport.SignIn, hidden, ("Input.Email", "mfa.required@sesterce.example"), ("Input.Password", TestUsers.Password));

        using var timeline = await client.GetAsync(new Uri("/timeline", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/campuses", UriKind.Relative));
        using var account = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, timeline.StatusCode);
        Assert.Equal("/account", timeline.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains("Your role requires two-factor sign-in", await account.TextAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("""data-testid="two-factor-key"[^>]*>(?<key>[^<]+)<""")]
    private static partial Regex KeyShown();

    [GeneratedRegex("<code>[A-Z0-9]{5}-[A-Z0-9]{5}</code>")]
    private static partial Regex RecoveryCode();
}
