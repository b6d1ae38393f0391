using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Tests.Identity;

/// <summary>The password rules of OWASP ASVS 5.0 as the real user manager applies them.</summary>
public class PasswordPolicyTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private static readonly TrackerUser User = new() { UserName = "jane.doe@sesterce.example", Email = "jane.doe@sesterce.example", DisplayName = "Jane Doe" };

    private async Task<IReadOnlyList<string>> ErrorsAsync(string password)
    {
        using var scope = db.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, User, password)).Errors.Select(e => e.Code));
        }

        return errors;
    }

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(64)]
    [InlineData(128)]
    public async Task PasswordsFromEightToOneHundredTwentyEightCharactersAreAccepted(int length) =>
        Assert.Empty(await ErrorsAsync(Password(length)));

    [Fact]
    public async Task SevenCharactersAreTooShort() =>
        Assert.Equal(["PasswordTooShort"], await ErrorsAsync(Password(7)));

    [Fact]
    public async Task OneHundredTwentyNineCharactersAreTooLong() =>
        Assert.Equal([PasswordPolicy.TooLongCode], await ErrorsAsync(Password(129)));

    [Theory]
    [InlineData("password1")]
    [InlineData("PASSWORD1")]
    [InlineData("Azerty123")]
    [InlineData("motdepasse")]
    [InlineData("12345678")]
    public async Task CommonPasswordsAreRefusedWhateverTheirCase(string password) =>
        Assert.Contains(PasswordPolicy.CommonCode, await ErrorsAsync(password));

    [Theory]
    [InlineData("alllowercaseletters")]
    [InlineData("ALL CAPS AND SPACES")]
    [InlineData("1029384756473829")]
    [InlineData("émeraude-lumière")]
    public async Task NoCompositionRuleApplies(string password) =>
        Assert.Empty(await ErrorsAsync(password));

    [Theory]
    [InlineData("jane.doe@sesterce.example")]
    [InlineData("JANE.DOE")]
    [InlineData("Jane Doe")]
    public async Task TheUsersOwnEmailOrNameIsRefused(string password) =>
        Assert.Contains(PasswordPolicy.SameAsUserNameCode, await ErrorsAsync(password));

    [Fact]
    public void TheCommonPasswordListHoldsSeveralHundredEntries()
    {
        var common = new[] { "password", "123456789", "qwertyuiop", "iloveyou", "azertyuiop", "sunshine" };

        Assert.All(common, p => Assert.True(PasswordPolicy.IsCommon(p), p));
        Assert.False(PasswordPolicy.IsCommon("violet-harbour-lantern"));
    }

    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("p@ssw0rd!")]
    [InlineData("Password2026")]
    [InlineData("Azerty1987!!")]
    [InlineData("$unsh1ne2024")]
    [InlineData("Dr@g0n2001")]
    [InlineData("M0tdep4sse!")]
    public async Task ACommonWordWithSuffixesOrLeetSpellingIsRefused(string password) =>
        Assert.Contains(PasswordPolicy.CommonCode, await ErrorsAsync(password));

    [Theory]
    [InlineData("violet-harbour-lantern")]
    [InlineData("correct horse battery staple")]
    [InlineData("Trois petits chats gris 2026")]
    [InlineData("my password is long enough")]
    [InlineData("ZebraQuiltMarmalade!")]
    public async Task GoodPassphrasesAreStillAccepted(string password) =>
        Assert.Empty(await ErrorsAsync(password));

    [Fact]
    public void NormalisingLowersUndoesLeetAndStripsTrailingDigitsAndSymbols()
    {
        Assert.Contains("password", PasswordPolicy.Normalise("P@ssw0rd2026!"));
        Assert.Contains("hello", PasswordPolicy.Normalise("HELL0"));
        Assert.Contains("qwerty", PasswordPolicy.Normalise("qwerty123456"));
        Assert.Contains("lol", PasswordPolicy.Normalise("101!"));
    }

    [Fact]
    public void TheShippedListHoldsAtLeastTenThousandEntries()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("Identity.common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var entries = 0;
        while (reader.ReadLine() is { } line)
        {
            entries += line.Length > 0 && !line.StartsWith('#') ? 1 : 0;
        }

        Assert.True(entries >= 10_000, $"{entries} entries");
        Assert.True(PasswordPolicy.IsCommon("dragon1987"));
    }

    [Fact]
    public void HashingUsesAtLeastTwoHundredTenThousandIterationsAndIdentityNeverLocksAnAccount()
    {
        var hasher = db.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value;
        var identity = db.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;

        Assert.Equal(600_000, hasher.IterationCount);
        // Throttling (SignInThrottle) replaces the lock-out that let anyone lock a user out at will.
        Assert.False(identity.Lockout.AllowedForNewUsers);
        Assert.Equal(int.MaxValue, identity.Lockout.MaxFailedAccessAttempts);
        Assert.False(identity.Password.RequireDigit || identity.Password.RequireUppercase || identity.Password.RequireLowercase || identity.Password.RequireNonAlphanumeric);
    }

    // Distinct characters that spell no word: only the length is under test.
    private static string Password(int length) => string.Concat(Enumerable.Range(0, length).Select(i => "kq7Zv!mR2x"[i % 10]));
}
