using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Security;

/// <summary>Real users in a test app's database, written through Identity's user manager.</summary>
internal static class TestUsers
{
    public const string Password = "violet-harbour-lantern";

    public static async Task<TrackerUser> CreateAsync(this TrackerWebFactory factory, string email, string role, bool disabled = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = new TrackerUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], IsDisabled = disabled };
        AssertSucceeded(await users.CreateAsync(user, Password));
        AssertSucceeded(await users.AddToRoleAsync(user, role));
        return user;
    }

    /// <summary>Makes sure an admin exists, so the setup page is closed and the sign-in page shows.</summary>
    public static async Task EnsureAdminAsync(this TrackerWebFactory factory)
    {
        var bootstrap = factory.Services.GetRequiredService<AdminBootstrap>();
        if (!await bootstrap.AdminExistsAsync())
        {
            await factory.CreateAsync("admin@sesterce.example", TrackerRoles.Admin);
        }
    }

    public static async Task UpdateAsync(this TrackerWebFactory factory, string email, Action<TrackerUser> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        change(user);
        AssertSucceeded(await users.UpdateAsync(user));
        AssertSucceeded(await users.UpdateSecurityStampAsync(user));
    }

    private static void AssertSucceeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
