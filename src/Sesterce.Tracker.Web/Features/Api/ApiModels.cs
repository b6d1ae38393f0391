using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Web.Features.Api;

// The API's own shapes: dates at their precision as ISO 8601 text ("2025-02", "2025-11-17",
// "2026-Q4", "2027") with the precision spelled out beside them; money in euros as exact decimals.

public sealed record SourceDto(int Id, string Title, string? Publisher, string? Url, DateOnly? PublishedOn, string Language)
{
    public static SourceDto? From(SourceRef? source) =>
        source is null ? null : new(source.Id, source.Title, source.Publisher, source.Url, source.PublishedOn, source.Language);
}

public sealed record SourceDetailDto(int Id, string Title, string? Publisher, string? Url, DateOnly? PublishedOn, string Language, string? Excerpt, int CitationCount)
{
    public static SourceDetailDto From(SourceDetail s) => new(s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.Language, s.Excerpt, s.CitationCount);
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
    SourceDto? Source,
    string? Quote,
    string? Note,
    int? Corrects,
    int? CorrectedBy)
{
    public static FigureRevisionDto From(FigureRevisionView r) => new(
        r.Id,
        r.Value.IsSingle ? r.Value.Low : null,
        r.Value.IsSingle ? null : r.Value.Low,
        r.Value.IsSingle ? null : r.Value.High,
        r.Qualifier,
        r.AnnouncedOn.ToString(),
        r.AnnouncedOn.Precision,
        r.Status,
        SourceDto.From(r.Source),
        r.Quote,
        r.Note,
        r.CorrectsRevisionId,
        r.CorrectedByRevisionId);
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
    SourceDto? Source,
    string? Quote,
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
        SourceDto.From(s.Latest.Source),
        s.Latest.Quote,
        s.Latest.Id,
        s.History.Count,
        ChangeDto.From(s.ChangeSinceFirst));
}

public sealed record FiguresResponse(string Campus, DateOnly AsOf, IReadOnlyList<FigureDto> Figures);

public sealed record RevisionsResponse(string Campus, string Key, string Name, string Unit, DateOnly AsOf, IReadOnlyList<FigureRevisionDto> Revisions);

public sealed record MilestoneRevisionDto(int Id, string AnnouncedOn, string Target, DatePrecision TargetPrecision, SourceDto? Source, string? Quote, string? Reason);

public sealed record MilestoneDto(
    int Id,
    string Title,
    MilestoneKind Kind,
    MilestoneState State,
    string? Phase,
    string? Baseline,
    string? Target,
    DatePrecision? TargetPrecision,
    string? ActualDate,
    SourceDto? ActualSource,
    string? ActualQuote,
    IReadOnlyList<MilestoneRevisionDto> DateHistory)
{
    public static MilestoneDto From(MilestoneSummary m) => new(
        m.Id,
        m.Title,
        m.Kind,
        m.State,
        m.PhaseName,
        m.Baseline?.ToString(),
        m.Target?.ToString(),
        m.Target?.Precision,
        m.ActualDate?.ToString(),
        SourceDto.From(m.ActualSource),
        m.ActualQuote,
        [.. m.DateHistory.Select(r => new MilestoneRevisionDto(r.Id, r.AnnouncedOn.ToString(), r.Target.ToString(), r.Target.Precision, SourceDto.From(r.Source), r.Quote, r.Reason))]);
}

public sealed record MilestonesResponse(string Campus, DateOnly AsOf, IReadOnlyList<MilestoneDto> Milestones);

public sealed record PhaseDto(string Name, int Order, decimal? TargetCapacityMw, string? TargetDate, string AnnouncedOn);

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
        [.. c.Phases.Select(p => new PhaseDto(p.Name, p.Order, p.TargetCapacityMw, p.TargetDate?.ToString(), p.AnnouncedOn.ToString()))],
        c.FirstKnownOn,
        asOf);
}
