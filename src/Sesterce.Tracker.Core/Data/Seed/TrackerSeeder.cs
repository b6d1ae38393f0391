using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Data.Seed;

/// <summary>
/// Loads the campuses of the embedded <c>campuses.json</c> and the benchmarks of
/// <c>benchmarks.json</c>. Idempotent: a campus whose slug or a benchmark whose key is already
/// stored is left untouched, so edits made in the app are never overwritten.
/// </summary>
public sealed class TrackerSeeder(IDbContextFactory<TrackerDbContext> contextFactory, TimeProvider time, ILogger<TrackerSeeder> logger)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await SeedCampusesAsync(cancellationToken);
        await SeedBenchmarksAsync(cancellationToken);
        await SeedTranslationsAsync(cancellationToken);
    }

    /// <summary>
    /// Gives databases seeded before translations existed the seed's French texts: a text gets its
    /// French only while it still holds the exact seed wording and has no French yet, so an admin's
    /// edit (of either language) is never overwritten. Running it again changes nothing.
    /// </summary>
    private async Task SeedTranslationsAsync(CancellationToken cancellationToken)
    {
        var file = await ReadSeedFileAsync(cancellationToken);
        var benchmarkFile = await ReadBenchmarkFileAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var slugs = file.Campuses.Select(c => c.Slug).ToList();
        var campuses = await db.Campuses
            .Where(c => slugs.Contains(c.Slug))
            .Include(c => c.People).Include(c => c.Phases).Include(c => c.Milestones).Include(c => c.Figures)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var filled = 0;
        foreach (var campus in campuses)
        {
            filled += SeedTranslations.Fill(campus, file.Campuses.First(c => c.Slug == campus.Slug));
        }

        var keys = benchmarkFile.Benchmarks.Select(b => b.Key).ToList();
        foreach (var benchmark in await db.Benchmarks.Where(b => keys.Contains(b.Key)).ToListAsync(cancellationToken))
        {
            var seed = benchmarkFile.Benchmarks.First(b => b.Key == benchmark.Key);
            filled += SeedTranslations.Fill(benchmark.Name, benchmark.NameFr, seed.Name, seed.NameFr, fr => benchmark.NameFr = fr);
        }

        if (filled == 0)
        {
            return;
        }

        // Versions stay: the seed's own wording gains a translation, no value an admin could be editing changes.
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            UserName = "system",
            EntityType = "Campus",
            EntityId = string.Join(",", campuses.Select(c => c.Slug)),
            Action = "Translated",
            Summary = $"{filled} seed texts in French",
            Changes = "[]",
            Reason = "The seed file's French texts, added where the English is still the seed's own.",
            Version = 0,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seed translations added to {TextCount} texts", filled);
    }

    private async Task SeedCampusesAsync(CancellationToken cancellationToken)
    {
        var file = await ReadSeedFileAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.Campuses.Select(c => c.Slug).ToListAsync(cancellationToken);
        var missing = file.Campuses.Where(c => !existing.Contains(c.Slug)).ToList();
        if (missing.Count == 0)
        {
            logger.LogDebug("Seed data already present for {CampusCount} campuses", file.Campuses.Count);
            return;
        }

        var now = time.GetUtcNow();
        var sources = await ResolveSourcesAsync(db, file.Sources, cancellationToken);
        foreach (var seed in missing)
        {
            db.Campuses.Add(BuildCampus(seed, sources, now));
            db.AuditEntries.Add(new AuditEntry
            {
                At = now,
                UserName = "system",
                EntityType = "Campus",
                EntityId = seed.Slug,
                CampusSlug = seed.Slug,
                Action = "Seeded",
                Summary = seed.Name,
                Changes = "[]",
                Reason = "Loaded from the seed file at start-up.",
                Version = 0,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded campuses {CampusSlugs}", missing.Select(c => c.Slug).ToArray());
    }

    private async Task SeedBenchmarksAsync(CancellationToken cancellationToken)
    {
        var file = await ReadEmbeddedAsync<BenchmarkFile>("Seed.benchmarks.json", cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.Benchmarks.Select(b => b.Key).ToListAsync(cancellationToken);
        var missing = file.Benchmarks.Where(b => !existing.Contains(b.Key)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var order = existing.Count;
        db.Benchmarks.AddRange(missing.Select(b => BuildBenchmark(b, ++order)));
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            UserName = "system",
            EntityType = "Benchmark",
            EntityId = string.Join(",", missing.Select(b => b.Key)),
            Action = "Seeded",
            Summary = $"{missing.Count} benchmarks",
            Changes = "[]",
            Reason = "Loaded from the seed file at start-up.",
            Version = 0,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded benchmarks {BenchmarkKeys}", string.Join(", ", missing.Select(b => b.Key)));
    }

    internal static Task<SeedFile> ReadSeedFileAsync(CancellationToken cancellationToken) =>
        ReadEmbeddedAsync<SeedFile>("Seed.campuses.json", cancellationToken);

    internal static Task<BenchmarkFile> ReadBenchmarkFileAsync(CancellationToken cancellationToken) =>
        ReadEmbeddedAsync<BenchmarkFile>("Seed.benchmarks.json", cancellationToken);

    private static async Task<T> ReadEmbeddedAsync<T>(string name, CancellationToken cancellationToken)
    {
        await using var stream = typeof(TrackerSeeder).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded seed file {name} is missing.");
        return await JsonSerializer.DeserializeAsync<T>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException($"The seed file {name} is empty.");
    }

    private static Benchmark BuildBenchmark(SeedBenchmark seed, int order) => new()
    {
        Key = seed.Key,
        RatioKey = seed.RatioKey,
        Name = seed.Name,
        NameFr = seed.NameFr,
        Low = seed.Low,
        High = seed.High,
        Qualifier = Enum.Parse<FigureQualifier>(seed.Qualifier),
        Currency = seed.Currency,
        Scope = Enum.Parse<InvestmentScope>(seed.Scope),
        Region = seed.Region,
        Period = seed.Period is null ? null : PartialDate.Parse(seed.Period),
        SourceTitle = seed.SourceTitle,
        Publisher = seed.Publisher,
        Url = seed.Url,
        PublishedOn = seed.PublishedOn is null ? null : DateOnly.ParseExact(seed.PublishedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Note = seed.Note,
        Order = order,
    };

    private static async Task<Dictionary<string, Source>> ResolveSourcesAsync(TrackerDbContext db, List<SeedSource> seeds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            var publishedOn = seed.PublishedOn is null ? (DateOnly?)null : DateOnly.ParseExact(seed.PublishedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var source = await db.Sources.FirstOrDefaultAsync(s => s.Title == seed.Title && s.PublishedOn == publishedOn, cancellationToken);
            if (source is null)
            {
                source = new Source
                {
                    Title = seed.Title,
                    Publisher = seed.Publisher,
                    Url = seed.Url,
                    PublishedOn = publishedOn,
                    Language = seed.Language,
                    Excerpt = seed.Excerpt,
                };
                db.Sources.Add(source);
            }

            result[seed.Key] = source;
        }

        return result;
    }

    private static Campus BuildCampus(SeedCampus seed, Dictionary<string, Source> sources, DateTimeOffset now)
    {
        var phases = seed.Phases.ToDictionary(
            p => p.Key,
            p => new Phase
            {
                Name = p.Name,
                NameFr = p.NameFr,
                Order = p.Order,
                AnnouncedOn = PartialDate.Parse(p.AnnouncedOn),
                Plans = p.TargetCapacityMw is null && p.TargetDate is null ? [] :
                [
                    new PhasePlanRevision
                    {
                        CapacityMw = p.TargetCapacityMw,
                        Target = p.TargetDate is null ? null : PartialDate.Parse(p.TargetDate),
                        AnnouncedOn = PartialDate.Parse(p.AnnouncedOn),
                        Status = ClaimStatus.OfficialAnnouncement,
                        Citations = Cite(p.Source, p.Quote, sources),
                        RecordedAt = now,
                    },
                ],
            },
            StringComparer.Ordinal);

        return new Campus
        {
            Slug = seed.Slug,
            Name = seed.Name,
            Operator = seed.Operator,
            Commune = seed.Commune,
            BusinessPark = seed.BusinessPark,
            BusinessParkFr = seed.BusinessParkFr,
            Region = seed.Region,
            Country = seed.Country,
            Purposes = [.. seed.Purposes],
            Description = seed.Description,
            DescriptionFr = seed.DescriptionFr,
            PurposesFr = [.. seed.PurposesFr ?? []],
            People = [.. seed.People.Select((p, i) => new CampusPerson { Name = p.Name, Role = p.Role, RoleFr = p.RoleFr, Order = i + 1 })],
            Phases = [.. phases.Values],
            Figures = [.. seed.Figures.Select((f, i) => BuildFigure(f, i + 1, sources, now))],
            Milestones = [.. seed.Milestones.Select(m => BuildMilestone(m, phases, sources, now))],
        };
    }

    private static Figure BuildFigure(SeedFigure seed, int order, Dictionary<string, Source> sources, DateTimeOffset now)
    {
        var visibility = seed.Visibility is null ? Visibility.Public : Enum.Parse<Visibility>(seed.Visibility);
        return new()
        {
            Key = seed.Key,
            Name = seed.Name,
            NameFr = seed.NameFr,
            Unit = seed.Unit,
            Order = order,
            DefaultVisibility = visibility,
            Revisions = [.. seed.Revisions.Select(r => new FigureRevision
        {
            Visibility = visibility,
            Value = r.Value,
            Low = r.Low,
            High = r.High,
            Qualifier = Enum.Parse<FigureQualifier>(r.Qualifier),
            AnnouncedOn = PartialDate.Parse(r.AnnouncedOn),
            Status = Enum.Parse<ClaimStatus>(r.Status),
            Scope = r.Scope is null ? InvestmentScope.Unknown : Enum.Parse<InvestmentScope>(r.Scope),
            Citations = Cite(r.Source, r.Quote, sources),
            Note = r.Note,
            RecordedAt = now,
        })],
        };
    }

    private static Milestone BuildMilestone(SeedMilestone seed, Dictionary<string, Phase> phases, Dictionary<string, Source> sources, DateTimeOffset now) => new()
    {
        Title = seed.Title,
        TitleFr = seed.TitleFr,
        Kind = Enum.Parse<MilestoneKind>(seed.Kind),
        Status = Enum.Parse<MilestoneStatus>(seed.Status),
        Phase = seed.Phase is null ? null : phases[seed.Phase],
        CommissionsPhase = seed.CommissionsPhase,
        DateRevisions =
        [
            .. seed.DateRevisions.Select(r => new MilestoneDateRevision
            {
                Kind = MilestoneDateKind.Target,
                AnnouncedOn = PartialDate.Parse(r.AnnouncedOn),
                Target = r.Target is null ? null : PartialDate.Parse(r.Target),
                Status = r.Status is null ? ClaimStatus.OfficialAnnouncement : Enum.Parse<ClaimStatus>(r.Status),
                Citations = Cite(r.Source, r.Quote, sources),
                Reason = r.Reason,
                RecordedAt = now,
            }),
            .. seed.ActualDate is null ? [] : new[]
            {
                new MilestoneDateRevision
                {
                    Kind = MilestoneDateKind.Reached,
                    Target = PartialDate.Parse(seed.ActualDate),
                    AnnouncedOn = PartialDate.Parse(seed.ActualReportedOn ?? seed.ActualDate),
                    Status = ClaimStatus.OfficialAnnouncement,
                    Citations = Cite(seed.ActualSource, seed.ActualQuote, sources),
                    RecordedAt = now,
                },
            },
        ],
    };

    private static List<Citation> Cite(string? key, string? quote, Dictionary<string, Source> sources) =>
        key is null ? []
        : sources.TryGetValue(key, out var source) ? [new Citation { Source = source, Quote = quote }]
        : throw new InvalidOperationException($"The seed file cites an unknown source '{key}'.");
}
