namespace Sesterce.Tracker.Core.Domain;

/// <summary>
/// A figure's value: one exact number when <see cref="Low"/> equals <see cref="High"/>, else a
/// range. Arithmetic carries ranges through, so a ratio of two ranges is the widest honest range.
/// </summary>
public readonly record struct ValueRange
{
    public ValueRange(decimal low, decimal high)
    {
        if (low > high)
        {
            throw new ArgumentException($"The low value {low} is above the high value {high}.", nameof(low));
        }

        Low = low;
        High = high;
    }

    public decimal Low { get; }

    public decimal High { get; }

    public bool IsSingle => Low == High;

    public static ValueRange Exactly(decimal value) => new(value, value);

    /// <summary>The difference from <paramref name="earlier"/> to this value, bound by bound.</summary>
    public ValueRange Minus(ValueRange earlier)
    {
        var low = Low - earlier.Low;
        var high = High - earlier.High;
        return low <= high ? new ValueRange(low, high) : new ValueRange(high, low);
    }

    /// <summary>Relative change from <paramref name="earlier"/> in percent, bound by bound; null when a base is zero.</summary>
    public ValueRange? PercentChangeFrom(ValueRange earlier)
    {
        if (earlier.Low == 0 || earlier.High == 0)
        {
            return null;
        }

        var low = (Low - earlier.Low) / earlier.Low * 100m;
        var high = (High - earlier.High) / earlier.High * 100m;
        return low <= high ? new ValueRange(low, high) : new ValueRange(high, low);
    }

    /// <summary>This value divided by <paramref name="divisor"/>; null when the divisor can be zero or negative.</summary>
    public ValueRange? DividedBy(ValueRange divisor)
    {
        if (divisor.Low <= 0)
        {
            return null;
        }

        return new ValueRange(Low / divisor.High, High / divisor.Low);
    }
}
