using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Features.Account;

/// <summary>Real sign-ins through the forms, and TOTP codes computed here from the shared key as an authenticator app does.</summary>
internal static partial class AccountTestSupport
{
    public const string SignIn = "/account/sign-in";
    public const string TwoFactor = "/account/sign-in/two-factor";
    public const string Generic = "The email address or the password is wrong.";

    public static async Task<(HttpClient Client, HttpResponseMessage Response)> SignInAsync(this TrackerWebFactory factory, string email, string password, string path = SignIn)
    {
        var client = factory.CreateClientAs(null);
        var hidden = await client.HiddenFieldsAsync(path);
        var response = await client.PostFormAsync(path, hidden, ("Input.Email", email), ("Input.Password", password));
        return (client, response);
    }

    public static async Task<HttpResponseMessage> PostCodeAsync(this HttpClient client, string code, string path = TwoFactor)
    {
        var hidden = await client.HiddenFieldsAsync(path);
        return await client.PostFormAsync(path, hidden, ("Input.Code", code));
    }

    /// <summary>Posts one of several forms of a page: its antiforgery token and its handler name, then the fields.</summary>
    public static async Task<HttpResponseMessage> PostPageFormAsync(this HttpClient client, string path, string formName, params (string Name, string Value)[] fields)
    {
        using var page = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = Token().Match(await page.Content.ReadAsStringAsync()).Groups["value"].Value;
        var hidden = new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["_handler"] = formName };
        return await client.PostFormAsync(path, hidden, fields);
    }

    /// <summary>Turns two-factor sign-in on for a user directly in the store; returns the shared key.</summary>
    public static async Task<string> EnableTwoFactorAsync(this TrackerWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    public static async Task<IReadOnlyList<string>> RecoveryCodesAsync(this TrackerWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        return [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByEmailAsync(email))!, 10))!];
    }

    public static async Task<TrackerUser> FindAsync(this TrackerWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>().FindByEmailAsync(email))!;
    }

    /// <summary>
    /// RFC 6238 with the authenticator defaults (HMAC-SHA1, 30 s, 6 digits). Identity reads the machine's
    /// clock for codes, not the app's TimeProvider, so the code is computed for the machine's time too.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "Authenticator codes are HMAC-SHA1 by RFC 6238; the test computes what the app checks.")]
    public static string Totp(string base32Key)
    {
        var step = (ulong)(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() / 30);
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    public static bool SetsAuthCookie(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("""name="__RequestVerificationToken" value="(?<value>[^"]*)""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Token();
}
