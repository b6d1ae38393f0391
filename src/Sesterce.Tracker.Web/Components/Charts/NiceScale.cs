namespace Sesterce.Tracker.Web.Components.Charts;

/// <summary>
/// Value axes with round steps (1, 2, 2.5 or 5 times a power of ten) from zero to the first step at
/// or above the largest value: €0 / €500M / €1B / €1.5B, never €430M / €860M / €1.3B.
/// </summary>
public static class NiceScale
{
    private static readonly decimal[] Multipliers = [1m, 2m, 2.5m, 5m, 10m];

    /// <summary>The ticks from zero to the top of the axis, at most <paramref name="maxIntervals"/> steps apart.</summary>
    public static IReadOnlyList<decimal> Ticks(decimal max, int maxIntervals = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIntervals, 1);
        if (max <= 0)
        {
            return [0m, 1m];
        }

        var step = Step(max, maxIntervals);
        var count = (int)Math.Ceiling(max / step);
        return [.. Enumerable.Range(0, count + 1).Select(i => i * step)];
    }

    /// <summary>The smallest round step that covers <paramref name="max"/> in <paramref name="maxIntervals"/> steps.</summary>
    public static decimal Step(decimal max, int maxIntervals)
    {
        var raw = max / maxIntervals;
        var magnitude = Pow10((int)Math.Floor(Math.Log10((double)raw)));
        foreach (var multiplier in Multipliers)
        {
            var step = multiplier * magnitude;
            // Double rounding in Log10 may land one power too low; the loop still finds a covering step.
            if (step * maxIntervals >= max)
            {
                return step;
            }
        }

        return 100 * magnitude;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10;
        }

        return exponent < 0 ? 1 / result : result;
    }
}
