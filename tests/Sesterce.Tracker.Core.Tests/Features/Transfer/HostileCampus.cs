using Sesterce.Tracker.Core.Features.Transfer;

namespace Sesterce.Tracker.Core.Tests.Features.Transfer;

/// <summary>
/// A campus file full of what breaks naive code: markup, right-to-left and combining text, emoji,
/// quotes and backslashes, texts at their longest, decimals at their finest and largest, dates at
/// the edges of the allowed range, ranges, corrections of corrections, a chosen reference, an
/// archived milestone. All of it valid, so all of it must arrive unchanged.
/// </summary>
internal static class HostileCampus
{
    public const string Slug = "hostile-campus";
    public const string Script = "<script>alert('x')</script>";
    public const string ImageTag = "\"><img src=x onerror=alert(1)>";
    public const string RightToLeft = "مركز البيانات \u202Eevil\u202C";
    public const string Combining = "Ålixan e\u0301\u0301 Z\u0336a\u0336";
    public const string Emoji = "🚀 data 🇫🇷 👩🏽‍💻";

    public static string Long(int length) => string.Concat(Enumerable.Repeat("Ωx<&>\"'", (length / 7) + 1))[..length];

    public static CampusDocument Document() => new()
    {
        Format = CampusDocument.FormatName,
        Version = CampusDocument.CurrentVersion,
        Campus = new CampusPart
        {
            Slug = Slug,
            Name = Script + " " + Emoji,
            Operator = ImageTag,
            Commune = RightToLeft,
            BusinessPark = null,
            Region = Combining,
            Country = "\\\"}]; DROP TABLE Campuses; --",
            Description = Long(4000),
            Purposes = [Script, "line one\nline two\ttabbed", Long(200)],
            People = [new PersonPart { Name = RightToLeft, Role = ImageTag }, new PersonPart { Name = Long(200), Role = Emoji }],
        },
        Sources =
        [
            new SourcePart { Id = 7, Title = Script, Publisher = null, Url = "https://example.test/a?b=<c>&d=\"e\"", PublishedOn = "2000-01-01", Language = "ar", Excerpt = Long(4000) },
            new SourcePart { Id = 3, Title = Long(500), Publisher = Combining, Url = null, PublishedOn = null, Language = "zh-Hant-TW", Excerpt = null },
        ],
        Phases =
        [
            new PhasePart { Id = 10, Name = ImageTag, Order = 1, TargetCapacityMw = 0.0000000000000000000000000001m, TargetDate = "2100-12", AnnouncedOn = "2000-01-01" },
            new PhasePart { Id = 20, Name = Long(200), Order = 1000, TargetCapacityMw = 100_000m, TargetDate = null, AnnouncedOn = "2026-11-25" },
        ],
        Milestones =
        [
            new MilestonePart
            {
                Title = Long(300), Description = Script, Kind = "Regulatory", Status = "Achieved", Phase = 20, ActualDate = "2026-Q3", ActualSource = 3,
                ActualQuote = RightToLeft, Archived = false,
                DateRevisions =
                [
                    new DateRevisionPart { AnnouncedOn = "2000", Target = "2100", Source = 7, Quote = Emoji, Reason = null, RecordedAt = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) },
                    new DateRevisionPart { AnnouncedOn = "2026-11-25", Target = "2000-01-01", Source = 3, Quote = null, Reason = Long(2000), RecordedAt = new DateTimeOffset(2100, 12, 31, 23, 59, 59, 999, TimeSpan.Zero) },
                ],
            },
            new MilestonePart { Title = ImageTag, Description = null, Kind = "Other", Status = "Cancelled", Phase = null, ActualDate = null, ActualSource = null, ActualQuote = null, Archived = true, DateRevisions = [] },
        ],
        Figures =
        [
            new FigurePart
            {
                Key = "gpus", Name = Script, Unit = "GPUs <b>",
                Reference = new ReferencePart { Revision = 102, Note = ImageTag },
                Revisions =
                [
                    new FigureRevisionPart { Id = 100, Value = 1_000_000_000_000_000m, Qualifier = "AtLeast", AnnouncedOn = "2000-01", Status = "PressReport", Scope = "Unknown", Source = 7, Quote = Long(2000), Note = Emoji, RecordedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero) },
                    new FigureRevisionPart { Id = 101, Low = 0.0000000000000000000000000001m, High = 1234567890.123456789012345678m, Qualifier = "Approximately", AnnouncedOn = "2026-Q4", Status = "InternalEstimate", Scope = "FacilityOnly", Source = 3, Corrects = 100, RecordedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) },
                    new FigureRevisionPart { Id = 102, Value = 0m, Qualifier = "ExpectedToRise", AnnouncedOn = "2026-11-25", Status = "Approved", Scope = "IncludingItEquipment", Source = 7, Note = RightToLeft, Corrects = 101, RecordedAt = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero) },
                ],
            },
            new FigurePart
            {
                Key = "investment", Name = Combining, Unit = "EUR", Reference = null,
                Revisions = [new FigureRevisionPart { Id = 1, Value = 1_000_000_000_000m, Qualifier = "AtMost", AnnouncedOn = "2025", Status = "OfficialAnnouncement", Scope = "Unknown", Source = 3, RecordedAt = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero) }],
            },
            new FigurePart { Key = "empty-figure", Name = "No revisions yet", Unit = "MW", Reference = null, Revisions = [] },
        ],
        Benchmarks =
        [
            new BenchmarkPart { Key = "hostile-bench", RatioKey = "jobs-per-mw", Name = Script, Low = 0m, High = 1_000_000_000_000m, Qualifier = "Exact", Currency = "XXX", Scope = "Unknown", Region = RightToLeft, Period = "2100-Q4", SourceTitle = ImageTag, Publisher = null, Url = null, PublishedOn = "2100-12-31", Note = Long(2000) },
        ],
    };
}
