using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Users;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Core.Tests.Features.Users;

namespace Sesterce.Tracker.Core.Tests.Identity;

public sealed class AdminBootstrapTests : IAsyncLifetime, IDisposable
{
    private readonly TrackerDatabase _db = new();

    private AdminBootstrap Bootstrap => _db.Get<AdminBootstrap>();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task TheRolesAreSeededOnceAndNoUserShipsWithTheApp()
    {
        await _db.Get<DatabaseInitializer>().InitializeAsync();

        await using var context = _db.CreateContext();
        Assert.Equal(TrackerRoles.All.Order(), (await context.Roles.Select(r => r.Name!).ToListAsync()).Order());
        Assert.Empty(await context.Users.ToListAsync());
        Assert.False(await Bootstrap.AdminExistsAsync());
    }

    [Fact]
    public async Task TheFirstAdminCanBeCreatedOnlyOnce()
    {
        await _db.FirstAdminAsync();

        var second = await Bootstrap.CreateFirstAdminAsync("intruder@sesterce.example", "Intruder", UserTestSupport.StrongPassword);

        Assert.True(await Bootstrap.AdminExistsAsync());
        Assert.Equal(UserAdminOutcome.AdminExists, second.Outcome);
        await using var context = _db.CreateContext();
        Assert.Equal(1, await context.Users.CountAsync());
    }

    [Fact]
    public async Task TheFirstAdminObeysThePasswordRules()
    {
        var result = await Bootstrap.CreateFirstAdminAsync("admin@sesterce.example", "Admin", "qwerty123");

        Assert.Equal(UserAdminOutcome.WeakPassword, result.Outcome);
        Assert.False(await Bootstrap.AdminExistsAsync());
    }

    [Fact]
    public async Task TheCommandPromotesEnablesAndUnlocksAnExistingUserWithTheNewPassword()
    {
        var admin = await _db.FirstAdminAsync();
        var created = await _db.UserAdmin(new FixedCaller(admin)).CreateAsync(new NewUser("pm@sesterce.example", "PM", TrackerRoles.Viewer, UserTestSupport.StrongPassword));
        await using (var scope = _db.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
            var pm = (await users.FindByIdAsync(created.UserId!))!;
            pm.IsDisabled = true;
            pm.LockoutEnd = _db.Clock.GetUtcNow().AddHours(1);
            await users.UpdateAsync(pm);
        }

        var result = await Bootstrap.CreateOrPromoteAdminAsync("pm@sesterce.example", null, "a-brand-new-passphrase");

        Assert.True(result.Succeeded);
        await using var check = _db.Services.CreateAsyncScope();
        var manager = check.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = (await manager.FindByIdAsync(created.UserId!))!;
        Assert.Equal([TrackerRoles.Admin], await manager.GetRolesAsync(user));
        Assert.False(user.IsDisabled);
        Assert.Null(user.LockoutEnd);
        Assert.True(await manager.CheckPasswordAsync(user, "a-brand-new-passphrase"));
        Assert.Equal("PM", user.DisplayName);
    }
}
