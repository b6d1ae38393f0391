using Sesterce.Tracker.Core.Features.Transfer;

namespace Sesterce.Tracker.Core.Tests.Features.Transfer;

/// <summary>
/// A campus file full of what breaks naive code: markup, right-to-left and combining text, emoji,
/// quotes and backslashes, texts at their longest, decimals at their finest and largest, dates at
/// the edges of the allowed range, half-years, ranges, corrections of corrections, a chosen
/// reference, an archived milestone, claims with up to three sources, a reached date and its
/// retraction, an undated target, corrected phase plans. All of it valid, so all of it must arrive unchanged.
/// </summary>
internal static class HostileCampus
{
    public const string Slug = "hostile-campus";
    public const string Script = "<script>alert('x')</script>";
    public const string ImageTag = "\"><img src=x onerror=alert(1)>";
    public const string RightToLeft = "مركز البيانات \u202Eevil\u202C";
    public const string Combining = "Ålixan e\u0301\u0301 Z\u0336a\u0336";
    public const string Emoji = "🚀 data 🇫🇷 👩🏽‍💻";

    private static CitationPart Cite(int source, string? quote) => new() { Source = source, Quote = quote };

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
            new SourcePart { Id = 5, Title = Emoji, Publisher = RightToLeft, Url = null, PublishedOn = "2025-07", Language = "fr", Excerpt = Script },
        ],
        Phases =
        [
            new PhasePart
            {
                Id = 10, Name = ImageTag, Order = 1, AnnouncedOn = "2000-01-01",
                Plans =
                [
                    new PhasePlanPart { Id = 1, Target = "2100-12", CapacityMw = 0.0000000000000000000000000001m, AnnouncedOn = "2000-01-01", Status = "OfficialAnnouncement", Sources = [Cite(7, Emoji), Cite(3, null)], Note = Script, RecordedAt = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) },
                    new PhasePlanPart { Id = 2, Target = "2100-H2", CapacityMw = null, AnnouncedOn = "2026-11-25", Status = "InternalEstimate", Sources = [Cite(3, Long(2000))], Note = RightToLeft, Corrects = 1, RecordedAt = new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero) },
                ],
            },
            new PhasePart
            {
                Id = 20, Name = Long(200), Order = 1000, AnnouncedOn = "2026-11-25",
                Plans = [new PhasePlanPart { Id = 3, Target = null, CapacityMw = 100_000m, AnnouncedOn = "2026-S2", Status = "Approved", Sources = [Cite(5, null)], Note = null, RecordedAt = new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero) }],
            },
        ],
        Milestones =
        [
            new MilestonePart
            {
                Title = Long(300), Description = Script, Kind = "Regulatory", Status = "InProgress", Phase = 20, CommissionsPhase = true, Archived = false,
                DateRevisions =
                [
                    new DateRevisionPart { Id = 1, Kind = "Target", AnnouncedOn = "2000", Target = "2100", Status = "PressReport", Sources = [Cite(7, Emoji)], Reason = null, RecordedAt = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) },
                    new DateRevisionPart { Id = 2, Kind = "Target", AnnouncedOn = "2026-11-25", Target = "2000-01-01", Status = "OfficialAnnouncement", Sources = [Cite(3, null), Cite(7, Script)], Reason = Long(2000), RecordedAt = new DateTimeOffset(2100, 12, 31, 23, 59, 59, 999, TimeSpan.Zero) },
                    new DateRevisionPart { Id = 3, Kind = "Reached", AnnouncedOn = "2026-11", Target = "2026-Q3", Status = "OfficialAnnouncement", Sources = [Cite(5, RightToLeft)], Reason = ImageTag, RecordedAt = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero) },
                    new DateRevisionPart { Id = 4, Kind = "Reached", AnnouncedOn = "2026-11-25", Target = null, Status = "InternalEstimate", Sources = [Cite(7, null)], Reason = "Retracted: " + Combining, RecordedAt = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero) },
                    new DateRevisionPart { Id = 5, Kind = "Target", AnnouncedOn = "2026-11-25", Target = null, Status = "Approved", Sources = [Cite(3, Emoji)], Corrects = 1, Reason = "Not known after all", RecordedAt = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero) },
                ],
            },
            new MilestonePart { Title = ImageTag, Description = null, Kind = "Other", Status = "Cancelled", Phase = null, CommissionsPhase = false, Archived = true, DateRevisions = [] },
        ],
        Figures =
        [
            new FigurePart
            {
                Key = "gpus", Name = Script, Unit = "GPUs <b>",
                Reference = new ReferencePart { Revision = 102, Note = ImageTag },
                Revisions =
                [
                    new FigureRevisionPart { Id = 100, Value = 1_000_000_000_000_000m, Qualifier = "AtLeast", AnnouncedOn = "2000-01", Status = "PressReport", Scope = "Unknown", Sources = [Cite(7, Long(2000)), Cite(3, Emoji), Cite(5, null)], Note = Emoji, RecordedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero) },
                    new FigureRevisionPart { Id = 101, Low = 0.0000000000000000000000000001m, High = 1234567890.123456789012345678m, Qualifier = "Approximately", AnnouncedOn = "2026-Q4", Status = "InternalEstimate", Scope = "FacilityOnly", Sources = [Cite(3, null)], Corrects = 100, RecordedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) },
                    new FigureRevisionPart { Id = 102, Value = 0m, Qualifier = "ExpectedToRise", AnnouncedOn = "2026-11-25", Status = "Approved", Scope = "IncludingItEquipment", Sources = [Cite(7, null)], Note = RightToLeft, Corrects = 101, RecordedAt = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero) },
                ],
            },
            new FigurePart
            {
                Key = "investment", Name = Combining, Unit = "EUR", Reference = null,
                Revisions = [new FigureRevisionPart { Id = 1, Value = 1_000_000_000_000m, Qualifier = "AtMost", AnnouncedOn = "2025-H1", Status = "OfficialAnnouncement", Scope = "Unknown", Sources = [Cite(3, null)], RecordedAt = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero) }],
            },
            new FigurePart { Key = "empty-figure", Name = "No revisions yet", Unit = "MW", Reference = null, Revisions = [] },
        ],
        Benchmarks =
        [
            new BenchmarkPart { Key = "hostile-bench", RatioKey = "jobs-per-mw", Name = Script, Low = 0m, High = 1_000_000_000_000m, Qualifier = "Exact", Currency = "XXX", Scope = "Unknown", Region = RightToLeft, Period = "2100-Q4", SourceTitle = ImageTag, Publisher = null, Url = null, PublishedOn = "2100-12-31", Note = Long(2000) },
        ],
    };
}
