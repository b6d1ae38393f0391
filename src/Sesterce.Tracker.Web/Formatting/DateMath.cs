using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Web.Formatting;

public static class DateMath
{
    /// <summary>
    /// Whole periods of the target's precision from the period holding <paramref name="today"/> to
    /// the target: positive ahead, negative behind, zero when the target's period holds today.
    /// </summary>
    public static int StepsBetween(DateOnly today, PartialDate target) => target.Precision switch
    {
        DatePrecision.Day => target.Start.DayNumber - today.DayNumber,
        DatePrecision.Month => ((target.Start.Year - today.Year) * 12) + target.Start.Month - today.Month,
        DatePrecision.Quarter => ((target.Start.Year - today.Year) * 4) + target.Quarter - (((today.Month - 1) / 3) + 1),
        _ => target.Start.Year - today.Year,
    };
}
