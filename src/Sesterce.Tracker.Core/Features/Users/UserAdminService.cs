using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Users;

/// <summary>
/// Creates users, changes their role, disables and enables them. Every call checks that the caller
/// holds <see cref="TrackerPermission.ManageUsers"/> and validates its input itself, whatever the
/// form did; a refused call saves nothing. Each call works in its own scope so the users page never
/// holds a long-lived context across a circuit.
/// </summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, ICallerAccessor callers, TimeProvider time, AuditLog audit, AccessAudit access, ILogger<UserAdminService> logger)
{
    public async Task<UserListResult> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!await MayManageAsync("list users"))
        {
            return new UserListResult(UserAdminOutcome.NotAllowed, []);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var now = time.GetUtcNow();
        var rows = await db.Users.AsNoTracking()
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.IsDisabled,
                u.AccessFailedCount,
                u.LastFailedSignInAt,
                u.TwoFactorEnabled,
                u.MustChangePassword,
                u.CreatedAt,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var users = rows
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .Select(u => new UserSummary(
                u.Id, u.Email ?? "", u.DisplayName, u.Role, u.IsDisabled, SignInThrottle.RetryAt(u.AccessFailedCount, u.LastFailedSignInAt, now) is not null, u.CreatedAt,
                u.AccessFailedCount, u.TwoFactorEnabled, u.MustChangePassword));
        return new UserListResult(UserAdminOutcome.Done, [.. users]);
    }

    public async Task<UserAdminResult> CreateAsync(NewUser input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await MayManageAsync("create a user"))
        {
            return UserAdminResult.Refused(UserAdminOutcome.NotAllowed);
        }

        var email = input.Email?.Trim() ?? "";
        if (!UserDirectory.IsValidEmail(email))
        {
            return UserAdminResult.Refused(UserAdminOutcome.InvalidEmail);
        }

        if (!UserDirectory.IsValidName(input.DisplayName))
        {
            return UserAdminResult.Refused(UserAdminOutcome.InvalidName);
        }

        if (!TrackerRoles.IsKnown(input.Role))
        {
            return UserAdminResult.Refused(UserAdminOutcome.UnknownRole);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.FindByEmailAsync(email) is not null)
        {
            return UserAdminResult.Refused(UserAdminOutcome.DuplicateEmail);
        }

        var user = new TrackerUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, input.Password ?? "");
        if (!created.Succeeded)
        {
            return UserDirectory.FromIdentity(created);
        }

        var added = await users.AddToRoleAsync(user, input.Role);
        if (!added.Succeeded)
        {
            return UserDirectory.FromIdentity(added);
        }

        var caller = await callers.GetCallerAsync();
        var changes = new ChangeSet().Created("Email", email).Created("DisplayName", user.DisplayName).Created("Role", input.Role);
        db.AuditEntries.Add(audit.Entry(caller, "User", user.Id, null, "Created", email, changes.Changes));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("User {UserId} ({Email}) created with role {Role} by {CallerId}", user.Id, email, input.Role, caller.UserId);
        return UserAdminResult.Done(user.Id);
    }

    public async Task<UserAdminResult> SetRoleAsync(string userId, string role, CancellationToken cancellationToken = default)
    {
        if (!await MayManageAsync("change a role"))
        {
            return UserAdminResult.Refused(UserAdminOutcome.NotAllowed);
        }

        if (!TrackerRoles.IsKnown(role))
        {
            return UserAdminResult.Refused(UserAdminOutcome.UnknownRole);
        }

        return await ChangeAsync(userId, async (users, db, user) =>
        {
            var current = await users.GetRolesAsync(user);
            if (current.Count == 1 && current[0] == role)
            {
                return UserAdminResult.Done(user.Id);
            }

            if (current.Contains(TrackerRoles.Admin) && !user.IsDisabled && await UserDirectory.CountActiveAdminsAsync(db, cancellationToken) <= 1)
            {
                return UserAdminResult.Refused(UserAdminOutcome.LastAdmin);
            }

            var changes = new ChangeSet().Compare("Role", string.Join(",", current), role);
            db.AuditEntries.Add(audit.Entry(await callers.GetCallerAsync(), "User", user.Id, null, "RoleChanged", user.Email ?? user.Id, changes.Changes));
            var removed = await users.RemoveFromRolesAsync(user, current);
            var result = removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;
            logger.LogInformation("User {UserId} now holds role {Role}", user.Id, role);
            return Stop(result);
        }, cancellationToken);
    }

    public async Task<UserAdminResult> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        if (!await MayManageAsync(disabled ? "disable a user" : "enable a user"))
        {
            return UserAdminResult.Refused(UserAdminOutcome.NotAllowed);
        }

        return await ChangeAsync(userId, async (users, db, user) =>
        {
            if (user.IsDisabled == disabled)
            {
                return UserAdminResult.Done(user.Id);
            }

            if (disabled && await users.IsInRoleAsync(user, TrackerRoles.Admin) && await UserDirectory.CountActiveAdminsAsync(db, cancellationToken) <= 1)
            {
                return UserAdminResult.Refused(UserAdminOutcome.LastAdmin);
            }

            var changes = new ChangeSet().Compare("Disabled", user.IsDisabled, disabled);
            db.AuditEntries.Add(audit.Entry(await callers.GetCallerAsync(), "User", user.Id, null, disabled ? "Disabled" : "Enabled", user.Email ?? user.Id, changes.Changes));
            user.IsDisabled = disabled;
            logger.LogInformation("User {UserId} {Change}", user.Id, disabled ? "disabled" : "enabled");
            return Stop(await users.UpdateAsync(user));
        }, cancellationToken);
    }

    /// <summary>
    /// Sets a temporary password (the one given, or a generated one when <paramref name="password"/> is empty)
    /// and makes the user choose their own at next sign-in. The stamp renewal in <see cref="ChangeAsync"/>
    /// ends the user's current sessions; the throttle is reset so the user can use the new password at once.
    /// </summary>
    public async Task<PasswordResetResult> ResetPasswordAsync(string userId, string? password, CancellationToken cancellationToken = default)
    {
        if (!await MayManageAsync("reset a password"))
        {
            return new PasswordResetResult(UserAdminResult.Refused(UserAdminOutcome.NotAllowed), null);
        }

        var temporary = string.IsNullOrWhiteSpace(password) ? TemporaryPassword.Generate() : password;
        TrackerUser? target = null;
        var result = await ChangeAsync(userId, async (users, db, user) =>
        {
            target = user;
            foreach (var validator in users.PasswordValidators)
            {
                var valid = await validator.ValidateAsync(users, user, temporary);
                if (!valid.Succeeded)
                {
                    return UserDirectory.FromIdentity(valid);
                }
            }

            user.PasswordHash = users.PasswordHasher.HashPassword(user, temporary);
            user.MustChangePassword = true;
            SignInThrottle.Reset(user);
            var caller = await callers.GetCallerAsync();
            db.AuditEntries.Add(AccessAudit.Entry(new AccessRecord(AccessEvent.PasswordReset, user.Id, user.Email ?? user.Id, null, $"Temporary password set by {caller.Name ?? caller.UserId}"), time.GetUtcNow()));
            logger.LogInformation("Password of {UserId} reset by {CallerId}; a change is required at next sign-in", user.Id, caller.UserId);
            return Stop(await users.UpdateAsync(user));
        }, cancellationToken);
        if (result.Succeeded)
        {
            // Whoever held the old password is out at once, not at the next stamp check.
            await using var sessionScope = scopes.CreateAsyncScope();
            await sessionScope.ServiceProvider.GetRequiredService<Account.SessionStore>().EndAllAsync(userId, Account.SessionEndReasons.PasswordReset);
        }

        return new PasswordResetResult(result, result.Succeeded && target is not null ? temporary : null);
    }

    /// <summary>Clears the failure count and the delay of a throttled account.</summary>
    public async Task<UserAdminResult> UnlockAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (!await MayManageAsync("unlock a user"))
        {
            return UserAdminResult.Refused(UserAdminOutcome.NotAllowed);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return UserAdminResult.Refused(UserAdminOutcome.NotFound);
        }

        var failures = user.AccessFailedCount;
        SignInThrottle.Reset(user);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return UserDirectory.FromIdentity(updated);
        }

        var caller = await callers.GetCallerAsync();
        await access.RecordAsync(new AccessRecord(AccessEvent.AccountUnlocked, user.Id, user.Email ?? user.Id, null, $"Unlocked by {caller.Name ?? caller.UserId} after {failures} failed sign-ins"), cancellationToken);
        logger.LogInformation("User {UserId} unlocked by {CallerId} after {Failures} failed sign-ins", user.Id, caller.UserId, failures);
        return UserAdminResult.Done(user.Id);
    }

    /// <summary>
    /// Runs one change in a transaction. The change returns a result to stop (a refusal, or nothing to
    /// do) or null once it has made its change. Afterwards the security stamp is renewed, so the user's cookie and open
    /// circuits stop working within a minute: a disabled or demoted user signs in again, or cannot. Reading the
    /// admin count and writing in one SQLite transaction keeps two admins from demoting each other at once.
    /// </summary>
    private async Task<UserAdminResult> ChangeAsync(
        string userId,
        Func<UserManager<TrackerUser>, TrackerDbContext, TrackerUser, Task<UserAdminResult?>> change,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return UserAdminResult.Refused(UserAdminOutcome.NotFound);
        }

        if (await change(users, db, user) is { } refusedOrUnchanged)
        {
            return refusedOrUnchanged;
        }

        var stamped = await users.UpdateSecurityStampAsync(user);
        if (!stamped.Succeeded)
        {
            return UserDirectory.FromIdentity(stamped);
        }

        await transaction.CommitAsync(cancellationToken);
        return UserAdminResult.Done(user.Id);
    }

    /// <summary>Null lets <see cref="ChangeAsync"/> go on to save; a failed Identity call stops it.</summary>
    private static UserAdminResult? Stop(IdentityResult result) => result.Succeeded ? null : UserDirectory.FromIdentity(result);

    private async Task<bool> MayManageAsync(string action)
    {
        var caller = await callers.GetCallerAsync();
        if (caller.Holds(TrackerPermission.ManageUsers))
        {
            return true;
        }

        logger.LogWarning("Refused: {CallerId} with role {Role} tried to {Action}", caller.UserId, caller.Role, action);
        return false;
    }
}
