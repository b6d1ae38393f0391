using Microsoft.EntityFrameworkCore;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>
/// How much one campus may hold, in one place: the campus file import and the admin forms refuse
/// anything past these, so every page stays readable and bounded (docs/data-safety.md, import).
/// The seeded campus holds a few dozen of each; the limits leave room for years of tracking while
/// stopping a file of 16,000 milestones that no timeline can show sensibly.
/// </summary>
public static class CampusLimits
{
    public const int MilestonesPerCampus = 2_000;

    public const int DateClaimsPerMilestone = 500;

    public const int PhasesPerCampus = 100;

    public const int FiguresPerCampus = 200;

    public const int RevisionsPerFigure = 5_000;

    public const int RisksPerCampus = 500;

    public const int AssessmentsPerRisk = 500;

    /// <summary>Sources are shared by every campus; this bounds how many one campus file may bring.</summary>
    public const int SourcesPerFile = 500;

    /// <summary>Conflict resolutions one campus file may bring.</summary>
    public const int ResolutionsPerFile = 5_000;

    /// <summary>Benchmarks one campus file may bring.</summary>
    public const int BenchmarksPerFile = 500;

    /// <summary>
    /// Refuses an admin write that would add one record past <paramref name="limit"/>: the form
    /// gets the same message as a file holding too many (the count it would make, the limit).
    /// </summary>
    internal static async Task RefuseBeyondAsync<T>(WriteScope scope, IQueryable<T> existing, int limit, string code)
    {
        var count = await existing.CountAsync(scope.CancellationToken);
        if (count >= limit)
        {
            scope.Rules.Add("", code, count + 1, limit);
        }
    }
}
