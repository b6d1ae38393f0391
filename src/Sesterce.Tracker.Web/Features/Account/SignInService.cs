using Microsoft.AspNetCore.Identity;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,
    InvalidCredentials,
    LockedOut,
    Disabled,
}

/// <summary>
/// Password sign-in with lockout on, and a log line for every attempt (the email and the outcome,
/// never the password). An unknown email and a wrong password get the same answer; "disabled" is
/// only said to someone who knew the password.
/// </summary>
public sealed class SignInService(SignInManager<TrackerUser> signIn, ILogger<SignInService> logger)
{
    // A hash to verify against when the email is unknown, so both failures take the same time.
    private static string? _decoyHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(email.Trim());
        SignInOutcome outcome;
        if (user is null)
        {
            var decoy = new TrackerUser();
            _decoyHash ??= users.PasswordHasher.HashPassword(decoy, Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(decoy, _decoyHash, password);
            outcome = SignInOutcome.InvalidCredentials;
        }
        else if (user.IsDisabled)
        {
            outcome = await users.CheckPasswordAsync(user, password) ? SignInOutcome.Disabled : SignInOutcome.InvalidCredentials;
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
            outcome = result.Succeeded ? SignInOutcome.SignedIn
                : result.IsLockedOut ? SignInOutcome.LockedOut
                : SignInOutcome.InvalidCredentials;
        }

        if (outcome == SignInOutcome.SignedIn)
        {
            logger.LogInformation("Sign-in {Outcome} for {Email} ({UserId})", outcome, email, user!.Id);
        }
        else
        {
            logger.LogWarning("Sign-in {Outcome} for {Email}", outcome, email);
        }

        return outcome;
    }

    /// <summary>Signs in a user who was just created by the first-run setup.</summary>
    public async Task SignInNewAdminAsync(string userId)
    {
        var user = await signIn.UserManager.FindByIdAsync(userId) ?? throw new InvalidOperationException($"User {userId} vanished right after it was created.");
        await signIn.SignInAsync(user, isPersistent: false);
        logger.LogInformation("Sign-in {Outcome} for {Email} ({UserId}) after first-run setup", SignInOutcome.SignedIn, user.Email, user.Id);
    }

    public async Task SignOutAsync()
    {
        var name = signIn.Context.User.Identity?.Name;
        await signIn.SignOutAsync();
        logger.LogInformation("Signed out {Email}", name);
    }
}
