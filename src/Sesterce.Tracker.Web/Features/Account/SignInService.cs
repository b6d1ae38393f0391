using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Hosting;

namespace Sesterce.Tracker.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>The password was right; the second step (<see cref="TwoFactorSignInPage"/>) asks for a code.</summary>
    TwoFactorRequired,

    /// <summary>Unknown email, wrong password or code, throttled or disabled account: one answer for all.</summary>
    Failed,

    /// <summary>The second step was asked for without a first one (or after its cookie expired).</summary>
    NoPendingSignIn,
}

/// <summary>
/// Password sign-in and its two-factor step. Enumeration-safe: an unknown email, a wrong password, a
/// throttled account and a disabled account get the same outcome, and each of those branches verifies
/// exactly one password hash (against a decoy hash when the email is unknown), so none answers faster.
/// Throttling (<see cref="SignInThrottle"/>) replaces Identity's lock-out. Every attempt is logged (the
/// email and the outcome, never the password) and every failure is audited with its real reason.
/// </summary>
public sealed class SignInService(
    TrackerSignInManager signIn,
    AccountNameLimiter nameLimiter,
    AccessAudit audit,
    TimeProvider clock,
    ILogger<SignInService> logger)
{
    public const string AuthenticationMethodClaim = "amr";

    private static readonly TrackerUser DecoyUser = new();

    // A hash to verify against when the email is unknown, made with the same hasher and iterations.
    private static string? _decoyHash;

    private UserManager<TrackerUser> Users => signIn.UserManager;

    private string? Address => ClientAddress.Of(signIn.Context);

    public async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        var name = email.Trim();
        if (!nameLimiter.TryAcquire(name))
        {
            // Counted per name, existing or not, so answering without hashing tells nothing.
            return await FailAsync(name, null, "too many attempts for this account name");
        }

        var now = clock.GetUtcNow();
        var user = await Users.FindByEmailAsync(name);
        var verification = Verify(user, password);
        if (user is null)
        {
            return await FailAsync(name, null, "unknown account");
        }

        if (user.IsDisabled)
        {
            return await FailAsync(name, user, "disabled account");
        }

        if (SignInThrottle.RetryAt(user, now) is { } retryAt)
        {
            // Not counted: refused attempts must not push the delay further, or an attacker could keep the user out.
            return await FailAsync(name, user, $"throttled until {retryAt:O}");
        }

        if (verification == PasswordVerificationResult.Failed)
        {
            SignInThrottle.RecordFailure(user, now);
            await Users.UpdateAsync(user);
            return await FailAsync(name, user, $"wrong password (failure {user.AccessFailedCount})");
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = Users.PasswordHasher.HashPassword(user, password);
        }

        SignInThrottle.Reset(user);
        await Users.UpdateAsync(user);
        var result = await signIn.SignInOrAskSecondStepAsync(user);
        var outcome = result.RequiresTwoFactor ? SignInOutcome.TwoFactorRequired : SignInOutcome.SignedIn;
        if (outcome == SignInOutcome.SignedIn)
        {
            nameLimiter.Forget(name);
        }

        logger.LogInformation("Sign-in {Outcome} for {Email} ({UserId})", outcome, name, user.Id);
        return outcome;
    }

    /// <summary>
    /// The second step: a 6-digit authenticator code, or one of the user's recovery codes (used up by
    /// this). Failures count towards the same per-account throttle as wrong passwords.
    /// </summary>
    public async Task<SignInOutcome> SignInWithCodeAsync(string code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.NoPendingSignIn;
        }

        var name = user.Email ?? user.Id;
        if (!nameLimiter.TryAcquire(name))
        {
            return await FailAsync(name, user, "too many attempts for this account name (code)");
        }

        var now = clock.GetUtcNow();
        if (user.IsDisabled)
        {
            return await FailAsync(name, user, "disabled account (code)");
        }

        if (SignInThrottle.RetryAt(user, now) is { } retryAt)
        {
            return await FailAsync(name, user, $"throttled until {retryAt:O} (code)");
        }

        var (valid, method) = await CheckCodeAsync(user, code);
        if (!valid)
        {
            SignInThrottle.RecordFailure(user, now);
            await Users.UpdateAsync(user);
            return await FailAsync(name, user, $"wrong code (failure {user.AccessFailedCount})");
        }

        SignInThrottle.Reset(user);
        await Users.UpdateAsync(user);
        await signIn.CompleteSecondStepAsync(user, method);
        nameLimiter.Forget(name);
        logger.LogInformation("Sign-in {Outcome} for {Email} ({UserId}) with {Method}", SignInOutcome.SignedIn, name, user.Id, method);
        return SignInOutcome.SignedIn;
    }

    /// <summary>Signs in a user who was just created by the first-run setup.</summary>
    public async Task SignInNewAdminAsync(string userId)
    {
        var user = await Users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"User {userId} vanished right after it was created.");
        await signIn.SignInAsync(user, isPersistent: false);
        logger.LogInformation("Sign-in {Outcome} for {Email} ({UserId}) after first-run setup", SignInOutcome.SignedIn, user.Email, user.Id);
    }

    public async Task SignOutAsync()
    {
        var name = signIn.Context.User.Identity?.Name;
        await signIn.SignOutAsync();
        logger.LogInformation("Signed out {Email}", name);
    }

    /// <summary>Checks a code against the authenticator, or redeems it as a recovery code; returns the method for the cookie.</summary>
    public async Task<(bool Valid, string Method)> CheckCodeAsync(TrackerUser user, string? code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var clean = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        if (clean.Length == 6 && clean.All(char.IsAsciiDigit))
        {
            return (await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, clean), "otp");
        }

        // Identity issues recovery codes as XXXXX-XXXXX in upper case; people type them in any case.
        var recovery = clean.ToUpperInvariant();
        return (recovery.Length is > 0 and <= 32 && (await Users.RedeemTwoFactorRecoveryCodeAsync(user, recovery)).Succeeded, "recovery-code");
    }

    /// <summary>The one password hash of every branch: the user's, or the decoy when there is no user.</summary>
    private PasswordVerificationResult Verify(TrackerUser? user, string password)
    {
        var hasher = Users.PasswordHasher;
        if (user?.PasswordHash is { } hash)
        {
            return hasher.VerifyHashedPassword(user, hash, password);
        }

        _decoyHash ??= hasher.HashPassword(DecoyUser, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(DecoyUser, _decoyHash, password);
        return PasswordVerificationResult.Failed;
    }

    private async Task<SignInOutcome> FailAsync(string name, TrackerUser? user, string reason)
    {
        logger.LogWarning("Sign-in {Outcome} for {Email}: {Reason}", SignInOutcome.Failed, name, reason);
        await audit.RecordAsync(new AccessRecord(AccessEvent.SignInFailed, user?.Id, name, Address, reason));
        return SignInOutcome.Failed;
    }
}

/// <summary>Claims the sign-in adds to the cookie.</summary>
public static class SignInClaims
{
    public static Claim Method(string method) => new(SignInService.AuthenticationMethodClaim, method);
}
