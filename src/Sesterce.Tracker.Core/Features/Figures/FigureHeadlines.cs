using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;

namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>Why a revision is a figure's headline; the page explains each in words.</summary>
public enum HeadlineReason
{
    /// <summary>An admin marked it as the reference.</summary>
    Reference = 0,

    /// <summary>The latest official announcement or approved revision.</summary>
    LatestAuthoritative = 1,

    /// <summary>A later report repeating the official number exactly: the freshest word on the same value.</summary>
    RestatesAuthoritative = 2,

    /// <summary>No official or approved revision is known: the latest revision of any status.</summary>
    LatestAnyStatus = 3,
}

public sealed record FigureHeadline(FigureRevisionView Revision, HeadlineReason Reason);

/// <summary>
/// The headline rule (docs/figures.md). Pure: it sees only the effective revisions known on a date,
/// ordered by <see cref="FigureRevisionView.KnownFrom"/> then id, as <see cref="FigureHistory.Effective"/> returns them.
/// </summary>
public static class FigureHeadlines
{
    /// <summary>Official announcements and approved revisions outrank press reports and estimates.</summary>
    public static bool IsAuthoritative(ClaimStatus status) => ClaimRules.IsAuthoritative(status);

    /// <summary>
    /// 1. The reference revision, when one is set and is among the effective revisions.
    /// 2. Else the latest official or approved revision, or the latest later revision stating
    ///    exactly the same value (a report repeating the official number adds its qualifier and
    ///    date without overruling anything).
    /// 3. Else the latest revision of any status.
    /// Rules 2 and 3 look at claims about the whole campus when there are any.
    /// </summary>
    public static FigureHeadline? Choose(IReadOnlyList<FigureRevisionView> effective, int? referenceRevisionId)
    {
        if (referenceRevisionId is { } referenceId && effective.FirstOrDefault(r => r.Id == referenceId) is { } reference)
        {
            return new FigureHeadline(reference, HeadlineReason.Reference);
        }

        // A figure's headline speaks of the whole campus; claims about a phase or a building stand beside it.
        // Only when nothing is said of the whole campus does the rule look at every scope.
        IReadOnlyList<FigureRevisionView> pool = effective.Any(r => r.Part.IsCampus) ? [.. effective.Where(r => r.Part.IsCampus)] : effective;
        return ClaimRules.Choose(pool, (a, b) => a.Value == b.Value) is { } chosen
            ? new FigureHeadline(chosen.Claim, chosen.Reason)
            : null;
    }
}
