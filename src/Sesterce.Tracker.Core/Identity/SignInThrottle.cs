using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Identity;

/// <summary>
/// Per-account throttling instead of a lock-out. The first <see cref="FreeFailures"/> failures cost
/// nothing; after that the account refuses every attempt until <c>LastFailedSignInAt</c> plus a delay
/// that doubles with each further failure (1 s, 2 s, 4 s …) up to <see cref="MaximumDelay"/>. A refused
/// attempt is not counted and does not move <c>LastFailedSignInAt</c>, so however many attempts an
/// attacker sends from however many addresses, the real user waits at most <see cref="MaximumDelay"/>
/// after the attacker's last counted guess; a success resets the count. The attacker, meanwhile, gets
/// about four guesses an hour once the cap is reached.
/// </summary>
public static class SignInThrottle
{
    public const int FreeFailures = 3;

    public static readonly TimeSpan MaximumDelay = TimeSpan.FromMinutes(15);

    /// <summary>How long the account waits after its last failure, given the failures counted so far.</summary>
    public static TimeSpan Delay(int failures)
    {
        if (failures < FreeFailures)
        {
            return TimeSpan.Zero;
        }

        // 2^10 s already exceeds the cap; capping the exponent keeps the shift in range for any count.
        var exponent = Math.Min(failures - FreeFailures, 10);
        var delay = TimeSpan.FromSeconds(1L << exponent);
        return delay < MaximumDelay ? delay : MaximumDelay;
    }

    /// <summary>When the account accepts an attempt again, or null when it accepts one now.</summary>
    public static DateTimeOffset? RetryAt(int failures, DateTimeOffset? lastFailedAt, DateTimeOffset now)
    {
        if (failures < FreeFailures || lastFailedAt is not { } last)
        {
            return null;
        }

        var retry = last + Delay(failures);
        return retry > now ? retry : null;
    }

    public static DateTimeOffset? RetryAt(TrackerUser user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        return RetryAt(user.AccessFailedCount, user.LastFailedSignInAt, now);
    }

    /// <summary>Counts one failed password or code.</summary>
    public static void RecordFailure(TrackerUser user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.AccessFailedCount = user.AccessFailedCount < int.MaxValue ? user.AccessFailedCount + 1 : int.MaxValue;
        user.LastFailedSignInAt = now;
    }

    /// <summary>A success, or an admin's unlock: the count and the delay start over.</summary>
    public static void Reset(TrackerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.AccessFailedCount = 0;
        user.LastFailedSignInAt = null;
        user.LockoutEnd = null;
    }
}
