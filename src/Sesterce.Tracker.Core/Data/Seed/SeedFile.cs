namespace Sesterce.Tracker.Core.Data.Seed;

// Shapes of campuses.json. Dates are strings at their precision ("2025-02", "2025-11-17").
internal sealed record SeedFile(List<SeedSource> Sources, List<SeedCampus> Campuses);

internal sealed record SeedSource(string Key, string Title, string? Publisher, string? Url, string? PublishedOn, string Language, string? Excerpt);

internal sealed record SeedCampus(
    string Slug,
    string Name,
    string Operator,
    string Commune,
    string? BusinessPark,
    string Region,
    string Country,
    List<string> Purposes,
    string Description,
    List<SeedPerson> People,
    List<SeedPhase> Phases,
    List<SeedFigure> Figures,
    List<SeedMilestone> Milestones,
    string? DescriptionFr = null,
    List<string>? PurposesFr = null,
    string? BusinessParkFr = null);

internal sealed record SeedPerson(string Name, string Role, string? RoleFr = null);

/// <summary>A phase and its first plan claim (capacity and/or target date with its source); a phase whose milestone has <c>commissionsPhase</c> takes its end from it.</summary>
internal sealed record SeedPhase(string Key, string Name, int Order, decimal? TargetCapacityMw, string? TargetDate, string AnnouncedOn, string? Source, string? Quote, string? NameFr = null);

internal sealed record SeedFigure(string Key, string Name, string Unit, List<SeedFigureRevision> Revisions, string? Visibility = null, string? NameFr = null);

internal sealed record SeedFigureRevision(
    decimal? Value,
    decimal? Low,
    decimal? High,
    string Qualifier,
    string AnnouncedOn,
    string Status,
    string? Scope,
    string? Source,
    string? Quote,
    string? Note);

internal sealed record SeedMilestone(
    string Title,
    string Kind,
    string Status,
    string? Phase,
    bool CommissionsPhase,
    string? ActualDate,
    string? ActualReportedOn,
    string? ActualSource,
    string? ActualQuote,
    List<SeedDateRevision> DateRevisions,
    string? TitleFr = null);

internal sealed record SeedDateRevision(string AnnouncedOn, string? Target, string? Status, string? Source, string? Quote, string? Reason);

// Shapes of benchmarks.json. The period is a date at its precision ("2025", "2025-08") or null.
internal sealed record BenchmarkFile(List<SeedBenchmark> Benchmarks);

internal sealed record SeedBenchmark(
    string Key,
    string RatioKey,
    string Name,
    decimal Low,
    decimal High,
    string Qualifier,
    string Currency,
    string Scope,
    string? Region,
    string? Period,
    string SourceTitle,
    string? Publisher,
    string? Url,
    string? PublishedOn,
    string? Note,
    string? NameFr = null);
