using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// Identity's sign-in with two additions: a disabled user can neither sign in nor keep a valid cookie,
/// and the password and code checks are the sign-in service's own (throttled, enumeration-safe), so this
/// only issues the cookies once they passed.
/// </summary>
public sealed class TrackerSignInManager(
    UserManager<TrackerUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<TrackerUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<TrackerUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<TrackerUser> confirmation)
    : SignInManager<TrackerUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(TrackerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.IsDisabled && await base.CanSignInAsync(user);
    }

    /// <summary>
    /// After a verified password: the full cookie, or, for a user with two-factor sign-in on, the short-lived
    /// two-factor cookie that <see cref="TwoFactorSignInPage"/> completes.
    /// </summary>
    public Task<SignInResult> SignInOrAskSecondStepAsync(TrackerUser user) =>
        SignInOrTwoFactorAsync(user, isPersistent: false, loginProvider: null, bypassTwoFactor: false);

    /// <summary>After a verified code: drops the two-factor cookie and issues the full one, noting how the user proved it.</summary>
    public async Task CompleteSecondStepAsync(TrackerUser user, string method)
    {
        await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await SignInWithClaimsAsync(user, isPersistent: false, [SignInClaims.Method("mfa"), SignInClaims.Method(method)]);
    }

    /// <summary>Called by the cookie's security stamp check every minute: a disabled user's cookie is rejected.</summary>
    public override async Task<TrackerUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }
}

/// <summary>
/// Adds the display name to the cookie, so the app bar can greet the user without a query, and what the
/// user must do before anything else (<see cref="AccountGate"/>): change a reset password, or enrol in
/// two-factor sign-in when their role requires it. The cookie is rebuilt at every sign-in, refresh and
/// security-stamp check, so the flags follow the store within a minute.
/// </summary>
public sealed class TrackerClaimsPrincipalFactory(
    UserManager<TrackerUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    IConfiguration configuration)
    : UserClaimsPrincipalFactory<TrackerUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "tracker:display_name";
    public const string PendingClaim = "tracker:pending";
    public const string PendingPasswordChange = "password-change";
    public const string PendingTwoFactor = "two-factor-enrolment";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TrackerUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PendingClaim, PendingPasswordChange));
        }

        if (!user.TwoFactorEnabled && TwoFactorPolicy.RequiredFor(configuration, await UserManager.GetRolesAsync(user)))
        {
            identity.AddClaim(new Claim(PendingClaim, PendingTwoFactor));
        }

        return identity;
    }
}

/// <summary>Which roles must sign in with a second factor (<c>Security:RequireTwoFactorForRoles</c>, e.g. ["admin"]).</summary>
public static class TwoFactorPolicy
{
    public const string RolesSetting = "Security:RequireTwoFactorForRoles";

    public static IReadOnlyList<string> RequiredRoles(IConfiguration configuration) =>
        configuration.GetSection(RolesSetting).Get<string[]>() ?? [];

    public static bool RequiredFor(IConfiguration configuration, IEnumerable<string> roles) =>
        RequiredRoles(configuration).Intersect(roles, StringComparer.OrdinalIgnoreCase).Any();
}
