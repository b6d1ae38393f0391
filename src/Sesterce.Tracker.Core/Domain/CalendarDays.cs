namespace Sesterce.Tracker.Core.Domain;

/// <summary>
/// Day steps that stop at the first and last representable days instead of throwing. An as-of day
/// is typed into addresses (<c>?asOf=9999-12-31</c>), so any day a page or feed computes from it
/// must stay defined up to <see cref="DateOnly.MaxValue"/>.
/// </summary>
public static class CalendarDays
{
    /// <summary>The day after <paramref name="day"/>, or the last representable day itself.</summary>
    public static DateOnly NextOrLast(DateOnly day) => day == DateOnly.MaxValue ? day : day.AddDays(1);

    /// <summary>The day before <paramref name="day"/>, or the first representable day itself.</summary>
    public static DateOnly PreviousOrFirst(DateOnly day) => day == DateOnly.MinValue ? day : day.AddDays(-1);

    /// <summary><paramref name="day"/> moved by <paramref name="days"/>, held within the representable days.</summary>
    public static DateOnly AddClamped(DateOnly day, int days) =>
        DateOnly.FromDayNumber((int)Math.Clamp((long)day.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));
}
