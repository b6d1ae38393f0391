using Microsoft.AspNetCore.Identity;

namespace Sesterce.Tracker.Core.Domain;

/// <summary>
/// A person who signs in. The user name is the email address; each user holds exactly one of the
/// roles in <see cref="Identity.TrackerRoles"/>.
/// </summary>
public sealed class TrackerUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = "";

    /// <summary>A disabled user keeps their history but can neither sign in nor keep an open session.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set by an admin's password reset: the next sign-in must choose a new password before anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When the last failed sign-in happened; with the failure count it sets how long the next attempt waits.</summary>
    public DateTimeOffset? LastFailedSignInAt { get; set; }
}
