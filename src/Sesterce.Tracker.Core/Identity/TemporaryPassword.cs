using System.Security.Cryptography;

namespace Sesterce.Tracker.Core.Identity;

/// <summary>Passwords an admin hands over once: random, long enough for the policy, easy to read aloud.</summary>
public static class TemporaryPassword
{
    // No 0/O, 1/l/I: the password is read off a screen and typed on another.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>Four groups of four from a 31-letter alphabet: about 79 bits, far beyond guessing before it is changed.</summary>
    public static string Generate()
    {
        var groups = new string[4];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = RandomNumberGenerator.GetString(Alphabet, 4);
        }

        return string.Join('-', groups);
    }
}
