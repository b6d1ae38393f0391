using System.Globalization;
using Sesterce.Tracker.Core.Features.Transfer;

namespace Sesterce.Tracker.Core.Tests.Features.Transfer;

/// <summary>
/// A valid campus file as large as the limits allow where it matters to the pages: thousands of
/// milestones (half reached, many slipping, some undated), a figure with thousands of revisions,
/// hundreds of risks on the milestones and one risk with a long history. Built in memory, so a test
/// can import it through the transfer service and render every page of it.
/// </summary>
internal static class BigCampus
{
    public const string Slug = "big-campus";
    public const string FigureKey = "gpus";
    public const int SourceId = 1;

    private static readonly DateOnly Start = new(2020, 1, 1);
    private static readonly DateTimeOffset Recorded = new(2026, 11, 6, 0, 0, 0, TimeSpan.Zero);

    private static string Day(int offset) => Start.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<CitationPart> Cite() => [new CitationPart { Source = SourceId, Quote = null }];

    public static CampusDocument Document(int milestones = 2_000, int revisions = 5_000, int risks = 200, int longHistory = 300) => new()
    {
        Format = CampusDocument.FormatName,
        Version = CampusDocument.CurrentVersion,
        Campus = new CampusPart
        {
            Slug = Slug,
            Name = "Big campus",
            Operator = "Operator",
            Commune = "Commune",
            Region = "Region",
            Country = "France",
            Description = "A campus as large as the limits allow.",
            Purposes = ["AI"],
            People = [],
        },
        Sources = [new SourcePart { Id = SourceId, Title = "Annual report", Publisher = "Operator", PublishedOn = "2019-12-01", Language = "en" }],
        Phases = [new PhasePart { Id = 1, Name = "Phase 1", Order = 1, AnnouncedOn = "2020-01-01", Plans = [] }],
        Milestones = [.. Enumerable.Range(1, milestones).Select(Milestone)],
        Figures =
        [
            new FigurePart
            {
                Key = FigureKey, Name = "GPUs", Unit = "GPUs",
                Revisions = [.. Enumerable.Range(1, revisions).Select(j => new FigureRevisionPart
                {
                    Id = j, Value = 1_000 + j, Qualifier = "Exact", AnnouncedOn = Day(j / 4), Status = "OfficialAnnouncement", Scope = "Unknown",
                    Sources = Cite(), Note = $"Revision {j}", RecordedAt = Recorded,
                })],
            },
        ],
        Risks =
        [
            .. Enumerable.Range(1, risks).Select(r => Risk(r, [r, r + 1], assessments: 2)),
            Risk(risks + 1, [1], assessments: longHistory),
        ],
    };

    private static MilestonePart Milestone(int i)
    {
        List<DateRevisionPart> claims = i % 10 == 0
            ? [new DateRevisionPart { Id = (i * 3) + 1, Kind = "Target", AnnouncedOn = Day(i % 1500), Target = null, Status = "OfficialAnnouncement", Sources = Cite(), RecordedAt = Recorded }]
            :
            [
                new DateRevisionPart { Id = (i * 3) + 1, Kind = "Target", AnnouncedOn = Day(i % 1500), Target = Day(1000 + i), Status = "OfficialAnnouncement", Sources = Cite(), RecordedAt = Recorded },
                new DateRevisionPart { Id = (i * 3) + 2, Kind = "Target", AnnouncedOn = Day((i % 1500) + 30), Target = Day(1060 + i), Status = "OfficialAnnouncement", Sources = Cite(), Reason = "Slipped", RecordedAt = Recorded },
            ];
        if (i % 2 == 0 && i % 10 != 0 && 1060 + i < 2500)
        {
            claims.Add(new DateRevisionPart { Id = (i * 3) + 3, Kind = "Reached", AnnouncedOn = Day(2500), Target = Day(1060 + i), Status = "OfficialAnnouncement", Sources = Cite(), RecordedAt = Recorded });
        }

        return new MilestonePart
        {
            Id = i,
            Title = $"Milestone {i:D4}",
            Description = "Generated",
            Kind = i % 3 == 0 ? "Construction" : "Regulatory",
            Status = "Planned",
            Phase = i % 5 == 0 ? 1 : null,
            CommissionsPhase = false,
            Archived = false,
            DateRevisions = claims,
        };
    }

    private static RiskPart Risk(int r, List<int> milestones, int assessments) => new()
    {
        Title = $"Risk {r:D3}",
        Description = "Generated",
        Category = "Permit",
        Owner = "Owner",
        Archived = false,
        ThreatenedMilestones = milestones,
        ThreatenedPhases = [],
        Consequences = [],
        Assessments = [.. Enumerable.Range(1, assessments).Select(a => new RiskAssessmentPart
        {
            Id = (r * 1_000) + a, State = "Open", Likelihood = a % 2 == 0 ? "High" : "Medium", Impact = "High",
            AnnouncedOn = Day(a), Status = "OfficialAnnouncement", Sources = Cite(), Reason = $"Assessment {a}",
            RecordedAt = Recorded,
        })],
    };
}
