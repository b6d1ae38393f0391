using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Sesterce.Tracker.Core.Features.Transfer;

/// <summary>
/// One campus as a versioned JSON document (docs/data-safety.md describes the format). Every
/// property is nullable so an import can say which one is missing instead of failing to read the file.
/// Ids are the document's own (1, 2, …), not database ids: they only tie records of one document together.
/// </summary>
public sealed class CampusDocument
{
    public const string FormatName = "sesterce-tracker.campus";
    /// <summary>
    /// Version 2 carries claims: several sources per claim, reached dates and phase plans as claims
    /// with a status and a reported-on date. Version 3 adds the risk register and gives milestones
    /// ids (risks name the milestones they threaten), the part of the campus each figure claim speaks
    /// of, and the admins' conflict resolutions. Version 1 and 2 files still import: their figure
    /// claims speak of the whole campus and no conflict was resolved. Version 4 gives sources, claims
    /// and risks their visibility level and figures the default level of their new claims; an older
    /// file imports with the defaults the admin services apply (docs/data-safety.md). Version 5 adds the
    /// French texts of the campus, its people's roles, phases, milestones, figures and benchmarks
    /// (each optional: a missing one shows the original to French readers, as in older files).
    /// </summary>
    public const int CurrentVersion = 5;

    public static bool CanRead(int version) => version is >= 1 and <= CurrentVersion;

    public string? Format { get; set; }

    public int? Version { get; set; }

    public CampusPart? Campus { get; set; }

    public List<SourcePart>? Sources { get; set; }

    public List<PhasePart>? Phases { get; set; }

    public List<MilestonePart>? Milestones { get; set; }

    public List<FigurePart>? Figures { get; set; }

    /// <summary>
    /// Version 3: every conflict resolution, corrected ones included, oldest first. One list rather
    /// than one beside each claim: a resolution names its claim by id, like a risk's consequences,
    /// and a correction names an earlier resolution of the same claim.
    /// </summary>
    public List<ResolutionPart>? Resolutions { get; set; }

    /// <summary>Version 3: the risk register, archived risks included.</summary>
    public List<RiskPart>? Risks { get; set; }

    public List<BenchmarkPart>? Benchmarks { get; set; }

    /// <summary>
    /// Written the same way every time (indented, "\n" line ends, non-ASCII letters kept readable)
    /// so an export, imported and exported again, is byte for byte the same file. Reading is strict:
    /// an unknown property or a property given twice is an error, not something silently dropped.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        NumberHandling = JsonNumberHandling.Strict,
        MaxDepth = 16,
    };
}

public sealed class CampusPart
{
    public string? Slug { get; set; }

    public string? Name { get; set; }

    public string? Operator { get; set; }

    public string? Commune { get; set; }

    public string? BusinessPark { get; set; }

    public string? Region { get; set; }

    public string? Country { get; set; }

    public string? Description { get; set; }

    public List<string>? Purposes { get; set; }

    public List<PersonPart>? People { get; set; }

    /// <summary>Version 5: the description in French.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DescriptionFr { get; set; }

    /// <summary>Version 5: the business park in French.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BusinessParkFr { get; set; }

    /// <summary>Version 5: the purposes in French, in the same order.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? PurposesFr { get; set; }
}

public sealed class PersonPart
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    /// <summary>Version 5: the role in French.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RoleFr { get; set; }
}

public sealed class SourcePart
{
    public int? Id { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    /// <summary>A date at its precision: 2025-11-24, or 2025-07 for "published in July 2025".</summary>
    public string? PublishedOn { get; set; }

    public string? Language { get; set; }

    public string? Excerpt { get; set; }

    /// <summary>Version 4: "Public", "Internal" or "Confidential"; missing in older files, which take the defaults.</summary>
    public string? Visibility { get; set; }
}

public sealed class PhasePart
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>Version 5: the name in French.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NameFr { get; set; }

    public int? Order { get; set; }

    /// <summary>Version 1 only: the phase's single plan, without sources.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? TargetCapacityMw { get; set; }

    /// <summary>Version 1 only. A date at its precision: 2026-12, 2026-Q4, 2026-H2, 2026-12-15, 2027.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TargetDate { get; set; }

    public string? AnnouncedOn { get; set; }

    /// <summary>Every plan claim, corrected ones included, oldest first.</summary>
    public List<PhasePlanPart>? Plans { get; set; }
}

/// <summary>One source of a claim: the id of one of the document's sources, and the words quoted from it.</summary>
public sealed class CitationPart
{
    public int? Source { get; set; }

    public string? Quote { get; set; }
}

public sealed class PhasePlanPart
{
    public int? Id { get; set; }

    public string? Target { get; set; }

    public decimal? CapacityMw { get; set; }

    /// <summary>The day the plan became known, at its precision.</summary>
    public string? AnnouncedOn { get; set; }

    public string? Status { get; set; }

    /// <summary>Version 4: "Public", "Internal" or "Confidential"; missing in older files, which take the defaults.</summary>
    public string? Visibility { get; set; }

    public List<CitationPart>? Sources { get; set; }

    public string? Note { get; set; }

    /// <summary>The id of an earlier plan of the same phase that this one corrects.</summary>
    public int? Corrects { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }
}

public sealed class MilestonePart
{
    /// <summary>Version 3: the milestone's id in the document, so a risk can name it.</summary>
    public int? Id { get; set; }

    public string? Title { get; set; }

    /// <summary>Version 5: the title in French.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TitleFr { get; set; }

    public string? Description { get; set; }

    public string? Kind { get; set; }

    public string? Status { get; set; }

    /// <summary>The id of one of the document's phases, or null.</summary>
    public int? Phase { get; set; }

    /// <summary>The milestone ends its phase: the phase's end date is this milestone's date.</summary>
    public bool? CommissionsPhase { get; set; }

    /// <summary>Version 1 only: the reached date (version 2 has reached-date claims among the date revisions).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ActualDate { get; set; }

    /// <summary>Version 1 only: the id of one of the document's sources, or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ActualSource { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ActualQuote { get; set; }

    public bool? Archived { get; set; }

    /// <summary>Every date claim (targets and reached dates), corrected ones included, oldest first.</summary>
    public List<DateRevisionPart>? DateRevisions { get; set; }
}

public sealed class DateRevisionPart
{
    /// <summary>Version 2: the claim's id in the document, so a correction can name it.</summary>
    public int? Id { get; set; }

    /// <summary>Version 2: "Target" or "Reached"; version 1 has targets only.</summary>
    public string? Kind { get; set; }

    public string? AnnouncedOn { get; set; }

    /// <summary>The date claimed; null for "not known yet" (a target) or a retraction (a reached date).</summary>
    public string? Target { get; set; }

    public string? Status { get; set; }

    /// <summary>Version 4: "Public", "Internal" or "Confidential"; missing in older files, which take the defaults.</summary>
    public string? Visibility { get; set; }

    /// <summary>Version 1 only: the single source.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Source { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Quote { get; set; }

    public List<CitationPart>? Sources { get; set; }

    /// <summary>The id of an earlier claim of the same milestone and kind that this one corrects.</summary>
    public int? Corrects { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }
}

public sealed class FigurePart
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    /// <summary>Version 5: the name in French.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NameFr { get; set; }

    public string? Unit { get; set; }

    /// <summary>Version 4: the level new claims of the figure start at; missing, the admin services' default for the unit.</summary>
    public string? DefaultVisibility { get; set; }

    /// <summary>The revision an admin chose as the headline, or null when the rule decides.</summary>
    public ReferencePart? Reference { get; set; }

    /// <summary>Every revision, corrected ones included, oldest first.</summary>
    public List<FigureRevisionPart>? Revisions { get; set; }
}

public sealed class ReferencePart
{
    public int? Revision { get; set; }

    public string? Note { get; set; }
}

public sealed class FigureRevisionPart
{
    public int? Id { get; set; }

    public decimal? Value { get; set; }

    public decimal? Low { get; set; }

    public decimal? High { get; set; }

    public string? Qualifier { get; set; }

    public string? AnnouncedOn { get; set; }

    public string? Status { get; set; }

    /// <summary>Version 4: "Public", "Internal" or "Confidential"; missing in older files, which take the defaults.</summary>
    public string? Visibility { get; set; }

    /// <summary>For money figures: what the amount covers (IT equipment or not).</summary>
    public string? Scope { get; set; }

    /// <summary>
    /// Version 3: what part of the campus the claim speaks of: "Campus", "Phase", "Building" or
    /// "Other". Missing (versions 1 and 2) means the whole campus.
    /// </summary>
    public string? ClaimScope { get; set; }

    /// <summary>Version 3: the id of one of the document's phases, for a "Phase" claim scope only.</summary>
    public int? ClaimScopePhase { get; set; }

    /// <summary>Version 3: the building or other part in the admin's words, for a "Building" or "Other" claim scope only.</summary>
    public string? ClaimScopeLabel { get; set; }

    /// <summary>Version 1 only: the single source.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Source { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Quote { get; set; }

    public List<CitationPart>? Sources { get; set; }

    public string? Note { get; set; }

    /// <summary>The id of an earlier revision of the same figure that this one corrects.</summary>
    public int? Corrects { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }
}

/// <summary>
/// An admin's judgement on a claim in conflict with the headline (docs/figures.md), itself a claim:
/// exactly one of <see cref="FigureRevision"/> and <see cref="DateClaim"/> names the disputed claim.
/// </summary>
public sealed class ResolutionPart
{
    public int? Id { get; set; }

    /// <summary>The id of one of the document's figure revisions, or null.</summary>
    public int? FigureRevision { get; set; }

    /// <summary>The id of one of the document's milestone date claims, or null.</summary>
    public int? DateClaim { get; set; }

    /// <summary>"Superseded", "Rejected", "Corroborated", "DifferentScope" or "Reopened".</summary>
    public string? Kind { get; set; }

    /// <summary>Why; required when the kind is "Rejected".</summary>
    public string? Reason { get; set; }

    public string? AnnouncedOn { get; set; }

    public string? Status { get; set; }

    /// <summary>Version 4: "Public", "Internal" or "Confidential"; missing in older files, which take the defaults.</summary>
    public string? Visibility { get; set; }

    public List<CitationPart>? Sources { get; set; }

    /// <summary>The id of an earlier resolution of the same claim that this one corrects.</summary>
    public int? Corrects { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }
}

/// <summary>A risk of the register with its links and every assessment, corrected ones included, oldest first.</summary>
public sealed class RiskPart
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    public string? Owner { get; set; }

    /// <summary>Version 4: "Public", "Internal" or "Confidential"; missing in older files, which take the defaults.</summary>
    public string? Visibility { get; set; }

    public bool? Archived { get; set; }

    /// <summary>Ids of the document's milestones the risk threatens.</summary>
    public List<int>? ThreatenedMilestones { get; set; }

    /// <summary>Ids of the document's phases the risk threatens.</summary>
    public List<int>? ThreatenedPhases { get; set; }

    /// <summary>Ids of the document's milestone date claims the risk caused.</summary>
    public List<int>? Consequences { get; set; }

    public List<RiskAssessmentPart>? Assessments { get; set; }
}

public sealed class RiskAssessmentPart
{
    public int? Id { get; set; }

    public string? State { get; set; }

    public string? Likelihood { get; set; }

    public string? Impact { get; set; }

    public string? AnnouncedOn { get; set; }

    public string? Status { get; set; }

    /// <summary>Version 4: "Public", "Internal" or "Confidential"; missing in older files, which take the defaults.</summary>
    public string? Visibility { get; set; }

    public List<CitationPart>? Sources { get; set; }

    /// <summary>Why the state changed.</summary>
    public string? Reason { get; set; }

    /// <summary>The id of an earlier assessment of the same risk that this one corrects.</summary>
    public int? Corrects { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }
}

public sealed class BenchmarkPart
{
    public string? Key { get; set; }

    public string? RatioKey { get; set; }

    public string? Name { get; set; }

    /// <summary>Version 5: the name in French.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NameFr { get; set; }

    public decimal? Low { get; set; }

    public decimal? High { get; set; }

    public string? Qualifier { get; set; }

    public string? Currency { get; set; }

    public string? Scope { get; set; }

    public string? Region { get; set; }

    public string? Period { get; set; }

    public string? SourceTitle { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public string? PublishedOn { get; set; }

    public string? Note { get; set; }
}
