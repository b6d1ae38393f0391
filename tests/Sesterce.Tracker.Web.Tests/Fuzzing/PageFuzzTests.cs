using System.Net;
using CsCheck;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Fuzzing;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Fuzzing;

/// <summary>
/// Every campus page at the far ends of the calendar, and every redirect parameter fed hostile
/// addresses, as each role: never a 500, and a redirect never leaves the site.
/// </summary>
public sealed class PageFuzzTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly string[] Pages =
    [
        "/?asOf={asOf}",
        "/campuses/alixan?asOf={asOf}",
        "/campuses/alixan/timeline?asOf={asOf}",
        "/campuses/alixan/milestones/1?asOf={asOf}",
        "/campuses/alixan/milestones/2?asOf={asOf}",
        "/campuses/alixan/figures/power?asOf={asOf}",
        "/campuses/alixan/figures/investment?asOf={asOf}",
        "/campuses/alixan/executive?asOf={asOf}",
        "/campuses/alixan/risks?asOf={asOf}",
        "/timeline?asOf={asOf}",
    ];

    private static readonly string[] FarDates = ["0001-01-01", "0001-01-31", "9999-12-31", "9999-06-01", "9999-11-30", "garbage", "2026-13-45", "99999-01-01"];

    private static readonly string[] Roles = [TrackerRoles.Viewer, TrackerRoles.Executive, TrackerRoles.Admin];

    /// <summary>Values a browser reads as another site, or that a Location header cannot carry.</summary>
    public static readonly TheoryData<string> HostileRedirects = new()
    {
        "/\t/evil.example",
        "/\n/evil.example",
        "/\r\n/evil.example",
        "/\r\nSet-Cookie: a=b",
        "//evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "/x\\..\\\\evil.example",
        "https://evil.example/",
        "http:evil.example",
        "javascript:alert(1)",
        "/%09/evil.example",
        " /x",
        "/caf\u00e9",
        "\u0000",
        "",
    };

    public static TheoryData<string, string> PagesAtFarDates()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Pages)
        {
            foreach (var date in FarDates)
            {
                data.Add(page.Replace("{asOf}", Uri.EscapeDataString(date), StringComparison.Ordinal), date);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtFarDates))]
    public async Task EveryCampusPageAnswersAtTheEdgesOfTheCalendarAsEveryRole(string address, string date)
    {
        foreach (var role in Roles)
        {
            using var client = factory.CreateClientAs(role);

            using var response = await client.GetAsync(new Uri(address, UriKind.Relative));

            Assert.True((int)response.StatusCode < 500, $"{address} ({date}) as {role} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(HostileRedirects))]
    public async Task TheLanguageSwitchRedirectsOnlyWithinTheSite(string redirectUri)
    {
        foreach (var role in Roles.Append(null))
        {
            using var client = factory.CreateClientAs(role);

            using var response = await client.GetAsync(new Uri($"/culture/set?culture=fr&redirectUri={Uri.EscapeDataString(redirectUri)}", UriKind.Relative));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            AssertLocal(response);
        }
    }

    [Theory]
    [MemberData(nameof(HostileRedirects))]
    public async Task TheSignInPageNeverFailsOnItsReturnAddress(string returnUrl)
    {
        foreach (var role in Roles.Append(null))
        {
            using var client = factory.CreateClientAs(role);

            using var response = await client.GetAsync(new Uri($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative));

            Assert.True((int)response.StatusCode < 500, $"returnUrl {returnUrl} as {role} answered {(int)response.StatusCode}");
            if (response.Headers.Location is not null)
            {
                AssertLocal(response);
            }
        }
    }

    [Theory]
    [MemberData(nameof(HostileRedirects))]
    public async Task SigningInWithAHostileReturnAddressLandsOnThisSite(string returnUrl)
    {
        using var client = factory.CreateClientAs(null);
        var path = $"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var hidden = await client.HiddenFieldsAsync(path);

        using var response = await client.PostFormAsync(path, hidden, ("Input.Email", "admin@sesterce.example"), ("Input.Password", TestUsers.Password));

        Assert.True((int)response.StatusCode is >= 300 and < 400, $"returnUrl {returnUrl} answered {(int)response.StatusCode}");
        AssertLocal(response);
    }

    [Fact]
    public async Task NoGeneratedRedirectValueFailsOrLeavesTheSite()
    {
        using var viewer = factory.CreateClientAs(TrackerRoles.Viewer);
        var value = Gen.Frequency(
            (2, (IGen<string>)HostileInput.Text.Select(t => t ?? "")),
            (2, Gen.Char.Array[0, 12].Select(chars => "/" + new string(chars))),
            (1, Gen.OneOf("/", "//", "/\\", "/\t", "/%0d%0a", "/./", "/../..")));

        await value.SampleAsync(
            async redirect =>
            {
                var escaped = Uri.EscapeDataString(redirect.Length > 600 ? redirect[..600] : redirect);
                using var response = await viewer.GetAsync(new Uri($"/culture/set?culture=en&redirectUri={escaped}", UriKind.Relative));
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                AssertLocal(response);
            },
            iter: 150,
            threads: 1);
    }

    [Theory]
    [InlineData("/campuses/alixan?x=1", "/campuses/alixan?x=1")]
    [InlineData("/", "/")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("//evil.example", "/")]
    public void ALocalPathIsKeptAndAnythingElseGoesHome(string value, string expected) =>
        Assert.Equal(expected, Web.Navigation.LocalRedirect.OrHome(value));

    private static void AssertLocal(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        Assert.NotNull(location);
        // Blazor's static rendering redirects to an absolute address on the request's own host.
        var text = location.OriginalString;
        if (location.IsAbsoluteUri)
        {
            Assert.Equal("localhost", location.Host);
            text = location.PathAndQuery;
        }

        Assert.StartsWith("/", text, StringComparison.Ordinal);
        Assert.False(text.Length > 1 && (text[1] == '/' || text[1] == '\\'), $"redirected to {text}");
        Assert.DoesNotContain(text, c => c < 0x20 || c == '\\');
    }
}
