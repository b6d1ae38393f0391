using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Risks;

namespace Sesterce.Tracker.Web.Features.Api;

/// <summary>A milestone or a phase a risk threatens: exactly one of the ids is set.</summary>
public sealed record RiskThreatDto(int? MilestoneId, int? PhaseId, string Name)
{
    public static RiskThreatDto From(RiskThreatView t) => new(t.MilestoneId, t.PhaseId, t.Name);
}

/// <summary>A date claim the risk caused, with the milestone it belongs to.</summary>
public sealed record RiskConsequenceDto(int MilestoneId, string MilestoneTitle, DateClaimDto Claim)
{
    public static RiskConsequenceDto From(RiskConsequenceView c) => new(c.MilestoneId, c.MilestoneTitle, DateClaimDto.From(c.Claim)!);
}

/// <summary>One assessment of a risk: a claim with its day, status, reason and sources; a correction names the one it corrects.</summary>
public sealed record RiskAssessmentDto(
    int Id,
    RiskState State,
    RiskLevel Likelihood,
    RiskLevel Impact,
    int Severity,
    string ReportedOn,
    DateOnly KnownFrom,
    ClaimStatus Status,
    string? Reason,
    IReadOnlyList<CitationDto> Sources,
    int? Corrects,
    int? CorrectedBy)
{
    public static RiskAssessmentDto From(RiskAssessmentView a) => new(
        a.Id, a.State, a.Likelihood, a.Impact, a.Severity, a.AnnouncedOn.ToString(), a.KnownFrom, a.Status, a.Reason, CitationDto.From(a.Sources), a.CorrectsRevisionId, a.CorrectedByRevisionId);
}

/// <summary>
/// A risk as known on the response's day: its current state, likelihood and impact (the latest
/// standing assessment), severity = likelihood × impact (1–9), and every assessment known then.
/// </summary>
public sealed record RiskDto(
    int Id,
    string Title,
    string? Description,
    RiskCategory Category,
    RiskState State,
    RiskLevel Likelihood,
    RiskLevel Impact,
    int Severity,
    string? Owner,
    DateOnly FirstKnownOn,
    IReadOnlyList<RiskThreatDto> Threatens,
    IReadOnlyList<RiskConsequenceDto> Consequences,
    IReadOnlyList<RiskAssessmentDto> History)
{
    public static RiskDto From(RiskView r) => new(
        r.Id,
        r.Title,
        r.Description,
        r.Category,
        r.State,
        r.Current.Likelihood,
        r.Current.Impact,
        r.Severity,
        r.Owner,
        r.FirstKnownOn,
        [.. r.Threatens.Select(RiskThreatDto.From)],
        [.. r.Consequences.Select(RiskConsequenceDto.From)],
        [.. r.History.Select(RiskAssessmentDto.From)]);
}

/// <summary>The register of a campus as known on <see cref="AsOf"/>, most severe first, closed risks last.</summary>
public sealed record RisksResponse(string Campus, DateOnly AsOf, IReadOnlyList<RiskDto> Risks);
