using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Web.Tests;

/// <summary>One assessment a test arranges: the risk's state, likelihood and impact as reported on a day.</summary>
internal sealed record RiskClaim(RiskState State, RiskLevel Likelihood, RiskLevel Impact, PartialDate ReportedOn, string? Reason = null, string? Quote = null);

/// <summary>
/// Puts risks straight in the store (risk, threats, consequences, assessments and their citations),
/// so the read side is tested without the admin service that writes them.
/// </summary>
internal static class RiskFixtures
{
    public static RiskClaim Claim(RiskState state, RiskLevel likelihood, RiskLevel impact, PartialDate reportedOn, string? reason = null, string? quote = null) =>
        new(state, likelihood, impact, reportedOn, reason, quote);

    /// <summary>A risk of the seeded campus; <paramref name="milestones"/> and <paramref name="phases"/> name what it threatens by title and name.</summary>
    public static async Task<int> AddRiskAsync(
        IServiceProvider services,
        string title,
        IReadOnlyList<RiskClaim> claims,
        RiskCategory category = RiskCategory.Permit,
        IReadOnlyList<string>? milestones = null,
        IReadOnlyList<string>? phases = null,
        string? owner = null)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var campus = await db.Campuses.Where(c => c.Slug == "alixan").Select(c => c.Id).SingleAsync();
        var source = await db.Sources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var milestoneIds = await db.Milestones.Where(m => m.CampusId == campus && (milestones ?? new List<string>()).Contains(m.Title)).Select(m => m.Id).ToListAsync();
        var phaseIds = await db.Phases.Where(p => p.CampusId == campus && (phases ?? new List<string>()).Contains(p.Name)).Select(p => p.Id).ToListAsync();
        var risk = new Risk
        {
            CampusId = campus,
            Title = title,
            Category = category,
            Owner = owner,
            Threats = [.. milestoneIds.Select(id => new RiskThreat { MilestoneId = id }), .. phaseIds.Select(id => new RiskThreat { PhaseId = id })],
            Assessments = [.. claims.Select(c => new RiskAssessment
            {
                State = c.State,
                Likelihood = c.Likelihood,
                Impact = c.Impact,
                AnnouncedOn = c.ReportedOn,
                Status = ClaimStatus.OfficialAnnouncement,
                Reason = c.Reason,
                Citations = [new Citation { SourceId = source, Quote = c.Quote }],
                RecordedAt = TrackerWebFactory.Today,
            })],
        };
        db.Risks.Add(risk);
        db.AuditEntries.Add(new AuditEntry { UserName = "test", EntityType = "Test", EntityId = title, Action = "Arranged", Summary = title, Changes = "[]" });
        await db.SaveChangesAsync();
        return risk.Id;
    }
}
