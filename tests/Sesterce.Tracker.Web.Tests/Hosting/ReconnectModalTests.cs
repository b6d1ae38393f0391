using System.Net;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Hosting;

/// <summary>The dialog shown when the connection drops speaks the page's language and counts no seconds.</summary>
public class ReconnectModalTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("en", "Connection lost", "Try again")]
    [InlineData("fr", "Connexion perdue", "Réessayer")]
    public async Task TheReconnectDialogIsLocalizedAndHasNoCountdown(string culture, string title, string retry)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Add("Cookie", $".AspNetCore.Culture=c%3D{culture}%7Cuic%3D{culture}");

        using var response = await factory.CreateClientAs(null).SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var start = html.IndexOf("<dialog id=\"components-reconnect-modal\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no reconnect dialog in the page ({(int)response.StatusCode})");
        var dialog = html[start..];
        dialog = dialog[..(dialog.IndexOf("</dialog>", StringComparison.Ordinal) + 9)];
        Assert.Contains(title, dialog, StringComparison.Ordinal);
        Assert.Contains(retry, dialog, StringComparison.Ordinal);
        Assert.DoesNotContain("seconds", dialog, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Rejoin", dialog, StringComparison.Ordinal);
    }
}
