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
        if (tick.Start < Start)
        {
            tick = Next(tick);
        }

        while (tick.Start <= End)
        {
            yield return tick;
            tick = Next(tick);
        }
    }

    private static PartialDate Next(PartialDate date) => date.Precision switch
    {
        DatePrecision.Year => new PartialDate(date.Start.AddYears(1), DatePrecision.Year),
        DatePrecision.Quarter => new PartialDate(date.Start.AddMonths(3), DatePrecision.Quarter),
        _ => new PartialDate(date.Start.AddMonths(1), DatePrecision.Month),
    };

    /// <summary>A window of <paramref name="months"/> around <paramref name="center"/>; null months means the whole extent.</summary>
    public static (DateOnly Start, DateOnly End) Window(DateOnly extentStart, DateOnly extentEnd, DateOnly center, int? months)
    {
        if (months is not { } size)
        {
            var start = new DateOnly(extentStart.Year, extentStart.Month, 1).AddMonths(-1);
            // Room on the right for the caption beside the last marker.
            var end = new DateOnly(extentEnd.Year, extentEnd.Month, 1).AddMonths(4).AddDays(-1);
            return (start, end);
        }

        var from = new DateOnly(center.Year, center.Month, 1).AddMonths(-(size / 3));
        return (from, from.AddMonths(size).AddDays(-1));
    }
}
