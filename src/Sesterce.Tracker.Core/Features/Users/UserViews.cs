namespace Sesterce.Tracker.Core.Features.Users;

/// <summary>
/// One row of the users page. <c>IsThrottled</c>: failed sign-ins make the account wait before its next
/// attempt (see <see cref="Identity.SignInThrottle"/>); <c>FailedSignIns</c>: failures counted since the
/// last success or unlock.
/// </summary>
public sealed record UserSummary(
    string Id,
    string Email,
    string DisplayName,
    string? Role,
    bool IsDisabled,
    bool IsThrottled,
    DateTimeOffset CreatedAt,
    int FailedSignIns = 0,
    bool TwoFactorEnabled = false,
    bool MustChangePassword = false);

/// <summary>An admin's password reset: the temporary password is shown once and never stored in clear.</summary>
public sealed record PasswordResetResult(UserAdminResult Result, string? TemporaryPassword);

public sealed record NewUser(string Email, string DisplayName, string Role, string Password);

/// <summary>Why a change to the users was refused; <see cref="Done"/> when it was saved.</summary>
public enum UserAdminOutcome
{
    Done,
    NotAllowed,
    InvalidEmail,
    InvalidName,
    UnknownRole,
    DuplicateEmail,
    WeakPassword,
    NotFound,
    LastAdmin,
    AdminExists,
    Conflict,
}

/// <param name="Outcome">Done, or why nothing was saved.</param>
/// <param name="PasswordErrors">Identity error codes of a refused password, such as <c>PasswordTooShort</c>.</param>
/// <param name="UserId">The user created or changed, when the change was saved.</param>
public sealed record UserAdminResult(UserAdminOutcome Outcome, IReadOnlyList<string> PasswordErrors, string? UserId = null)
{
    public bool Succeeded => Outcome == UserAdminOutcome.Done;

    public static UserAdminResult Done(string userId) => new(UserAdminOutcome.Done, [], userId);

    public static UserAdminResult Refused(UserAdminOutcome outcome) => new(outcome, []);
}

public sealed record UserListResult(UserAdminOutcome Outcome, IReadOnlyList<UserSummary> Users);
