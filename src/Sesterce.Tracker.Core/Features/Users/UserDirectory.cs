using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Users;

/// <summary>Input checks and queries shared by the users page, the first-run setup and the command line.</summary>
internal static class UserDirectory
{
    public const int EmailMaxLength = 254;

    public static bool IsValidEmail(string? email) =>
        email is { Length: > 0 and <= EmailMaxLength }
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal);

    public static bool IsValidName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= TrackerUser.DisplayNameMaxLength;

    /// <summary>Users in the Admin role who are not disabled.</summary>
    public static Task<int> CountActiveAdminsAsync(TrackerDbContext db, CancellationToken cancellationToken) =>
        db.Users.CountAsync(
            u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == TrackerRoles.Admin)),
            cancellationToken);

    public static Task<bool> AnyAdminAsync(TrackerDbContext db, CancellationToken cancellationToken) =>
        db.UserRoles.AnyAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == TrackerRoles.Admin), cancellationToken);

    /// <summary>Maps Identity's refusal to our outcome; an error we cannot explain to the user is a bug and throws.</summary>
    public static UserAdminResult FromIdentity(IdentityResult result)
    {
        var codes = result.Errors.Select(e => e.Code).ToList();
        if (codes.Any(c => c.StartsWith("Password", StringComparison.Ordinal)))
        {
            return new UserAdminResult(UserAdminOutcome.WeakPassword, [.. codes.Where(c => c.StartsWith("Password", StringComparison.Ordinal))]);
        }

        if (codes.Any(c => c is "DuplicateEmail" or "DuplicateUserName"))
        {
            return UserAdminResult.Refused(UserAdminOutcome.DuplicateEmail);
        }

        if (codes.Any(c => c is "InvalidEmail" or "InvalidUserName"))
        {
            return UserAdminResult.Refused(UserAdminOutcome.InvalidEmail);
        }

        if (codes.Contains("ConcurrencyFailure"))
        {
            return UserAdminResult.Refused(UserAdminOutcome.Conflict);
        }

        throw new InvalidOperationException("Identity refused the change: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
