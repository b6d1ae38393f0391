using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Milestones;

/// <summary>Pure rules for a milestone's state on a date.</summary>
public static class MilestoneRules
{
    /// <summary>
    /// Derives the state on <paramref name="asOf"/> from the date claims known then: reached only by a
    /// reached-date claim. The recorded status (in progress, cancelled) only counts for today's view:
    /// nobody recorded when a milestone was cancelled or started, so a past view cannot know it.
    /// </summary>
    public static MilestoneState StateOn(DateOnly asOf, bool viewingToday, MilestoneStatus recordedStatus, PartialDate? target, PartialDate? actual)
    {
        if (actual is { } reached && reached.End <= asOf)
        {
            return MilestoneState.Achieved;
        }

        if (viewingToday && recordedStatus == MilestoneStatus.Cancelled)
        {
            return MilestoneState.Cancelled;
        }

        if (target is { } due)
        {
            if (due.End < asOf)
            {
                return MilestoneState.Overdue;
            }

            if (due.Contains(asOf))
            {
                return MilestoneState.Due;
            }
        }

        return viewingToday && recordedStatus == MilestoneStatus.InProgress ? MilestoneState.InProgress : MilestoneState.Upcoming;
    }

    /// <summary>Open milestones are those still ahead on the date: neither reached nor cancelled.</summary>
    public static bool IsOpen(MilestoneState state) => state is not (MilestoneState.Achieved or MilestoneState.Cancelled);
}
