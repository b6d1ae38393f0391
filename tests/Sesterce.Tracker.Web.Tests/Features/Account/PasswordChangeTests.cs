using System.Net;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Features.Account;

/// <summary>Password change on the account page, and the change forced after an admin's reset.</summary>
public class PasswordChangeTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IAsyncLifetime
{
    private const string NewPassword = "amber-meadow-compass";

    public Task InitializeAsync() => factory.EnsureAdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AfterAResetEveryPageLeadsToTheChangePageUntilTheUserChoosesTheirOwn()
    {
        await factory.CreateAsync("reset.user@sesterce.example", TrackerRoles.Viewer);
        await factory.UpdateAsync("reset.user@sesterce.example", u => u.MustChangePassword = true);
        var (client, signIn) = await factory.SignInAsync("reset.user@sesterce.example", TestUsers.Password);
        Assert.True(signIn.SetsAuthCookie());

        using var held = await client.GetAsync(new Uri("/timeline", UriKind.Relative));
        using var accountHeld = await client.GetAsync(new Uri("/account", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/campuses", UriKind.Relative));
        using var common = await client.PostPageFormAsync("/account/password", "change-password", ("Model.Current", TestUsers.Password), ("Model.New", "Password2026"), ("Model.Confirm", "Password2026"));
        using var changed = await client.PostPageFormAsync("/account/password", "change-password", ("Model.Current", TestUsers.Password), ("Model.New", NewPassword), ("Model.Confirm", NewPassword));
        using var free = await client.GetAsync(new Uri("/timeline", UriKind.Relative));

        Assert.Equal("/account/password", held.Headers.Location?.OriginalString);
        Assert.Equal("/account/password", accountHeld.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("one of the most common ones", await common.TextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
        Assert.False((await factory.FindAsync("reset.user@sesterce.example")).MustChangePassword);
    }

    [Fact]
    public async Task TheAccountPageChangesThePasswordOnlyWithTheCurrentOneAndEndsOtherSessions()
    {
        await factory.CreateAsync("change.user@sesterce.example", TrackerRoles.Viewer);
        var (other, _) = await factory.SignInAsync("change.user@sesterce.example", TestUsers.Password);
        var (client, _) = await factory.SignInAsync("change.user@sesterce.example", TestUsers.Password);

        using var wrong = await client.PostPageFormAsync("/account", "change-password", ("Model.Current", "not-my-password"), ("Model.New", NewPassword), ("Model.Confirm", NewPassword));
        using var right = await client.PostPageFormAsync("/account", "change-password", ("Model.Current", TestUsers.Password), ("Model.New", NewPassword), ("Model.Confirm", NewPassword));
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        using var mine = await client.GetAsync(new Uri("/timeline", UriKind.Relative));
        using var theirs = await other.GetAsync(new Uri("/timeline", UriKind.Relative));

        Assert.Contains("The current password is not right.", await wrong.TextAsync(), StringComparison.Ordinal);
        Assert.Contains("Password changed.", await right.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        var (_, again) = await factory.SignInAsync("change.user@sesterce.example", NewPassword);
        Assert.True(again.SetsAuthCookie());
    }
}
