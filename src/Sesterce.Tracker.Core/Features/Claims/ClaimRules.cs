using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;

namespace Sesterce.Tracker.Core.Features.Claims;

/// <summary>A headline claim and why the rule chose it.</summary>
public sealed record Headline<T>(T Claim, HeadlineReason Reason)
    where T : IClaimView;

/// <summary>
/// The rules every kind of claim follows (docs/claims.md): figures, milestone dates, phase plans.
/// Pure: they see only the claims known on the view's date, so a past view cannot know the future.
/// </summary>
public static class ClaimRules
{
    /// <summary>Official announcements and approved claims outrank press reports and internal estimates.</summary>
    public static bool IsAuthoritative(ClaimStatus status) =>
        status is ClaimStatus.OfficialAnnouncement or ClaimStatus.Approved;

    /// <summary>
    /// Orders claims by when they became known, then by recording order, and marks each with the
    /// known claim that corrects it (<paramref name="markCorrectedBy"/> returns a copy with that mark).
    /// </summary>
    public static IReadOnlyList<T> Ledger<T>(IEnumerable<T> known, Func<T, int?, T> markCorrectedBy)
        where T : IClaimView
    {
        var list = known.OrderBy(c => c.KnownFrom).ThenBy(c => c.Id).ToList();
        var correctedBy = list
            .Where(c => c.CorrectsRevisionId is not null)
            .GroupBy(c => c.CorrectsRevisionId!.Value)
            .ToDictionary(g => g.Key, g => g.Max(c => c.Id));
        return [.. list.Select(c => markCorrectedBy(c, correctedBy.TryGetValue(c.Id, out var by) ? by : null))];
    }

    /// <summary>The claims of a ledger that stand: those no known correction replaces.</summary>
    public static IReadOnlyList<T> Effective<T>(IReadOnlyList<T> ledger)
        where T : IClaimView =>
        [.. ledger.Where(c => c.CorrectedByRevisionId is null)];

    /// <summary>
    /// The headline among standing claims ordered as <see cref="Ledger"/> orders them:
    /// 1. the latest official or approved claim, or a later claim stating exactly the same value
    ///    (a report repeating the official word is the freshest word on it without overruling anything);
    /// 2. else, when nothing official is known, the latest claim of any status.
    /// A press report or an internal estimate therefore never silently replaces an official value:
    /// views show it beside the headline (<see cref="Challenger"/>).
    /// </summary>
    public static Headline<T>? Choose<T>(IReadOnlyList<T> effective, Func<T, T, bool> sameValue)
        where T : IClaimView
    {
        if (effective.Count == 0)
        {
            return null;
        }

        var authoritativeIndex = LastIndex(effective, c => IsAuthoritative(c.Status));
        if (authoritativeIndex < 0)
        {
            return new Headline<T>(effective[^1], HeadlineReason.LatestAnyStatus);
        }

        var official = effective[authoritativeIndex];
        for (var i = effective.Count - 1; i > authoritativeIndex; i--)
        {
            if (sameValue(effective[i], official))
            {
                return new Headline<T>(effective[i], HeadlineReason.RestatesAuthoritative);
            }
        }

        return new Headline<T>(official, HeadlineReason.LatestAuthoritative);
    }

    /// <summary>
    /// The latest standing claim after the headline that says something else (an internal estimate
    /// moving an official date): shown beside the headline, never instead of it. Null when none.
    /// </summary>
    public static T? Challenger<T>(IReadOnlyList<T> effective, T headline, Func<T, T, bool> sameValue)
        where T : class, IClaimView
    {
        for (var i = effective.Count - 1; i >= 0; i--)
        {
            var claim = effective[i];
            if (claim.Id == headline.Id || (claim.KnownFrom, claim.Id).CompareTo((headline.KnownFrom, headline.Id)) < 0)
            {
                return null;
            }

            if (!sameValue(claim, headline))
            {
                return claim;
            }
        }

        return null;
    }

    private static int LastIndex<T>(IReadOnlyList<T> list, Func<T, bool> match)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (match(list[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
