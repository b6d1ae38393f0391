using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Sources;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Api;

// The API's own shapes: dates at their precision as ISO 8601 text ("2025-02", "2025-11-17",
// "2026-Q4", "2027") with the precision spelled out beside them; money in euros as exact decimals.

/// <summary>One source of a claim and the words it states the claim in; its publication date at its precision.</summary>
/// <summary>
/// One source of a claim. <see cref="SourceRestricted"/>: every source of the claim is hidden from the
/// caller, and this entry says only that; <see cref="QuoteRestricted"/>: the quote is withheld.
/// </summary>
public sealed record CitationDto(int Id, string Title, string? Publisher, string? Url, string? PublishedOn, string Language, string? Quote, bool SourceRestricted = false, bool QuoteRestricted = false)
{
    public static CitationDto From(CitationView c) =>
        new(c.Source.Id, c.Source.Title, c.Source.Publisher, c.Source.Url, c.Source.PublishedOn?.ToString(), c.Source.Language, c.Quote, c.SourceRestricted, c.QuoteRestricted);

    public static IReadOnlyList<CitationDto> From(IReadOnlyList<CitationView> citations) => [.. citations.Select(From)];
}

/// <summary>A source document; <see cref="ExcerptRestricted"/> says the excerpt is withheld from the caller.</summary>
public sealed record SourceDetailDto(int Id, string Title, string? Publisher, string? Url, string? PublishedOn, string Language, string? Excerpt, int CitationCount, bool ExcerptRestricted = false)
{
    public static SourceDetailDto From(SourceDetail s) => new(s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn?.ToString(), s.Language, s.Excerpt, s.CitationCount, s.ExcerptRestricted);
}

/// <summary>How far a date moved from its baseline, at the coarser precision: <c>{ "amount": 1, "unit": "quarter" }</c>.</summary>
public sealed record SlipDto(int Amount, DatePrecision Unit)
{
    public static SlipDto? From(Core.Features.Timeline.Slip? slip) => slip is { } s ? new(s.Amount, s.Unit) : null;
}

/// <summary>
/// One claim about a milestone's date: <c>date</c> null means "not known yet" for a target and a
/// retraction for a reached date; <c>reportedOn</c> is the day it became known.
/// </summary>
public sealed record DateClaimDto(
    int Id,
    MilestoneDateKind Kind,
    string? Date,
    DatePrecision? Precision,
    string ReportedOn,
    ClaimStatus Status,
    IReadOnlyList<CitationDto> Sources,
    string? Reason,
    int? Corrects,
    int? CorrectedBy)
{
    public static DateClaimDto? From(MilestoneDateRevisionView? c) => c is null
        ? null
        : new(c.Id, c.Kind, c.Date?.ToString(), c.Date?.Precision, c.AnnouncedOn.ToString(), c.Status, CitationDto.From(c.Sources), c.Reason, c.CorrectsRevisionId, c.CorrectedByRevisionId);
}

public sealed record ChangeDto(decimal? Absolute, decimal? AbsoluteLow, decimal? AbsoluteHigh, decimal? Percent, decimal? PercentLow, decimal? PercentHigh)
{
    public static ChangeDto? From(FigureChange? change) => change is null
        ? null
        : new(
            change.Absolute.IsSingle ? change.Absolute.Low : null,
            change.Absolute.Low,
            change.Absolute.High,
            change.Percent is { IsSingle: true } p ? decimal.Round(p.Low, 2) : null,
            change.Percent is { } lo ? decimal.Round(lo.Low, 2) : null,
            change.Percent is { } hi ? decimal.Round(hi.High, 2) : null);
}

public sealed record FigureRevisionDto(
    int Id,
    decimal? Value,
    decimal? Low,
    decimal? High,
    FigureQualifier Qualifier,
    string AnnouncedOn,
    DatePrecision AnnouncedOnPrecision,
    ClaimStatus Status,
    IReadOnlyList<CitationDto> Sources,
    string? Note,
    int? Corrects,
    int? CorrectedBy,
    bool Headline = false,
    ConflictDto? Conflict = null,
    ClaimScopeDto? Scope = null)
{
    /// <summary>A ledger row: <c>headline</c> says it is the headline now; <c>conflict</c> its dispute with the headline in force on its day.</summary>
    public static FigureRevisionDto From(LedgerRow row) => From(row.Revision) with
    {
        Headline = row.IsHeadline,
        Conflict = ConflictDto.From(row.Conflict),
    };

    public static FigureRevisionDto From(FigureRevisionView r) => new(
        r.Id,
        r.Value.IsSingle ? r.Value.Low : null,
        r.Value.IsSingle ? null : r.Value.Low,
        r.Value.IsSingle ? null : r.Value.High,
        r.Qualifier,
        r.AnnouncedOn.ToString(),
        r.AnnouncedOn.Precision,
        r.Status,
        CitationDto.From(r.Sources),
        r.Note,
        r.CorrectsRevisionId,
        r.CorrectedByRevisionId,
        Scope: new ClaimScopeDto(r.Part.Kind, r.Part.PhaseId, r.Part.Label));
}

/// <summary>What part of the campus a claim speaks of: <c>campus</c>, a <c>phase</c> (its id and name), a <c>building</c> or <c>other</c> part by name.</summary>
public sealed record ClaimScopeDto(ClaimScopeKind Kind, int? PhaseId, string? Label);

/// <summary>
/// A claim's dispute with the headline in force on the day it became known: <c>with</c> is that
/// headline's revision id; <c>state</c> open or resolved; <c>resolution</c> how it ended, null while open.
/// </summary>
public sealed record ConflictDto(int With, string Since, ConflictState State, ResolutionDto? Resolution)
{
    public static ConflictDto? From(ClaimConflict<FigureRevisionView>? conflict) => conflict is null
        ? null
        : new(conflict.With.Id, AsOf.FormatDay(conflict.Since), conflict.State, ResolutionDto.From(conflict.Outcome));
}

/// <summary>
/// How a conflict ended: <c>automatic</c> when a later headline ended it (<c>by</c> names that
/// revision), else an admin's judgement with its id, day, status, reason and sources.
/// </summary>
public sealed record ResolutionDto(ConflictResolutionKind Kind, string On, bool Automatic, int? By, int? Id, string? AnnouncedOn, ClaimStatus? Status, string? Reason, IReadOnlyList<CitationDto> Sources)
{
    public static ResolutionDto? From(ConflictOutcome? outcome) => outcome is null
        ? null
        : new(
            outcome.Kind,
            AsOf.FormatDay(outcome.On),
            outcome.IsAutomatic,
            outcome.ByClaimId,
            outcome.Resolution?.Id,
            outcome.Resolution?.AnnouncedOn.ToString(),
            outcome.Resolution?.Status,
            outcome.Resolution?.Reason,
            outcome.Resolution is { } r ? CitationDto.From(r.Sources) : []);
}

public sealed record FigureDto(
    string Key,
    string Name,
    decimal? Value,
    decimal? Low,
    decimal? High,
    string Unit,
    FigureQualifier Qualifier,
    string AnnouncedOn,
    DatePrecision AnnouncedOnPrecision,
    ClaimStatus Status,
    IReadOnlyList<CitationDto> Sources,
    int RevisionId,
    int RevisionCount,
    ChangeDto? ChangeSinceFirst)
{
    public static FigureDto From(FigureSnapshot s) => new(
        s.Key,
        s.Name,
        s.Latest.Value.IsSingle ? s.Latest.Value.Low : null,
        s.Latest.Value.IsSingle ? null : s.Latest.Value.Low,
        s.Latest.Value.IsSingle ? null : s.Latest.Value.High,
        s.Unit,
        s.Latest.Qualifier,
        s.Latest.AnnouncedOn.ToString(),
        s.Latest.AnnouncedOn.Precision,
        s.Latest.Status,
        CitationDto.From(s.Latest.Sources),
        s.Latest.Id,
        s.History.Count,
        ChangeDto.From(s.ChangeSinceFirst));
}

public sealed record FiguresResponse(string Campus, DateOnly AsOf, IReadOnlyList<FigureDto> Figures);

public sealed record RevisionsResponse(string Campus, string Key, string Name, string Unit, DateOnly AsOf, IReadOnlyList<FigureRevisionDto> Revisions);

/// <summary>
/// A milestone as known on the as-of day. <c>target</c> is the headline date claim by the claim rule
/// (null: no target claim), <c>otherTarget</c> a later claim of lower status that says otherwise,
/// <c>slip</c> the move from <c>baseline</c>, <c>reached</c> the standing reached-date claim, and
/// <c>history</c> every date claim known that day.
/// </summary>
public sealed record MilestoneDto(
    int Id,
    string Title,
    MilestoneKind Kind,
    MilestoneState State,
    string? Phase,
    bool CommissionsPhase,
    DateClaimDto? Target,
    DateClaimDto? OtherTarget,
    string? Baseline,
    SlipDto? Slip,
    DateClaimDto? Reached,
    IReadOnlyList<DateClaimDto> History)
{
    public static MilestoneDto From(MilestoneSummary m) => new(
        m.Id,
        m.Title,
        m.Kind,
        m.State,
        m.PhaseName,
        m.CommissionsPhase,
        DateClaimDto.From(m.Target),
        DateClaimDto.From(m.TargetChallenger),
        m.Baseline?.ToString(),
        SlipDto.From(m.Slip),
        DateClaimDto.From(m.Reached),
        [.. m.DateHistory.Select(r => DateClaimDto.From(r)!)]);
}

public sealed record MilestonesResponse(string Campus, DateOnly AsOf, IReadOnlyList<MilestoneDto> Milestones);

/// <summary>One plan claim of a phase: its target date and cumulative capacity, either possibly unknown.</summary>
public sealed record PhasePlanDto(int Id, string? Target, decimal? CapacityMw, string ReportedOn, ClaimStatus Status, IReadOnlyList<CitationDto> Sources, string? Note, int? Corrects, int? CorrectedBy)
{
    public static PhasePlanDto? From(PhasePlanView? p) => p is null
        ? null
        : new(p.Id, p.Target?.ToString(), p.CapacityMw, p.AnnouncedOn.ToString(), p.Status, CitationDto.From(p.Sources), p.Note, p.CorrectsRevisionId, p.CorrectedByRevisionId);
}

/// <summary>
/// A phase as known on the as-of day: its end date (its commissioning milestone's when it follows
/// one) and capacity from its headline plan claim, with every plan claim known that day.
/// </summary>
public sealed record PhaseDto(
    string Name,
    int Order,
    decimal? TargetCapacityMw,
    string? TargetDate,
    string AnnouncedOn,
    int? CommissioningMilestoneId,
    PhasePlanDto? Plan,
    PhasePlanDto? OtherPlan,
    IReadOnlyList<PhasePlanDto> PlanHistory)
{
    public static PhaseDto From(PhaseView p) => new(
        p.Name,
        p.Order,
        p.TargetCapacityMw,
        p.TargetDate?.ToString(),
        p.AnnouncedOn.ToString(),
        p.CommissioningMilestone?.Id,
        PhasePlanDto.From(p.Plan),
        PhasePlanDto.From(p.PlanChallenger),
        [.. p.PlanHistory.Select(x => PhasePlanDto.From(x)!)]);
}

public sealed record CampusDto(
    string Slug,
    string Name,
    string Operator,
    string Commune,
    string? BusinessPark,
    string Region,
    string Country,
    IReadOnlyList<string> Purposes,
    string Description,
    IReadOnlyList<PersonView> People,
    IReadOnlyList<PhaseDto> Phases,
    DateOnly? FirstKnownOn,
    DateOnly AsOf)
{
    public static CampusDto From(CampusDetail c, DateOnly asOf) => new(
        c.Slug,
        c.Name,
        c.Operator,
        c.Commune,
        c.BusinessPark,
        c.Region,
        c.Country,
        c.Purposes,
        c.Description,
        c.People,
        [.. c.Phases.Select(PhaseDto.From)],
        c.FirstKnownOn,
        asOf);
}
