namespace Sesterce.Tracker.Core.Features.Users;

public sealed record UserSummary(string Id, string Email, string DisplayName, string? Role, bool IsDisabled, bool IsLockedOut, DateTimeOffset CreatedAt);

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
