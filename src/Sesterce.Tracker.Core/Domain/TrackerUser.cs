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
}
