using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Users;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Tests.Features.Users;

/// <summary>Against a fresh migrated SQLite database per test: each test starts with one admin and nobody else.</summary>
public sealed class UserAdminServiceTests : IAsyncLifetime, IDisposable
{
    private readonly TrackerDatabase _db = new();
    private readonly FixedCaller _caller = new(Caller.Anonymous);
    private UserAdminService _users = default!;
    private Caller _admin = default!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _admin = await _db.FirstAdminAsync();
        _caller.Caller = _admin;
        _users = _db.UserAdmin(_caller);
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    public void Dispose() => _db.Dispose();

    private async Task<string> CreateAsync(string email, string role)
    {
        var result = await _users.CreateAsync(new NewUser(email, email.Split('@')[0], role, UserTestSupport.StrongPassword));
        Assert.True(result.Succeeded, result.Outcome.ToString());
        return result.UserId!;
    }

    private async Task<int> CountUsersAsync()
    {
        await using var context = _db.CreateContext();
        return await context.Users.CountAsync();
    }

    [Fact]
    public async Task EveryUserChangeWritesExactlyOneAuditEntryWithOldAndNewValues()
    {
        await using var before = _db.CreateContext();
        var start = await before.AuditEntries.CountAsync();

        var id = await CreateAsync("exec@sesterce.example", TrackerRoles.Viewer);
        Assert.True((await _users.SetRoleAsync(id, TrackerRoles.Executive)).Succeeded);
        Assert.True((await _users.SetDisabledAsync(id, true)).Succeeded);

        await using var after = _db.CreateContext();
        var entries = await after.AuditEntries.Where(a => a.EntityType == "User" && a.EntityId == id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(start + 3, await after.AuditEntries.CountAsync());
        Assert.Equal(["Created", "RoleChanged", "Disabled"], entries.Select(e => e.Action));
        Assert.Contains("\"old\":\"Viewer\",\"new\":\"Executive\"", entries[1].Changes, StringComparison.Ordinal);
        Assert.Contains("\"old\":\"False\",\"new\":\"True\"", entries[2].Changes, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.Equal(_admin.UserId, e.UserId));
    }

    [Fact]
    public async Task AnAdminCreatesAUserWhoIsListedWithTheirRole()
    {
        await CreateAsync("pm@sesterce.example", TrackerRoles.Viewer);

        var list = await _users.ListAsync();

        Assert.Equal(UserAdminOutcome.Done, list.Outcome);
        var user = Assert.Single(list.Users, u => u.Email == "pm@sesterce.example");
        Assert.Equal(TrackerRoles.Viewer, user.Role);
        Assert.False(user.IsDisabled);
        Assert.Equal(_db.Clock.GetUtcNow(), user.CreatedAt);
        Assert.Equal(2, list.Users.Count);
    }

    [Fact]
    public async Task NewUsersHaveNoHardLockoutAndAPasswordHashedSixHundredThousandTimes()
    {
        var id = await CreateAsync("exec@sesterce.example", TrackerRoles.Executive);
        await using var context = _db.CreateContext();
        var user = await context.Users.SingleAsync(u => u.Id == id);

        Assert.False(user.LockoutEnabled);
        // Identity's v3 format: marker byte 1, then the PRF, then the iteration count, big-endian.
        var hash = Convert.FromBase64String(user.PasswordHash!);
        Assert.Equal(1, hash[0]);
        Assert.Equal(600_000, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(5, 4)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(TrackerRoles.Viewer)]
    [InlineData(TrackerRoles.Executive)]
    public async Task ACallerWithoutManageUsersIsRefusedAndNothingIsSaved(string? role)
    {
        var victim = await CreateAsync("victim@sesterce.example", TrackerRoles.Viewer);
        _caller.Caller = role is null ? Caller.Anonymous : new Caller("someone", "Someone", role);

        Assert.Equal(UserAdminOutcome.NotAllowed, (await _users.ListAsync()).Outcome);
        Assert.Equal(UserAdminOutcome.NotAllowed, (await _users.CreateAsync(new NewUser("new@sesterce.example", "New", TrackerRoles.Admin, UserTestSupport.StrongPassword))).Outcome);
        Assert.Equal(UserAdminOutcome.NotAllowed, (await _users.SetRoleAsync(victim, TrackerRoles.Admin)).Outcome);
        Assert.Equal(UserAdminOutcome.NotAllowed, (await _users.SetDisabledAsync(_admin.UserId!, true)).Outcome);

        _caller.Caller = _admin;
        var users = (await _users.ListAsync()).Users;
        Assert.Equal(2, users.Count);
        Assert.Equal(TrackerRoles.Viewer, users.Single(u => u.Id == victim).Role);
        Assert.All(users, u => Assert.False(u.IsDisabled));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData("someone@localhost")]
    [InlineData("Jane <jane@sesterce.example>")]
    public async Task AnInvalidEmailIsRefused(string email)
    {
        var result = await _users.CreateAsync(new NewUser(email, "Jane", TrackerRoles.Viewer, UserTestSupport.StrongPassword));

        Assert.Equal(UserAdminOutcome.InvalidEmail, result.Outcome);
        Assert.Equal(1, await CountUsersAsync());
    }

    [Theory]
    [InlineData("Owner")]
    [InlineData("admin")]
    [InlineData("")]
    public async Task AnUnknownRoleIsRefused(string role)
    {
        var id = await CreateAsync("pm@sesterce.example", TrackerRoles.Viewer);

        Assert.Equal(UserAdminOutcome.UnknownRole, (await _users.CreateAsync(new NewUser("x@sesterce.example", "X", role, UserTestSupport.StrongPassword))).Outcome);
        Assert.Equal(UserAdminOutcome.UnknownRole, (await _users.SetRoleAsync(id, role)).Outcome);
        Assert.Equal(2, await CountUsersAsync());
    }

    [Fact]
    public async Task ADuplicateEmailIsRefusedWhateverItsCase()
    {
        await CreateAsync("pm@sesterce.example", TrackerRoles.Viewer);

        var result = await _users.CreateAsync(new NewUser("PM@Sesterce.example", "Other", TrackerRoles.Viewer, UserTestSupport.StrongPassword));

        Assert.Equal(UserAdminOutcome.DuplicateEmail, result.Outcome);
        Assert.Equal(2, await CountUsersAsync());
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedWithItsReasonsAndNoUserIsLeftBehind()
    {
        var result = await _users.CreateAsync(new NewUser("pm@sesterce.example", "PM", TrackerRoles.Viewer, "password"));

        Assert.Equal(UserAdminOutcome.WeakPassword, result.Outcome);
        Assert.Contains(PasswordPolicy.CommonCode, result.PasswordErrors);
        Assert.Equal(1, await CountUsersAsync());
    }

    [Fact]
    public async Task TheLastActiveAdminCanBeNeitherDisabledNorDemoted()
    {
        Assert.Equal(UserAdminOutcome.LastAdmin, (await _users.SetDisabledAsync(_admin.UserId!, true)).Outcome);
        Assert.Equal(UserAdminOutcome.LastAdmin, (await _users.SetRoleAsync(_admin.UserId!, TrackerRoles.Executive)).Outcome);

        var me = Assert.Single((await _users.ListAsync()).Users);
        Assert.Equal(TrackerRoles.Admin, me.Role);
        Assert.False(me.IsDisabled);
    }

    [Fact]
    public async Task WithASecondAdminTheFirstCanStepDownButThenTheSecondIsTheLast()
    {
        var second = await CreateAsync("second@sesterce.example", TrackerRoles.Admin);

        Assert.True((await _users.SetRoleAsync(_admin.UserId!, TrackerRoles.Viewer)).Succeeded);
        Assert.Equal(UserAdminOutcome.LastAdmin, (await _users.SetDisabledAsync(second, true)).Outcome);
    }

    [Fact]
    public async Task ADisabledAdminDoesNotCountAsActive()
    {
        var second = await CreateAsync("second@sesterce.example", TrackerRoles.Admin);
        Assert.True((await _users.SetDisabledAsync(second, true)).Succeeded);

        Assert.Equal(UserAdminOutcome.LastAdmin, (await _users.SetRoleAsync(_admin.UserId!, TrackerRoles.Viewer)).Outcome);
    }

    [Fact]
    public async Task DisablingRenewsTheSecurityStampAndEnablingLetsTheUserBack()
    {
        var id = await CreateAsync("pm@sesterce.example", TrackerRoles.Viewer);
        var before = await StampAsync(id);

        Assert.True((await _users.SetDisabledAsync(id, true)).Succeeded);
        Assert.NotEqual(before, await StampAsync(id));
        Assert.True((await _users.ListAsync()).Users.Single(u => u.Id == id).IsDisabled);

        Assert.True((await _users.SetDisabledAsync(id, false)).Succeeded);
        Assert.False((await _users.ListAsync()).Users.Single(u => u.Id == id).IsDisabled);
    }

    [Fact]
    public async Task ChangingARoleRenewsTheSecurityStamp()
    {
        var id = await CreateAsync("pm@sesterce.example", TrackerRoles.Viewer);
        var before = await StampAsync(id);

        Assert.True((await _users.SetRoleAsync(id, TrackerRoles.Executive)).Succeeded);

        Assert.NotEqual(before, await StampAsync(id));
        Assert.Equal(TrackerRoles.Executive, (await _users.ListAsync()).Users.Single(u => u.Id == id).Role);
    }

    [Fact]
    public async Task AnUnknownUserIsNotFound()
    {
        Assert.Equal(UserAdminOutcome.NotFound, (await _users.SetDisabledAsync("no-such-id", true)).Outcome);
        Assert.Equal(UserAdminOutcome.NotFound, (await _users.SetRoleAsync("no-such-id", TrackerRoles.Viewer)).Outcome);
    }

    [Fact]
    public async Task AResetSetsAGeneratedTemporaryPasswordShownOnceAndRequiresAChange()
    {
        var id = await CreateAsync("pm@sesterce.example", TrackerRoles.Viewer);
        var before = await StampAsync(id);

        var reset = await _users.ResetPasswordAsync(id, null);

        Assert.True(reset.Result.Succeeded);
        Assert.Matches("^[a-z2-9]{4}(-[a-z2-9]{4}){3}$", reset.TemporaryPassword);
        Assert.NotEqual(before, await StampAsync(id));
        using var scope = _db.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = (await users.FindByIdAsync(id))!;
        Assert.True(user.MustChangePassword);
        Assert.True(await users.CheckPasswordAsync(user, reset.TemporaryPassword!));
        Assert.True((await _users.ListAsync()).Users.Single(u => u.Id == id).MustChangePassword);
        await using var context = _db.CreateContext();
        var audit = await context.AuditEntries.SingleAsync(a => a.EntityType == "Access" && a.Action == "PasswordReset");
        Assert.Equal(id, audit.UserId);
        Assert.DoesNotContain(reset.TemporaryPassword!, audit.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResetWithACommonPasswordIsRefusedAndChangesNothing()
    {
        var id = await CreateAsync("pm@sesterce.example", TrackerRoles.Viewer);

        var reset = await _users.ResetPasswordAsync(id, "Password2026");

        Assert.Equal(UserAdminOutcome.WeakPassword, reset.Result.Outcome);
        Assert.Null(reset.TemporaryPassword);
        Assert.False((await _users.ListAsync()).Users.Single(u => u.Id == id).MustChangePassword);
    }

    [Fact]
    public async Task UnlockClearsTheFailuresAndTheDelayAndIsAudited()
    {
        var id = await CreateAsync("pm@sesterce.example", TrackerRoles.Viewer);
        using (var scope = _db.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
            var user = (await users.FindByIdAsync(id))!;
            for (var i = 0; i < 6; i++)
            {
                SignInThrottle.RecordFailure(user, _db.Clock.GetUtcNow());
            }

            await users.UpdateAsync(user);
        }

        Assert.True((await _users.ListAsync()).Users.Single(u => u.Id == id).IsThrottled);

        Assert.True((await _users.UnlockAsync(id)).Succeeded);

        var row = (await _users.ListAsync()).Users.Single(u => u.Id == id);
        Assert.False(row.IsThrottled);
        Assert.Equal(0, row.FailedSignIns);
        await using var context = _db.CreateContext();
        Assert.Single(await context.AuditEntries.Where(a => a.EntityType == "Access" && a.Action == "AccountUnlocked" && a.UserId == id).ToListAsync());
    }

    [Fact]
    public async Task OnlyAnAdminMayResetOrUnlock()
    {
        var id = await CreateAsync("pm@sesterce.example", TrackerRoles.Viewer);
        _caller.Caller = new Caller("someone", "Someone", TrackerRoles.Executive);

        Assert.Equal(UserAdminOutcome.NotAllowed, (await _users.ResetPasswordAsync(id, null)).Result.Outcome);
        Assert.Equal(UserAdminOutcome.NotAllowed, (await _users.UnlockAsync(id)).Outcome);
    }

    private async Task<string?> StampAsync(string id)
    {
        using var scope = _db.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        return await users.GetSecurityStampAsync((await users.FindByIdAsync(id))!);
    }
}
