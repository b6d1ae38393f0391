using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Tests;

/// <summary>One assessment a test arranges: the risk's state, likelihood and impact as reported on a day.</summary>
internal sealed record RiskClaim(
    RiskState State,
    RiskLevel Likelihood,
    RiskLevel Impact,
    PartialDate ReportedOn,
    ClaimStatus Status = ClaimStatus.OfficialAnnouncement,
    string? Reason = null,
    string? Quote = null,
    int? Corrects = null);

/// <summary>
/// Arranges risks straight in the store (risk, threats, consequences, assessments and their
/// citations), so the read side is tested without the admin service that writes them.
/// </summary>
internal static class RiskData
{
    public static RiskClaim Claim(RiskState state, RiskLevel likelihood, RiskLevel impact, PartialDate reportedOn, string? reason = null, int? corrects = null, string? quote = null) =>
        new(state, likelihood, impact, reportedOn, Reason: reason, Corrects: corrects, Quote: quote);

    /// <summary>A risk of the seeded campus with its assessments; returns the risk's id and its assessments' ids in order.</summary>
    public static async Task<(int Risk, IReadOnlyList<int> Assessments)> AddRiskAsync(
        this TrackerDatabase db,
        string title,
        IReadOnlyList<RiskClaim> claims,
        RiskCategory category = RiskCategory.Permit,
        IReadOnlyList<int>? milestones = null,
        IReadOnlyList<int>? phases = null,
        IReadOnlyList<int>? consequences = null,
        string? owner = null,
        string campus = "alixan")
    {
        await using var context = db.CreateContext();
        var campusId = await context.Campuses.Where(c => c.Slug == campus).Select(c => c.Id).SingleAsync();
        var source = await context.Sources.OrderBy(s => s.Id).FirstAsync();
        var risk = new Risk
        {
            CampusId = campusId,
            Title = title,
            Category = category,
            Owner = owner,
            Threats = [.. (milestones ?? []).Select(m => new RiskThreat { MilestoneId = m }), .. (phases ?? []).Select(p => new RiskThreat { PhaseId = p })],
            Consequences = [.. (consequences ?? []).Select(c => new RiskConsequence { MilestoneDateRevisionId = c })],
            Assessments = [.. claims.Select(c => Assessment(db, c, source.Id))],
        };
        context.Risks.Add(risk);
        context.AuditEntries.Add(TrackerDatabase.TestAudit(title));
        await context.SaveChangesAsync();
        return (risk.Id, [.. risk.Assessments.Select(a => a.Id)]);
    }

    /// <summary>A later assessment of a risk (a change of state, or a correction when <see cref="RiskClaim.Corrects"/> is set).</summary>
    public static async Task<int> AssessAsync(this TrackerDatabase db, int riskId, RiskClaim claim)
    {
        await using var context = db.CreateContext();
        var source = await context.Sources.OrderBy(s => s.Id).FirstAsync();
        var assessment = Assessment(db, claim, source.Id);
        assessment.RiskId = riskId;
        context.RiskAssessments.Add(assessment);
        context.AuditEntries.Add(TrackerDatabase.TestAudit($"risk {riskId}"));
        await context.SaveChangesAsync();
        return assessment.Id;
    }

    /// <summary>The id of a seeded milestone, and of its phase.</summary>
    public static async Task<(int Milestone, int? Phase)> MilestoneAsync(this TrackerDatabase db, string title)
    {
        await using var context = db.CreateContext();
        var found = await context.Milestones.Where(m => m.Title == title).Select(m => new { m.Id, m.PhaseId }).SingleAsync();
        return (found.Id, found.PhaseId);
    }

    private static RiskAssessment Assessment(TrackerDatabase db, RiskClaim claim, int sourceId) => new()
    {
        State = claim.State,
        Likelihood = claim.Likelihood,
        Impact = claim.Impact,
        AnnouncedOn = claim.ReportedOn,
        Status = claim.Status,
        Reason = claim.Reason,
        CorrectsRevisionId = claim.Corrects,
        Citations = [new Citation { SourceId = sourceId, Quote = claim.Quote }],
        RecordedAt = db.Clock.GetUtcNow(),
    };
}
