using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Features.Account;

/// <summary>
/// Enumeration safety and throttling. Equal timing is asserted by counting the password hashes each
/// answer computes (the work that dominates a sign-in), not by a stopwatch.
/// </summary>
public partial class SignInAbuseTests : IClassFixture<TrackerWebFactory>, IAsyncLifetime, IDisposable
{
    private readonly TrackerWebFactory _factory;
    private readonly WebApplicationFactory<Program> _counted;
    private readonly CountingHasher _hasher;

    public SignInAbuseTests(TrackerWebFactory factory)
    {
        _factory = factory;
        _hasher = new CountingHasher(Options.Create(new PasswordHasherOptions { IterationCount = PasswordPolicy.HashIterations }));
        _counted = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<TrackerUser>>(_hasher)));
    }

    public Task InitializeAsync() => _factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _counted.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<(HttpClient Client, HttpResponseMessage Response)> SignInAsync(string email, string password)
    {
        var client = _counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove(TestAuthentication.Header);
        var hidden = await client.HiddenFieldsAsync(AccountTestSupport.SignIn);
        var response = await client.PostFormAsync(AccountTestSupport.SignIn, hidden, ("Input.Email", email), ("Input.Password", password));
        return (client, response);
    }

    private async Task<(int Hashes, string Text)> CountedFailureAsync(string email, string password)
    {
        _hasher.Verifications = 0;
        var (_, response) = await SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (_hasher.Verifications, await response.TextAsync());
    }

    [Fact]
    public async Task UnknownWrongThrottledAndDisabledAccountsGetTheSameAnswerAfterTheSameHashingWork()
    {
        await _factory.CreateAsync("abuse.wrong@sesterce.example", TrackerRoles.Viewer);
        await _factory.CreateAsync("abuse.throttled@sesterce.example", TrackerRoles.Viewer);
        await _factory.CreateAsync("abuse.disabled@sesterce.example", TrackerRoles.Viewer, disabled: true);
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            await SignInAsync("abuse.throttled@sesterce.example", $"guess-{i}-not-it");
        }

        var answers = new[]
        {
            await CountedFailureAsync("abuse.nobody@sesterce.example", "some-guess-here"),
            await CountedFailureAsync("abuse.wrong@sesterce.example", "some-guess-here"),
            await CountedFailureAsync("abuse.throttled@sesterce.example", TestUsers.Password),
            await CountedFailureAsync("abuse.disabled@sesterce.example", TestUsers.Password),
        };

        Assert.All(answers, a => Assert.Equal(1, a.Hashes));
        Assert.All(answers, a => Assert.Contains(AccountTestSupport.Generic, a.Text, StringComparison.Ordinal));
        Assert.Equal(AccountTestSupport.Generic, Assert.Single(answers.Select(a => Message().Match(a.Text).Groups["text"].Value.Trim()).Distinct()));
    }

    [Fact]
    public async Task AfterThreeFailuresTheAccountWaitsADoublingDelayThenTheRightPasswordWorks()
    {
        await _factory.CreateAsync("abuse.delay@sesterce.example", TrackerRoles.Viewer);
        for (var i = 0; i < 4; i++)
        {
            await SignInAsync("abuse.delay@sesterce.example", $"guess-{i}-not-it");
            _factory.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        // Four failures: the fourth waits 2 s from the last; one second has passed.
        var (_, early) = await SignInAsync("abuse.delay@sesterce.example", TestUsers.Password);
        _factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var (_, onTime) = await SignInAsync("abuse.delay@sesterce.example", TestUsers.Password);

        Assert.False(early.SetsAuthCookie());
        Assert.Contains(AccountTestSupport.Generic, await early.TextAsync(), StringComparison.Ordinal);
        Assert.True(onTime.SetsAuthCookie());
        Assert.Equal(0, (await _factory.FindAsync("abuse.delay@sesterce.example")).AccessFailedCount);
    }

    [Fact]
    public async Task AnAttackersEndlessFailuresCannotKeepTheUserOutLongerThanTheCap()
    {
        await _factory.CreateAsync("abuse.target@sesterce.example", TrackerRoles.Viewer);

        // The attacker guesses each time the delay ends, until it reaches the cap...
        for (var i = 0; i < 16; i++)
        {
            _factory.Clock.Advance(SignInThrottle.Delay(i) + TimeSpan.FromSeconds(1));
            await SignInAsync("abuse.target@sesterce.example", $"guess-{i}-not-it");
        }

        var lastCounted = (await _factory.FindAsync("abuse.target@sesterce.example")).LastFailedSignInAt;
        // ...then keeps hammering (from anywhere): refused attempts are not counted and move nothing.
        for (var i = 0; i < 30; i++)
        {
            await SignInAsync("abuse.target@sesterce.example", $"hammer-{i}");
        }

        var stored = await _factory.FindAsync("abuse.target@sesterce.example");
        Assert.Equal(lastCounted, stored.LastFailedSignInAt);
        Assert.Equal(SignInThrottle.MaximumDelay, SignInThrottle.Delay(stored.AccessFailedCount));

        Assert.Equal(lastCounted, _factory.Clock.GetUtcNow());
        _factory.Clock.Advance(SignInThrottle.MaximumDelay - TimeSpan.FromSeconds(1));
        var (_, stillWaiting) = await SignInAsync("abuse.target@sesterce.example", TestUsers.Password);
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var (user, realUser) = await SignInAsync("abuse.target@sesterce.example", TestUsers.Password);

        Assert.False(stillWaiting.SetsAuthCookie());
        Assert.True(realUser.SetsAuthCookie());
        using var page = await user.GetAsync(new Uri("/timeline", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task ManyAttemptsOnOneNameAreCappedPerMinuteWithoutHashing()
    {
        for (var i = 0; i < 10; i++)
        {
            await SignInAsync("abuse.sprayed@sesterce.example", $"spray-{i}");
        }

        var (hashes, text) = await CountedFailureAsync("abuse.sprayed@sesterce.example", "one-more");

        Assert.Equal(0, hashes);
        Assert.Contains(AccountTestSupport.Generic, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFailureIsAuditedWithItsRealReason()
    {
        await _factory.CreateAsync("abuse.audited@sesterce.example", TrackerRoles.Viewer);

        await SignInAsync("abuse.audited@sesterce.example", "not-the-password");

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.TrackerDbContext>();
        var entry = Assert.Single(db.AuditEntries.Where(a => a.EntityType == "Access" && a.Action == "SignInFailed" && a.UserName == "abuse.audited@sesterce.example"));
        Assert.StartsWith("wrong password", entry.Summary, StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex("class=\"mud-alert-message\">(?<text>[^<]+)<")]
    private static partial System.Text.RegularExpressions.Regex Message();

    /// <summary>Identity's hasher, counting verifications: a sign-in answer's cost is one verification.</summary>
    private sealed class CountingHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<TrackerUser>
    {
        private readonly PasswordHasher<TrackerUser> _inner = new(options);
        private int _verifications;

        public int Verifications
        {
            get => Volatile.Read(ref _verifications);
            set => Volatile.Write(ref _verifications, value);
        }

        public string HashPassword(TrackerUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(TrackerUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
