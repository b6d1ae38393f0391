namespace Sesterce.Tracker.Core.Domain;

public enum FigureQualifier
{
    Exact = 0,
    Approximately = 1,
    AtLeast = 2,
    AtMost = 3,
    ExpectedToRise = 4,
}

/// <summary>What an investment amount covers: the building alone, or the computing equipment too.</summary>
public enum InvestmentScope
{
    Unknown = 0,
    FacilityOnly = 1,
    IncludingItEquipment = 2,
}

public enum MilestoneKind
{
    Announcement = 0,
    Regulatory = 1,
    Construction = 2,
    Commissioning = 3,
    Operation = 4,
    Financing = 5,
    Other = 6,
}

public enum MilestoneStatus
{
    Planned = 0,
    InProgress = 1,

    // 2 was "achieved": a milestone is reached by a reached-date claim with its sources, not by a status.
    Cancelled = 3,
}

/// <summary>A milestone's state as seen on an as-of date, derived from its dates.</summary>
public enum MilestoneState
{
    Upcoming = 0,
    InProgress = 1,
    Due = 2,
    Overdue = 3,
    Achieved = 4,
    Cancelled = 5,
}
