using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Timeline;

/// <summary>
/// How far a date moved, counted in whole periods of <see cref="Unit"/>: "+3 months", "−1 quarter".
/// Positive is later (a slip), negative earlier, zero on plan.
/// </summary>
public readonly record struct Slip(int Amount, DatePrecision Unit)
{
    public bool IsLate => Amount > 0;

    public bool IsEarly => Amount < 0;

    /// <summary>Compares two partial dates at the coarser of their precisions (<see cref="PartialDate.PeriodsBetween"/>).</summary>
    public static Slip Between(PartialDate from, PartialDate to)
    {
        var (amount, unit) = PartialDate.PeriodsBetween(from, to);
        return new Slip(amount, unit);
    }
}
