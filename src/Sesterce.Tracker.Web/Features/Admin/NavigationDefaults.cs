using Sesterce.Tracker.Core;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Admin;

internal static class NavigationDefaults
{
    /// <summary>Forms propose today as the announcement date, in the ISO form the date fields expect.</summary>
    public static string Today(TrackerClock clock) => AsOf.FormatDay(clock.Today);
}
