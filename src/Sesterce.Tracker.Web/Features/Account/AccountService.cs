using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Account;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Web.Hosting;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>What the account page shows about the signed-in user's two-factor sign-in.</summary>
/// <param name="Enabled">Two-factor sign-in is on.</param>
/// <param name="RecoveryCodesLeft">Unused recovery codes, when on.</param>
/// <param name="Required">The user's role requires it (<see cref="TwoFactorPolicy"/>).</param>
public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool Required);

/// <summary>An enrolment in progress: the shared key, grouped for reading, and the QR code of its otpauth URI as inline SVG.</summary>
public sealed record AuthenticatorSetup(string FormattedKey, string Uri, string QrSvg);

/// <summary>Why a password change was refused: Identity error codes (PasswordMismatch for a wrong current password, policy codes otherwise).</summary>
public sealed record PasswordChangeResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static readonly PasswordChangeResult Done = new(true, []);
}

/// <summary>
/// The signed-in user's own account: two-factor enrolment, recovery codes, password change. Used from
/// static server-rendered forms, so it can refresh the user's cookie after a change; every change is audited.
/// </summary>
public sealed class AccountService(TrackerSignInManager signIn, SignInService codes, AccessAudit audit, SessionStore sessions, IConfiguration configuration, ILogger<AccountService> logger)
{
    public const string Issuer = "Sesterce Tracker";
    public const int RecoveryCodeCount = 10;

    private UserManager<TrackerUser> Users => signIn.UserManager;

    private string? Address => ClientAddress.Of(signIn.Context);

    public async Task<TrackerUser?> CurrentUserAsync(ClaimsPrincipal principal) => await Users.GetUserAsync(principal);

    public async Task<TwoFactorStatus> StatusAsync(TrackerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var enabled = await Users.GetTwoFactorEnabledAsync(user);
        var left = enabled ? await Users.CountRecoveryCodesAsync(user) : 0;
        return new TwoFactorStatus(enabled, left, TwoFactorPolicy.RequiredFor(configuration, await Users.GetRolesAsync(user)));
    }

    /// <summary>A fresh key for a new enrolment; an earlier unconfirmed one stops working.</summary>
    public async Task<AuthenticatorSetup> StartEnrolmentAsync(TrackerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await Users.ResetAuthenticatorKeyAsync(user);
        return await PendingEnrolmentAsync(user);
    }

    /// <summary>The key of the enrolment in progress, shown again after a wrong code.</summary>
    public async Task<AuthenticatorSetup> PendingEnrolmentAsync(TrackerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await Users.ResetAuthenticatorKeyAsync(user);
            key = await Users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Identity made no authenticator key.");
        }

        var uri = OtpAuthUri(user.Email ?? user.UserName ?? user.Id, key);
        return new AuthenticatorSetup(FormatKey(key), uri, QrSvg(uri));
    }

    /// <summary>Turns two-factor sign-in on once a code from the app proves the key was copied; returns the recovery codes, or null for a wrong code.</summary>
    public async Task<IReadOnlyList<string>?> ConfirmEnrolmentAsync(TrackerUser user, string? code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var clean = (code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (clean.Length != 6 || !clean.All(char.IsAsciiDigit) || !await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, clean))
        {
            return null;
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        await RecordAsync(user, AccessEvent.TwoFactorEnabled, "Authenticator app enrolled");
        var recovery = await NewRecoveryCodesAsync(user);
        // Rebuilds the cookie, which drops the "enrol first" flag of a role that requires two-factor sign-in.
        await signIn.RefreshSignInAsync(user);
        return recovery;
    }

    public async Task<IReadOnlyList<string>> RegenerateRecoveryCodesAsync(TrackerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await NewRecoveryCodesAsync(user);
    }

    /// <summary>Turns two-factor sign-in off, given a current code (or recovery code) or the password. Refused when the role requires it.</summary>
    public async Task<bool> DisableAsync(TrackerUser user, string? codeOrPassword)
    {
        ArgumentNullException.ThrowIfNull(user);
        if ((await StatusAsync(user)).Required || string.IsNullOrEmpty(codeOrPassword))
        {
            return false;
        }

        var proven = await Users.CheckPasswordAsync(user, codeOrPassword) || (await codes.CheckCodeAsync(user, codeOrPassword)).Valid;
        if (!proven)
        {
            return false;
        }

        await Users.SetTwoFactorEnabledAsync(user, false);
        await Users.ResetAuthenticatorKeyAsync(user);
        await RecordAsync(user, AccessEvent.TwoFactorDisabled, "Authenticator app removed");
        await signIn.RefreshSignInAsync(user);
        return true;
    }

    /// <summary>
    /// Changes the password after checking the current one; the new one goes through the password policy.
    /// Clears a reset's "must change" flag, ends the user's other sessions and keeps this one.
    /// </summary>
    public async Task<PasswordChangeResult> ChangePasswordAsync(TrackerUser user, string? current, string? next)
    {
        ArgumentNullException.ThrowIfNull(user);
        var changed = await Users.ChangePasswordAsync(user, current ?? "", next ?? "");
        if (!changed.Succeeded)
        {
            return new PasswordChangeResult(false, [.. changed.Errors.Select(e => e.Code).Distinct()]);
        }

        user.MustChangePassword = false;
        await Users.UpdateAsync(user);
        await EndOtherSessionsAsync(user);
        await RecordAsync(user, AccessEvent.PasswordChanged, "Changed by the user");
        logger.LogInformation("User {UserId} changed their password", user.Id);
        return PasswordChangeResult.Done;
    }

    /// <summary>
    /// A changed password ends every other session at once (ASVS 7.4.3); the new security stamp also
    /// invalidates any cookie minted before, and this request's cookie is re-issued, keeping its session.
    /// </summary>
    private async Task EndOtherSessionsAsync(TrackerUser user)
    {
        var current = signIn.Context.User.FindFirst(SessionCookie.SessionIdClaim)?.Value;
        await sessions.EndAllAsync(user.Id, SessionEndReasons.PasswordChanged, current);
        await Users.UpdateSecurityStampAsync(user);
        await signIn.RefreshSignInAsync(user);
    }

    private async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(TrackerUser user)
    {
        var recovery = await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await RecordAsync(user, AccessEvent.RecoveryCodesGenerated, $"{RecoveryCodeCount} recovery codes issued");
        return [.. recovery];
    }

    private Task RecordAsync(TrackerUser user, AccessEvent what, string detail) =>
        audit.RecordAsync(new AccessRecord(what, user.Id, user.Email ?? user.Id, Address, detail));

    public static string OtpAuthUri(string account, string key) =>
        string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");

    /// <summary>Groups of four, lower case, as authenticator apps accept them typed by hand.</summary>
    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(text.Length > 0 ? " " : "").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }

    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
