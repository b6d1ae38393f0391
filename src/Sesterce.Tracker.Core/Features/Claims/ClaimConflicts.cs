using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Claims;

/// <summary>
/// An admin's resolution of a conflict as known on the view's day (<see cref="ConflictResolution"/>).
/// <see cref="ClaimId"/> is the disputed claim.
/// </summary>
public sealed record ResolutionView(
    int Id,
    int ClaimId,
    ConflictResolutionKind Kind,
    PartialDate AnnouncedOn,
    DateOnly KnownFrom,
    ClaimStatus Status,
    IReadOnlyList<CitationView> Sources,
    string? Reason,
    int? CorrectsRevisionId = null,
    int? CorrectedByRevisionId = null) : IClaimView
{
    /// <summary>Who may see the claim; admins' pages show it as a chip.</summary>
    public Visibility Visibility { get; init; }
}

/// <summary>
/// How a conflict ended, as known on the view's day. <see cref="Resolution"/> is the admin's claim
/// when an admin resolved it; otherwise a later headline ended it (<see cref="ByClaimId"/>): one
/// that agrees with the disputed claim corroborates it, an official or approved one that does not
/// supersedes it.
/// </summary>
public sealed record ConflictOutcome(ConflictResolutionKind Kind, DateOnly On, int? ByClaimId, ResolutionView? Resolution)
{
    public bool IsAutomatic => Resolution is null;
}

public enum ConflictState
{
    Open = 0,
    Resolved = 1,
}

/// <summary>
/// A claim that disagreed with the headline in force on the day it became known
/// (<see cref="With"/>), from <see cref="Since"/> on. Open until <see cref="Outcome"/> says otherwise.
/// </summary>
public sealed record ClaimConflict<T>(T Claim, T With, DateOnly Since, ConflictOutcome? Outcome, IReadOnlyList<ResolutionView> Resolutions)
    where T : IClaimView
{
    public ConflictState State => Outcome is null ? ConflictState.Open : ConflictState.Resolved;

    public bool IsOpen => Outcome is null;

    public bool Involves(int claimId) => Claim.Id == claimId || With.Id == claimId;
}

/// <summary>
/// The conflict rule, for every kind of claim (docs/figures.md): a standing claim conflicts with the
/// headline in force on the day it became known when their values cannot both be true, whatever
/// the distance between their dates. The conflict stays open until a later headline agrees with the
/// claim (corroborated) or an official or approved headline replaces the one it disputed
/// (superseded), or an admin resolves it; an admin's "reopened" opens it again. Pure: it sees only
/// the claims and resolutions known on the view's day, so a past view shows what was disputed then.
/// </summary>
public static class ClaimConflicts
{
    /// <param name="effective">Standing claims known on the view's day, in ledger order (<see cref="ClaimRules.Ledger"/>).</param>
    /// <param name="headline">The headline rule applied to the claims known on one day, in ledger order.</param>
    /// <param name="disagree">True when no value satisfies both claims (scopes considered: different scopes never disagree).</param>
    /// <param name="resolutions">Admin resolutions known on the view's day, corrected ones included or not.</param>
    public static IReadOnlyList<ClaimConflict<T>> Find<T>(
        IReadOnlyList<T> effective,
        Func<IReadOnlyList<T>, T?> headline,
        Func<T, T, bool> disagree,
        IReadOnlyList<ResolutionView> resolutions)
        where T : class, IClaimView
    {
        if (effective.Count < 2)
        {
            return [];
        }

        var days = effective.Select(c => c.KnownFrom).Distinct().Order().ToList();
        var headlines = days.ToDictionary(day => day, day => headline([.. effective.Where(c => c.KnownFrom <= day)]));
        var standing = ClaimRules.Effective(ClaimRules.Ledger(resolutions, (r, by) => r with { CorrectedByRevisionId = by }));
        var conflicts = new List<ClaimConflict<T>>();
        foreach (var claim in effective)
        {
            var with = headlines[claim.KnownFrom];
            if (with is null || with.Id == claim.Id || !disagree(claim, with))
            {
                continue;
            }

            var mine = standing.Where(r => r.ClaimId == claim.Id).ToList();
            conflicts.Add(new ClaimConflict<T>(claim, with, claim.KnownFrom, Outcome(claim, with, days, headlines, disagree, mine), mine));
        }

        return conflicts;
    }

    /// <summary>The last event wins: a headline that ends the conflict, or an admin's resolution; "reopened" leaves it open.</summary>
    private static ConflictOutcome? Outcome<T>(T claim, T with, List<DateOnly> days, Dictionary<DateOnly, T?> headlines, Func<T, T, bool> disagree, List<ResolutionView> resolutions)
        where T : class, IClaimView
    {
        var events = new List<ConflictOutcome>();
        if (Automatic(claim, with, days, headlines, disagree) is { } automatic)
        {
            events.Add(automatic);
        }

        events.AddRange(resolutions.Select(r => new ConflictOutcome(r.Kind, r.KnownFrom, null, r)));
        var last = events.OrderBy(e => e.On).ThenBy(e => e.Resolution?.Id ?? 0).LastOrDefault();
        return last is null || last.Kind == ConflictResolutionKind.Reopened ? null : last;
    }

    private static ConflictOutcome? Automatic<T>(T claim, T with, List<DateOnly> days, Dictionary<DateOnly, T?> headlines, Func<T, T, bool> disagree)
        where T : class, IClaimView
    {
        foreach (var day in days.Where(d => d > claim.KnownFrom))
        {
            if (headlines[day] is not { } later || later.Id == with.Id)
            {
                continue;
            }

            if (later.Id == claim.Id || !disagree(claim, later))
            {
                return new ConflictOutcome(ConflictResolutionKind.Corroborated, day, later.Id, null);
            }

            if (ClaimRules.IsAuthoritative(later.Status) && later.KnownFrom > claim.KnownFrom)
            {
                return new ConflictOutcome(ConflictResolutionKind.Superseded, day, later.Id, null);
            }
        }

        return null;
    }
}
