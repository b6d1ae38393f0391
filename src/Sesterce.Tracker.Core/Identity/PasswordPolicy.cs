using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Identity;

/// <summary>
/// The password rules of OWASP ASVS 5.0 (section 6.2): length counts, composition rules do
/// not, and known passwords are refused. Identity's built-in validator enforces the minimum length;
/// <see cref="TrackerPasswordValidator"/> adds the rest.
/// </summary>
public static class PasswordPolicy
{
    /// <summary>ASVS asks for at least 8 and suggests 15; 8 keeps the floor, the form suggests 12 or more.</summary>
    public const int MinimumLength = 8;

    /// <summary>ASVS asks that at least 64 characters be allowed; the cap only bounds the hashing work of one request.</summary>
    public const int MaximumLength = 128;

    public const string TooLongCode = "PasswordTooLong";
    public const string CommonCode = "PasswordCommon";
    public const string SameAsUserNameCode = "PasswordSameAsUserName";

    /// <summary>
    /// PBKDF2 with HMAC-SHA512 (Identity's v3 format). OWASP's cheat sheet asks 210,000 iterations for
    /// SHA-512; Identity's default is 100,000. 600,000 matches OWASP's figure for SHA-256 and costs
    /// under a second per sign-in on a small two-core server, a price paid only at sign-in.
    /// </summary>
    public const int HashIterations = 600_000;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommonPasswords);

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = MinimumLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        // No hard lock-out: anyone who knows an email could lock its owner out at will. Failures are
        // throttled per account instead (SignInThrottle), and the sign-in service never asks Identity to lock.
        options.Lockout.AllowedForNewUsers = false;
        options.Lockout.MaxFailedAccessAttempts = int.MaxValue;
        options.User.RequireUniqueEmail = true;
    }

    /// <summary>
    /// True when the password is on the list, or when what is left after <see cref="Normalise"/> is: the list
    /// cannot hold every suffix and spelling, so <c>Password2026</c>, <c>p@ssw0rd!</c> and <c>qwerty123456</c>
    /// are caught through their base word.
    /// </summary>
    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var trimmed = password.Trim();
        return Common.Value.Contains(trimmed) || Normalise(trimmed).Any(b => b.Length >= MinimumBaseLength && Common.Value.Contains(b));
    }

    /// <summary>
    /// The base words a password may hide: lower case, trailing digits and symbols stripped, leet undone
    /// (0→o 1→i or l 3→e 4→a 5→s 7→t @→a $→s). Both orders are tried, since <c>hell0</c> needs the leet
    /// undone first and <c>Password2026</c> needs the digits stripped first.
    /// </summary>
    public static IReadOnlySet<string> Normalise(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.Trim().ToLowerInvariant();
        var bases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var one in new[] { 'i', 'l' })
        {
            bases.Add(Unleet(StripTrailing(lower), one));
            bases.Add(StripTrailing(Unleet(lower, one)));
        }

        return bases;
    }

    /// <summary>Shorter bases ("abc", "joe") would refuse too much once their suffix is stripped; the list still holds their exact spellings.</summary>
    private const int MinimumBaseLength = 3;

    private static string StripTrailing(string text)
    {
        var end = text.Length;
        while (end > 0 && !char.IsLetter(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    private static string Unleet(string text, char one) => string.Create(text.Length, (text, one), static (span, state) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = state.text[i] switch
            {
                '0' => 'o',
                '1' => state.one,
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '7' => 't',
                '@' => 'a',
                '$' => 's',
                var c => c,
            };
        }
    });

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The embedded list of common passwords is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}

/// <summary>Refuses passwords that are too long, well known, or the user's own email or name.</summary>
public sealed class TrackerPasswordValidator : IPasswordValidator<TrackerUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<TrackerUser> manager, TrackerUser user, string? password) =>
        Task.FromResult(Validate(user, password));

    public static IdentityResult Validate(TrackerUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            // The built-in validator reports the missing length.
            return IdentityResult.Success;
        }

        var errors = new List<IdentityError>();
        if (password.Length > PasswordPolicy.MaximumLength)
        {
            errors.Add(new IdentityError { Code = PasswordPolicy.TooLongCode, Description = $"Passwords must be at most {PasswordPolicy.MaximumLength} characters." });
        }

        if (PasswordPolicy.IsCommon(password))
        {
            errors.Add(new IdentityError { Code = PasswordPolicy.CommonCode, Description = "This password is too common; choose another." });
        }

        if (IsOwnName(user, password))
        {
            errors.Add(new IdentityError { Code = PasswordPolicy.SameAsUserNameCode, Description = "The password must not be the user's email address or name." });
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    private static bool IsOwnName(TrackerUser user, string password)
    {
        var candidate = password.Trim();
        var localPart = user.Email?.Split('@')[0];
        return new[] { user.UserName, user.Email, localPart, user.DisplayName }
            .Any(name => !string.IsNullOrWhiteSpace(name) && string.Equals(name.Trim(), candidate, StringComparison.OrdinalIgnoreCase));
    }
}
