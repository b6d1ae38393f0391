using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Users;

namespace Sesterce.Tracker.Core.Identity;

/// <summary>
/// Makes the first administrator, so no password ever ships with the app: the first-run setup page
/// (only while no admin exists) and the <c>create-admin</c> command (run by whoever holds the server,
/// which may also promote an existing user and reset their password to regain access).
/// </summary>
public sealed class AdminBootstrap(IServiceScopeFactory scopes, TimeProvider time, Features.Audit.AuditLog audit, ILogger<AdminBootstrap> logger)
{
    public async Task<bool> AdminExistsAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await UserDirectory.AnyAdminAsync(scope.ServiceProvider.GetRequiredService<TrackerDbContext>(), cancellationToken);
    }

    /// <summary>For the setup page: refused with <see cref="UserAdminOutcome.AdminExists"/> once any admin exists.</summary>
    public Task<UserAdminResult> CreateFirstAdminAsync(string email, string displayName, string password, CancellationToken cancellationToken = default) =>
        EnsureAdminAsync(email, displayName, password, onlyWhenNoAdmin: true, cancellationToken);

    /// <summary>For the command line: creates the admin, or promotes, enables and unlocks the existing user with that email.</summary>
    public Task<UserAdminResult> CreateOrPromoteAdminAsync(string email, string? displayName, string password, CancellationToken cancellationToken = default) =>
        EnsureAdminAsync(email, displayName, password, onlyWhenNoAdmin: false, cancellationToken);

    private async Task<UserAdminResult> EnsureAdminAsync(string email, string? displayName, string password, bool onlyWhenNoAdmin, CancellationToken cancellationToken)
    {
        email = email?.Trim() ?? "";
        if (!UserDirectory.IsValidEmail(email))
        {
            return UserAdminResult.Refused(UserAdminOutcome.InvalidEmail);
        }

        var name = string.IsNullOrWhiteSpace(displayName) ? email.Split('@')[0] : displayName.Trim();
        if (!UserDirectory.IsValidName(name))
        {
            return UserAdminResult.Refused(UserAdminOutcome.InvalidName);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();

        // Checking and creating in one transaction: of two setup forms sent at once, SQLite lets only the first write.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (onlyWhenNoAdmin && await UserDirectory.AnyAdminAsync(db, cancellationToken))
        {
            return UserAdminResult.Refused(UserAdminOutcome.AdminExists);
        }

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null && onlyWhenNoAdmin)
        {
            return UserAdminResult.Refused(UserAdminOutcome.DuplicateEmail);
        }

        var result = existing is null
            ? await CreateAsync(users, email, name, password)
            : await PromoteAsync(users, existing, displayName, password);
        if (!result.Succeeded)
        {
            return result;
        }

        // The first admin has nobody to answer for them: the audit names the setup itself.
        var changes = new Features.Audit.ChangeSet().Created("Email", email).Created("Role", TrackerRoles.Admin);
        db.AuditEntries.Add(audit.Entry(new Caller(result.UserId, onlyWhenNoAdmin ? "first-run setup" : "create-admin command", TrackerRoles.Admin), "User", result.UserId!, null, existing is null ? "Created" : "Promoted", email, changes.Changes));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Administrator {UserId} ({Email}) {Change}", result.UserId, email, existing is null ? "created" : "promoted");
        return result;
    }

    private async Task<UserAdminResult> CreateAsync(UserManager<TrackerUser> users, string email, string name, string password)
    {
        var user = new TrackerUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = time.GetUtcNow() };
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded)
        {
            return UserDirectory.FromIdentity(created);
        }

        var added = await users.AddToRoleAsync(user, TrackerRoles.Admin);
        return added.Succeeded ? UserAdminResult.Done(user.Id) : UserDirectory.FromIdentity(added);
    }

    private static async Task<UserAdminResult> PromoteAsync(UserManager<TrackerUser> users, TrackerUser user, string? displayName, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, password);
            if (!valid.Succeeded)
            {
                return UserDirectory.FromIdentity(valid);
            }
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.IsDisabled = false;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            user.DisplayName = displayName.Trim();
        }

        var roles = await users.GetRolesAsync(user);
        var steps = new Func<Task<IdentityResult>>[]
        {
            () => users.RemoveFromRolesAsync(user, roles.Where(r => r != TrackerRoles.Admin)),
            () => roles.Contains(TrackerRoles.Admin) ? Task.FromResult(IdentityResult.Success) : users.AddToRoleAsync(user, TrackerRoles.Admin),
            () => users.UpdateSecurityStampAsync(user),
        };
        foreach (var step in steps)
        {
            var done = await step();
            if (!done.Succeeded)
            {
                return UserDirectory.FromIdentity(done);
            }
        }

        return UserAdminResult.Done(user.Id);
    }
}
