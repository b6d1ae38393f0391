using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>Identity's sign-in with one addition: a disabled user can neither sign in nor keep a valid cookie.</summary>
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

    /// <summary>Called by the cookie's security stamp check every minute: a disabled user's cookie is rejected.</summary>
    public override async Task<TrackerUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }
}

/// <summary>Adds the display name to the cookie, so the app bar can greet the user without a query.</summary>
public sealed class TrackerClaimsPrincipalFactory(UserManager<TrackerUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<TrackerUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "tracker:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TrackerUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
