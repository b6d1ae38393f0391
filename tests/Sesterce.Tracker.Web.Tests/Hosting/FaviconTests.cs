using System.Net;
using System.Text.RegularExpressions;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Hosting;

/// <summary>Every page names the app's icon, and the icon is served from the app itself.</summary>
public partial class FaviconTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    public async Task EveryPageLinksAnSvgIconAndAnIcoFallbackThatAreServed(string path)
    {
        var client = factory.CreateClientAs(path == "/" ? Core.Identity.TrackerRoles.Viewer : null);
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        var icons = IconLink().Matches(html).Select(m => m.Groups["href"].Value).ToList();
        Assert.Contains(icons, href => href.EndsWith(".svg", StringComparison.Ordinal));
        Assert.Contains(icons, href => href.EndsWith(".ico", StringComparison.Ordinal));
        foreach (var href in icons)
        {
            using var response = await client.GetAsync(new Uri("/" + href.TrimStart('/'), UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("image/", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<link rel=\"icon\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex IconLink();
}
