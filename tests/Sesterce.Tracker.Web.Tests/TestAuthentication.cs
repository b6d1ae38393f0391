using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Sesterce.Tracker.Web.Tests;

/// <summary>
/// Test-only sign-in: a request carrying <c>X-Test-User: Viewer</c> (or Executive, Admin) is signed
/// in with that role, without a user in the database. Requests without the header go through the
/// app's real cookie, so real sign-in tests are unaffected, and challenges and refusals always take
/// the real cookie's path (redirects for pages, 401/403 for the API).
/// </summary>
public static class TestAuthentication
{
    public const string Header = "X-Test-User";
    public const string Scheme = "Test";
    private const string Selector = "TestOrCookie";

    public static void AddTestAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, HeaderHandler>(Scheme, _ => { })
            .AddPolicyScheme(Selector, Selector, options =>
            {
                options.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(Header) ? Scheme : IdentityConstants.ApplicationScheme;
                options.ForwardChallenge = IdentityConstants.ApplicationScheme;
                options.ForwardForbid = IdentityConstants.ApplicationScheme;
            });
        services.PostConfigure<AuthenticationOptions>(options =>
        {
            options.DefaultScheme = Selector;
            options.DefaultAuthenticateScheme = Selector;
        });
    }

    /// <summary>The principal the header stands for; its id is <c>test-{role}</c>.</summary>
    public static ClaimsPrincipal Principal(string role) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, $"test-{role.ToLowerInvariant()}"),
            new Claim(ClaimTypes.Name, $"{role.ToLowerInvariant()}@test.example"),
            new Claim(ClaimTypes.Role, role),
        ],
        Scheme));

    private sealed class HeaderHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var role = Request.Headers[Header].ToString();
            return Task.FromResult(string.IsNullOrEmpty(role)
                ? AuthenticateResult.NoResult()
                : AuthenticateResult.Success(new AuthenticationTicket(Principal(role), TestAuthentication.Scheme)));
        }
    }
}
