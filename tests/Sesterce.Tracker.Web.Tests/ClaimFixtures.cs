using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Web.Tests;

/// <summary>
/// Claim views for component tests, put together by the real claim rules (<see cref="MilestoneDates.From"/>),
/// so a test's milestone reads exactly as a service would read the same claims.
/// </summary>
internal static class ClaimFixtures
{
    public static readonly SourceRef Article = new(1, "Sesterce double la mise", null, null, PartialDate.OnDay(2025, 11, 24), "fr");

    public static readonly SourceRef Newspaper = new(2, "Le supercalculateur d'Alixan", "Le Dauphiné libéré", null, PartialDate.OnDay(2025, 12, 2), "fr");

    public static IReadOnlyList<CitationView> Cite(SourceRef source, string? quote) => [new CitationView(source, quote)];

    public static MilestoneDateRevisionView Target(
        int id,
        PartialDate? date,
        PartialDate reportedOn,
        ClaimStatus status = ClaimStatus.OfficialAnnouncement,
        IReadOnlyList<CitationView>? sources = null,
        string? reason = null,
        int? corrects = null) =>
        new(id, MilestoneDateKind.Target, date, reportedOn, reportedOn.End, status, sources ?? Cite(Article, null), reason, corrects);

    public static MilestoneDateRevisionView Reached(
        int id,
        PartialDate? date,
        PartialDate reportedOn,
        IReadOnlyList<CitationView>? sources = null,
        ClaimStatus status = ClaimStatus.OfficialAnnouncement) =>
        new(id, MilestoneDateKind.Reached, date, reportedOn, reportedOn.End, status, sources ?? Cite(Article, null), null);

    /// <summary>A milestone as known on <paramref name="asOf"/> from the claims known then.</summary>
    public static MilestoneSummary Milestone(
        int id,
        string title,
        DateOnly asOf,
        IEnumerable<MilestoneDateRevisionView> claims,
        MilestoneKind kind = MilestoneKind.Commissioning,
        string? phase = "Phase 1",
        MilestoneStatus status = MilestoneStatus.Planned)
    {
        var known = claims.Where(c => c.KnownFrom <= asOf).ToList();
        var dates = MilestoneDates.From(known);
        return new MilestoneSummary(
            id,
            title,
            kind,
            MilestoneRules.StateOn(asOf, viewingToday: true, status, dates.Target?.Date, dates.Reached?.Date),
            phase,
            dates.Baseline,
            dates.Target,
            dates.TargetChallenger,
            dates.Reached,
            dates.Ledger,
            known.Min(c => c.KnownFrom));
    }
}
