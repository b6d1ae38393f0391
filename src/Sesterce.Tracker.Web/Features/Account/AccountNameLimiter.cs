using System.Collections.Concurrent;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// Caps sign-in attempts per account name across all addresses (the per-address cap is
/// <see cref="Hosting.SignInRateLimit"/>): a botnet spraying one account from thousands of addresses
/// gets <see cref="DefaultPermitsPerMinute"/> tries a minute, whether the account exists or not. Because it
/// counts names, not accounts, refusing here answers without hashing and still tells nothing about
/// who has an account. It cannot keep the real user out for long: a window lasts one minute.
/// </summary>
public sealed class AccountNameLimiter(TimeProvider clock, IConfiguration configuration)
{
    public const string PermitsSetting = "Security:SignInPermitsPerAccountPerMinute";
    public const int DefaultPermitsPerMinute = 10;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Beyond this many names the expired windows are swept, so a flood of invented names cannot grow memory for ever.
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _permits = Math.Max(1, configuration.GetValue(PermitsSetting, DefaultPermitsPerMinute));

    /// <summary>Counts one attempt for <paramref name="accountName"/>; false when the name used up its window.</summary>
    public bool TryAcquire(string accountName)
    {
        ArgumentNullException.ThrowIfNull(accountName);
        var now = clock.GetUtcNow();
        if (_counters.Count > SweepAbove)
        {
            foreach (var (name, counter) in _counters)
            {
                if (now - counter.WindowStart >= Window)
                {
                    _counters.TryRemove(name, out _);
                }
            }
        }

        var current = _counters.AddOrUpdate(
            accountName.Trim(),
            _ => new Counter(now, 1),
            (_, counter) => now - counter.WindowStart >= Window ? new Counter(now, 1) : counter with { Count = counter.Count + 1 });
        return current.Count <= _permits;
    }

    /// <summary>
    /// A completed sign-in ends the name's window: the cap is for guessing, and a user who signs in
    /// and out several times a minute (or a script with the right password) is not guessing.
    /// </summary>
    public void Forget(string accountName)
    {
        ArgumentNullException.ThrowIfNull(accountName);
        _counters.TryRemove(accountName.Trim(), out _);
    }

    private sealed record Counter(DateTimeOffset WindowStart, int Count);
}
