using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Web.Features.Timeline;

/// <summary>Maps days onto a horizontal pixel range and picks tick marks that suit the span shown.</summary>
public sealed record TimeScale(DateOnly Start, DateOnly End, double Left, double Right)
{
    public int SpanDays => Math.Max(End.DayNumber - Start.DayNumber, 1);

    /// <summary>The finest of month, quarter or year whose ticks stay far enough apart for their labels.</summary>
    public DatePrecision TickUnit
    {
        get
        {
            const double minimumGap = 56;
            var pixelsPerDay = Math.Abs(Right - Left) / SpanDays;
            return (30.4 * pixelsPerDay) >= minimumGap ? DatePrecision.Month
                : (91.3 * pixelsPerDay) >= minimumGap ? DatePrecision.Quarter
                : DatePrecision.Year;
        }
    }

    public double X(DateOnly day) => Left + ((day.DayNumber - Start.DayNumber) / (double)SpanDays * (Right - Left));

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>Clamps a day into the visible window, for bars that run past either edge.</summary>
    public double ClampedX(DateOnly day) => X(day < Start ? Start : day > End ? End : day);

    public IEnumerable<PartialDate> Ticks()
    {
        var unit = TickUnit;
        var tick = new PartialDate(Start, unit);
        if (tick.Start < Start && Next(tick) is { } first)
        {
            tick = first;
        }

        while (tick.Start <= End)
        {
            yield return tick;
            if (Next(tick) is not { } next)
            {
                yield break;
            }

            tick = next;
        }
    }

    /// <summary>
    /// The periods of <see cref="TickUnit"/> that overlap the window, each with its boundaries in
    /// pixels (clamped to the window) and the middle of its visible part. Gridlines go at the
    /// boundaries and labels at the middle, so a value drawn at its own month sits inside the band
    /// its label names, never on the next period's line.
    /// </summary>
    public IEnumerable<PeriodBand> Periods()
    {
        var period = new PartialDate(Start, TickUnit);
        while (period.Start <= End)
        {
            var from = ClampedX(period.Start);
            var to = period.End >= End ? X(End) : X(period.End.AddDays(1));
            yield return new PeriodBand(period, from, to, period.Start >= Start);
            if (Next(period) is not { } next)
            {
                yield break;
            }

            period = next;
        }
    }

    /// <summary>The period after <paramref name="date"/>, or null past the last representable year.</summary>
    private static PartialDate? Next(PartialDate date) => date.End == DateOnly.MaxValue
        ? null
        : new PartialDate(date.End.AddDays(1), date.Precision);

    /// <summary>A window of <paramref name="months"/> around <paramref name="center"/>; null months means the whole extent.</summary>
    public static (DateOnly Start, DateOnly End) Window(DateOnly extentStart, DateOnly extentEnd, DateOnly center, int? months)
    {
        if (months is not { } size)
        {
            var start = AddMonths(FirstOfMonth(extentStart), -1);
            // Room on the right for the caption beside the last marker.
            var end = LastDayBefore(AddMonths(FirstOfMonth(extentEnd), 4));
            return (start, end);
        }

        var from = AddMonths(FirstOfMonth(center), -(size / 3));
        return (from, LastDayBefore(AddMonths(from, size)));
    }

    /// <summary>
    /// Moves by whole months, stopping at the first and last representable days: an as-of day of
    /// 0001-01-01 or 9999-12-31 typed into the address must draw a window, not fail the page.
    /// </summary>
    public static DateOnly AddMonths(DateOnly day, int months)
    {
        var index = Math.Clamp(((long)day.Year * 12) + day.Month - 1 + months, 12L, (9999L * 12) + 11);
        var (year, month) = ((int)(index / 12), (int)(index % 12) + 1);
        return new DateOnly(year, month, Math.Min(day.Day, DateTime.DaysInMonth(year, month)));
    }

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly LastDayBefore(DateOnly day) => CalendarDays.PreviousOrFirst(day);
}

/// <summary>
/// One period on a time axis: a gridline at <see cref="From"/> when the period starts inside the
/// window (<see cref="StartsInside"/>) and its label centred between <see cref="From"/> and <see cref="To"/>.
/// </summary>
public sealed record PeriodBand(PartialDate Period, double From, double To, bool StartsInside)
{
    public double Center => (From + To) / 2;

    public double Size => Math.Abs(To - From);
}
