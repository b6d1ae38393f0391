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

    /// <summary>
    /// Compares two partial dates at the coarser of their precisions, because a finer comparison
    /// would claim more than the vaguer date says: "15 Dec 2026" against "March 2027" is a slip of
    /// three months, not of a number of days.
    /// </summary>
    public static Slip Between(PartialDate from, PartialDate to)
    {
        var unit = (DatePrecision)Math.Max((int)from.Precision, (int)to.Precision);
        var a = new PartialDate(from.Start, unit);
        var b = new PartialDate(to.Start, unit);
        var amount = unit switch
        {
            DatePrecision.Day => b.Start.DayNumber - a.Start.DayNumber,
            DatePrecision.Month => ((b.Start.Year - a.Start.Year) * 12) + b.Start.Month - a.Start.Month,
            DatePrecision.Quarter => ((b.Start.Year - a.Start.Year) * 4) + b.Quarter - a.Quarter,
            _ => b.Start.Year - a.Start.Year,
        };
        return new Slip(amount, unit);
    }
}
