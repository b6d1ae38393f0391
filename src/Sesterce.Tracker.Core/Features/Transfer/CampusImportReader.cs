using System.Globalization;
using System.Text.Json;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Core.Features.Transfer;

/// <summary>Where in the file an input was refused ("milestones[2].dateRevisions[0]") and why.</summary>
public sealed record ImportError(string Path, ValidationError Error);

/// <summary>A campus read from a file and checked, ready to insert; ids still the document's own.</summary>
internal sealed class ImportPlan
{
    public required Campus Campus { get; init; }

    public required Dictionary<int, SourceInput> Sources { get; init; }

    /// <summary>The stored or new source each document source id stands for, filled in at the write.</summary>
    public Dictionary<int, Source> LinkedSources { get; } = [];

    /// <summary>Every citation of the file's claims; its <c>SourceId</c> holds the document's source id until the write.</summary>
    public List<Citation> Citations { get; } = [];

    public List<(Milestone Milestone, int Phase)> PhaseLinks { get; } = [];

    public Dictionary<int, Phase> Phases { get; } = [];

    /// <summary>Each claim that corrects another, both from the file; ids are linked once numbered.</summary>
    public List<(IClaim Claim, IClaim Corrected)> Corrections { get; } = [];

    public List<(Figure Figure, FigureRevision Revision, string? Note)> References { get; } = [];

    public List<BenchmarkInput> Benchmarks { get; } = [];

    /// <summary>The file's risks, to insert once the campus has its id.</summary>
    public List<Risk> Risks { get; } = [];

    /// <summary>Each threat with the milestone or phase it names, linked once those are numbered.</summary>
    public List<(RiskThreat Threat, Milestone? Milestone, Phase? Phase)> ThreatLinks { get; } = [];

    public List<(RiskConsequence Consequence, MilestoneDateRevision Claim)> ConsequenceLinks { get; } = [];

    /// <summary>Each figure claim scoped to a phase, with the document's phase id, linked once phases are numbered.</summary>
    public List<(FigureRevision Revision, int Phase)> ScopeLinks { get; } = [];

    /// <summary>The file's conflict resolutions with the claim each resolves, linked once those are numbered.</summary>
    public List<(ConflictResolution Resolution, IClaim Claim)> Resolutions { get; } = [];

    /// <summary>Each figure revision id of the file across figures; null when refused.</summary>
    public Dictionary<int, FigureRevision?> FigureRevisions { get; } = [];

    /// <summary>Each milestone id the file declares; null when that milestone was refused.</summary>
    public Dictionary<int, Milestone?> MilestoneIds { get; } = [];

    /// <summary>Each date claim id of the file across milestones; null when refused or given to two claims.</summary>
    public Dictionary<int, MilestoneDateRevision?> DateClaims { get; } = [];

    /// <summary>Every source and phase id the file declares, valid or not: repeated ids and references are checked against these.</summary>
    public HashSet<int> SourceIds { get; } = [];

    public HashSet<int> PhaseIds { get; } = [];

    /// <summary>The publication date of each valid source of the file, for the claim rules.</summary>
    public Dictionary<int, PartialDate?> SourceDates { get; } = [];
}

/// <summary>
/// Reads and checks a campus document with the rules the admin forms use (<see cref="InputRules"/>
/// and the admin services' validators), plus what only a file can get wrong: its format and
/// version, missing or repeated ids, and references to records the file does not hold.
/// </summary>
internal sealed class CampusImportReader(DateOnly today)
{
    /// <summary>A generous bound on one campus: the seeded campus is about 20 KB.</summary>
    public const int MaxDocumentLength = 10 * 1024 * 1024;

    private readonly List<ImportError> _errors = [];

    public IReadOnlyList<ImportError> Errors => _errors;

    public ImportPlan? Read(string json, string? asSlug)
    {
        if (json.Length > MaxDocumentLength)
        {
            Fail("", "", "TooLarge", MaxDocumentLength / 1024 / 1024);
            return null;
        }

        var document = Parse(json);
        return document is null || !WithinLimits(document) ? null : Check(document, asSlug);
    }

    /// <summary>
    /// Refuses, before reading a single record, a file holding more than a campus may
    /// (<see cref="CampusLimits"/>): its pages could not show it sensibly. Each count past its
    /// limit is named, with the path of the list that holds it.
    /// </summary>
    private bool WithinLimits(CampusDocument document)
    {
        var before = _errors.Count;
        Limit("sources", document.Sources?.Count, CampusLimits.SourcesPerFile, "FileTooManySources");
        Limit("phases", document.Phases?.Count, CampusLimits.PhasesPerCampus, "TooManyPhases");
        Limit("milestones", document.Milestones?.Count, CampusLimits.MilestonesPerCampus, "TooManyMilestones");
        Limit("figures", document.Figures?.Count, CampusLimits.FiguresPerCampus, "TooManyFigures");
        Limit("resolutions", document.Resolutions?.Count, CampusLimits.ResolutionsPerFile, "TooManyResolutions");
        Limit("risks", document.Risks?.Count, CampusLimits.RisksPerCampus, "TooManyRisks");
        Limit("benchmarks", document.Benchmarks?.Count, CampusLimits.BenchmarksPerFile, "TooManyBenchmarks");
        Each(document.Milestones, "milestones", "dateRevisions", m => m?.DateRevisions?.Count, CampusLimits.DateClaimsPerMilestone, "TooManyDateClaims");
        Each(document.Figures, "figures", "revisions", f => f?.Revisions?.Count, CampusLimits.RevisionsPerFigure, "TooManyRevisions");
        Each(document.Risks, "risks", "assessments", r => r?.Assessments?.Count, CampusLimits.AssessmentsPerRisk, "TooManyAssessments");
        return _errors.Count == before;

        void Limit(string path, int? count, int limit, string code)
        {
            if (count > limit)
            {
                Fail(path, "", code, count.Value, limit);
            }
        }

        void Each<T>(List<T>? parts, string path, string field, Func<T, int?> count, int limit, string code)
        {
            // One message per list is enough to say what is wrong: a file with thousands of
            // oversized records would otherwise bury the answer in thousands of lines.
            var index = parts?.FindIndex(p => count(p) > limit) ?? -1;
            if (index >= 0)
            {
                Fail($"{path}[{index}]", field, code, count(parts![index])!.Value, limit);
            }
        }
    }

    private CampusDocument? Parse(string json)
    {
        try
        {
            // Format and version first: a newer version may hold fields this one does not know.
            using (var head = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16, AllowDuplicateProperties = false }))
            {
                if (head.RootElement.ValueKind != JsonValueKind.Object)
                {
                    Fail("", "", "NotACampusDocument");
                    return null;
                }

                var format = head.RootElement.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                if (format != CampusDocument.FormatName)
                {
                    Fail("", "format", "UnknownFormat", CampusDocument.FormatName);
                    return null;
                }

                if (!head.RootElement.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version) || !CampusDocument.CanRead(version))
                {
                    Fail("", "version", "UnknownVersion", head.RootElement.TryGetProperty("version", out var raw) ? raw.GetRawText() : "—", CampusDocument.CurrentVersion);
                    return null;
                }
            }

            return JsonSerializer.Deserialize<CampusDocument>(json, CampusDocument.Json);
        }
        catch (JsonException exception)
        {
            // The serializer's message names the property, line and position; it describes the file, not the server.
            Fail(exception.Path ?? "", "", "NotJson", (exception.LineNumber ?? 0) + 1, exception.Message);
            return null;
        }
    }

    private ImportPlan? Check(CampusDocument document, string? asSlug)
    {
        if (document.Campus is not { } part)
        {
            Fail("campus", "", "Required");
            return null;
        }

        var rules = new InputRules(today);
        var slug = rules.Key("Slug", string.IsNullOrWhiteSpace(asSlug) ? part.Slug : asSlug);
        var details = CampusAdminService.Validate(rules, new CampusInput(
            part.Name, part.Operator, part.Commune, part.BusinessPark, part.Region, part.Country, part.Description,
            part.Purposes ?? [], [.. (part.People ?? []).Select(p => new PersonInput(p?.Name, p?.Role, p?.RoleFr))],
            part.DescriptionFr, part.PurposesFr, part.BusinessParkFr));
        Collect("campus", rules);
        var campus = new Campus
        {
            Slug = slug ?? "",
            Name = details.Name ?? "",
            Operator = details.Operator ?? "",
            Commune = details.Commune ?? "",
            BusinessPark = details.BusinessPark,
            BusinessParkFr = details.BusinessParkFr,
            Region = details.Region ?? "",
            Country = details.Country ?? "",
            Description = details.Description ?? "",
            Purposes = [.. details.Purposes],
            DescriptionFr = details.DescriptionFr,
            PurposesFr = [.. details.PurposesFr ?? []],
            People = [.. details.People.Select((p, i) => new CampusPerson { Name = p.Name ?? "", Role = p.Role ?? "", RoleFr = p.RoleFr, Order = i + 1 })],
        };
        var plan = new ImportPlan { Campus = campus, Sources = [] };
        ReadSources(document.Sources ?? [], plan);
        ReadPhases(document.Phases ?? [], plan);
        ReadMilestones(document.Milestones ?? [], plan);
        ReadFigures(document.Figures ?? [], plan);
        ReadResolutions(document.Resolutions ?? [], plan);
        ReadRisks(document.Risks ?? [], plan);
        ReadBenchmarks(document.Benchmarks ?? [], plan);
        return _errors.Count == 0 ? plan : null;
    }

    private void ReadSources(List<SourcePart> parts, ImportPlan plan)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var path = $"sources[{i}]";
            var part = parts[i];
            var rules = new InputRules(today);
            var id = Id(rules, part?.Id, i => !plan.SourceIds.Add(i));
            var values = SourceAdminService.Validate(
                rules,
                new SourceInput(part?.Title, part?.Publisher, part?.Url, part?.PublishedOn, part?.Language, part?.Excerpt, Level(rules, "Visibility", part?.Visibility)),
                Visibility.Public);
            var valid = Collect(path, rules);
            if (id is { } key)
            {
                // A declared but invalid source stays known to the claims citing it: its own error says what is wrong,
                // and an "unknown source" at every citation would only bury it.
                plan.SourceDates[key] = valid && values.PublishedOn is not null ? PartialDate.Parse(values.PublishedOn) : null;
                if (valid)
                {
                    plan.Sources[key] = values;
                }
            }
        }
    }

    private void ReadPhases(List<PhasePart> parts, ImportPlan plan)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var path = $"phases[{i}]";
            var part = parts[i] ?? new PhasePart();
            var rules = new InputRules(today);
            var id = Id(rules, part.Id, i => !plan.PhaseIds.Add(i));
            if (part.Order is null)
            {
                rules.Add("Order", "Required");
            }

            var (name, announced) = CampusAdminService.ValidatePhase(rules, new PhaseInput(part.Name, part.Order ?? 1, part.AnnouncedOn, part.NameFr));
            var nameFr = rules.Text("NameFr", part.NameFr, 200, required: false);
            var valid = Collect(path, rules);
            var phase = new Phase { Name = name ?? "", NameFr = nameFr, Order = part.Order ?? 1, AnnouncedOn = announced ?? default };

            // Version 1 held one plan without sources: it becomes the phase's first plan claim, known from the phase's announcement.
            if (part.TargetCapacityMw is not null || part.TargetDate is not null)
            {
                var legacy = new InputRules(today);
                var capacity = legacy.Number("TargetCapacityMw", part.TargetCapacityMw, 0, 100_000m);
                var target = legacy.Date("TargetDate", part.TargetDate, required: false);
                if (part.Plans is not null)
                {
                    legacy.Add("TargetDate", "PlanTwice");
                }

                if (Collect(path, legacy) && announced is { } day)
                {
                    phase.Plans.Add(new PhasePlanRevision { CapacityMw = capacity, Target = target, AnnouncedOn = day, Status = ClaimStatus.OfficialAnnouncement, RecordedAt = LegacyRecordedAt(day) });
                }
            }

            var plans = part.Plans ?? [];
            var planIds = new Dictionary<int, PhasePlanRevision?>();
            var correctedPlans = new HashSet<int>();
            for (var j = 0; j < plans.Count; j++)
            {
                var p = plans[j] ?? new PhasePlanPart();
                var planRules = new InputRules(today);
                var planId = Id(planRules, p.Id, planIds.ContainsKey);
                var status = Choice<ClaimStatus>(planRules, "Status", p.Status);
                var recordedAt = Moment(planRules, p.RecordedAt);
                var corrected = Corrected(planRules, p.Corrects, planIds, correctedPlans);
                var level = Level(planRules, "Visibility", p.Visibility);
                var revision = CampusAdminService.ValidatePlan(
                    planRules, new PhasePlanInput(p.Target, p.CapacityMw, Claim(p.AnnouncedOn, status, p.Sources, null, null, p.Note, level)), plan.SourceDates, corrected?.Visibility);
                var ok = Collect($"{path}.plans[{j}]", planRules) && revision is not null;
                if (planId is { } local)
                {
                    planIds[local] = ok ? revision : null;
                }

                if (ok)
                {
                    revision!.RecordedAt = recordedAt;
                    Register(plan, revision, revision.Citations, corrected);
                    phase.Plans.Add(revision);
                }
            }

            if (valid && id is { } key)
            {
                plan.Phases[key] = phase;
                plan.Campus.Phases.Add(phase);
            }
        }
    }

    private void ReadMilestones(List<MilestonePart> parts, ImportPlan plan)
    {
        var commissioned = new HashSet<int>();
        for (var i = 0; i < parts.Count; i++)
        {
            var path = $"milestones[{i}]";
            var part = parts[i] ?? new MilestonePart();
            var rules = new InputRules(today);
            var milestoneId = Id(rules, part.Id, plan.MilestoneIds.ContainsKey, required: false);
            var kind = Choice<MilestoneKind>(rules, "Kind", part.Kind);

            // Version 1 wrote "Achieved": reached is now a date claim, read from the file's actual date below.
            var status = part.Status == "Achieved" ? MilestoneStatus.Planned : Choice<MilestoneStatus>(rules, "Status", part.Status);
            var commissions = part.CommissionsPhase ?? false;
            var values = MilestoneAdminService.Validate(
                rules,
                new MilestoneInput(part.Title, part.Description, kind, status, part.Phase, commissions, part.TitleFr),
                phaseKnown: part.Phase is not { } phase || plan.PhaseIds.Contains(phase),
                phaseAlreadyCommissioned: commissions && part.Phase is { } p && !commissioned.Add(p));
            var milestone = new Milestone
            {
                Title = values.Title ?? "",
                TitleFr = values.TitleFr,
                Description = values.Description,
                Kind = kind,
                Status = status,
                CommissionsPhase = commissions,
                IsArchived = part.Archived ?? false,
            };

            // The dates are checked even when the milestone is not, so one pass reports every problem of the file.
            var valid = Collect(path, rules);
            if (part.Phase is { } phaseId)
            {
                plan.PhaseLinks.Add((milestone, phaseId));
            }

            var revisions = part.DateRevisions ?? [];
            var claimIds = new Dictionary<int, MilestoneDateRevision?>();
            var correctedClaims = new HashSet<int>();
            for (var j = 0; j < revisions.Count; j++)
            {
                var r = revisions[j] ?? new DateRevisionPart();
                var revisionRules = new InputRules(today);
                var claimId = Id(revisionRules, r.Id, claimIds.ContainsKey, required: false);
                var claimKind = r.Kind is null ? MilestoneDateKind.Target : Choice<MilestoneDateKind>(revisionRules, "Kind", r.Kind);
                var claimStatus = r.Status is null ? ClaimStatus.OfficialAnnouncement : Choice<ClaimStatus>(revisionRules, "Status", r.Status);
                var recordedAt = Moment(revisionRules, r.RecordedAt);
                var corrected = Corrected(revisionRules, r.Corrects, claimIds, correctedClaims);

                // A correction replaces a claim of its own kind: a reached date never corrects a target, as in the admin forms.
                if (corrected is MilestoneDateRevision earlier && earlier.Kind != claimKind)
                {
                    revisionRules.Add("Corrects", "UnknownRevision", r.Corrects!.Value);
                    corrected = null;
                }

                var hasReached = milestone.DateRevisions.Any(c => c.Kind == MilestoneDateKind.Reached && c.Target is not null);
                var level = Level(revisionRules, "Visibility", r.Visibility);
                var revision = MilestoneAdminService.ValidateDate(
                    revisionRules,
                    claimKind,
                    new DateClaimInput(r.Target, Claim(r.AnnouncedOn, claimStatus, r.Sources, r.Source, r.Quote, r.Reason, level)),
                    plan.SourceDates,
                    hasReached,
                    recordedAt,
                    corrected?.Visibility);
                var ok = Collect($"{path}.dateRevisions[{j}]", revisionRules) && revision is not null;
                if (claimId is { } local)
                {
                    claimIds[local] = ok ? revision : null;

                    // Version 2 files numbered claims per milestone at times; an id two milestones share names neither.
                    plan.DateClaims[local] = plan.DateClaims.ContainsKey(local) ? null : claimIds[local];
                }

                if (ok)
                {
                    Register(plan, revision!, revision!.Citations, corrected);
                    milestone.DateRevisions.Add(revision);
                }
            }

            if (part.ActualDate is not null)
            {
                ReadLegacyReached(part, milestone, path, plan);
            }

            if (valid)
            {
                plan.Campus.Milestones.Add(milestone);
            }

            if (milestoneId is { } declared)
            {
                plan.MilestoneIds[declared] = valid ? milestone : null;
            }
        }
    }

    /// <summary>
    /// Risks with their links and assessments, checked with the admin's rules. A link to a declared
    /// but refused milestone, phase or claim is not reported again: that record's own error says what is wrong.
    /// </summary>
    private void ReadRisks(List<RiskPart> parts, ImportPlan plan)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var path = $"risks[{i}]";
            var part = parts[i] ?? new RiskPart();
            var rules = new InputRules(today);
            var category = Choice<RiskCategory>(rules, "Category", part.Category);
            var riskLevel = Level(rules, "Visibility", part.Visibility) ?? Visibility.Public;
            var values = Risks.RiskAdminService.ValidateFields(
                rules, new Risks.RiskInput(part.Title, part.Description, category, part.Owner, part.ThreatenedMilestones ?? [], part.ThreatenedPhases ?? [], part.Consequences ?? []));
            var risk = new Risk { Title = values.Title ?? "", Description = values.Description, Category = category, Owner = values.Owner, Visibility = riskLevel, IsArchived = part.Archived ?? false };
            foreach (var id in values.ThreatenedMilestoneIds)
            {
                if (!plan.MilestoneIds.TryGetValue(id, out var milestone))
                {
                    rules.Add("ThreatenedMilestones", "UnknownMilestone");
                }
                else if (milestone is not null)
                {
                    var threat = new RiskThreat();
                    risk.Threats.Add(threat);
                    plan.ThreatLinks.Add((threat, milestone, null));
                }
            }

            foreach (var id in values.ThreatenedPhaseIds)
            {
                if (!plan.PhaseIds.Contains(id))
                {
                    rules.Add("ThreatenedPhases", "UnknownPhase");
                }
                else if (plan.Phases.TryGetValue(id, out var phase))
                {
                    var threat = new RiskThreat();
                    risk.Threats.Add(threat);
                    plan.ThreatLinks.Add((threat, null, phase));
                }
            }

            foreach (var id in values.ConsequenceDateClaimIds)
            {
                if (!plan.DateClaims.TryGetValue(id, out var claim) || claim is null)
                {
                    rules.Add("Consequences", "UnknownDateClaim");
                }
                else
                {
                    var consequence = new RiskConsequence();
                    risk.Consequences.Add(consequence);
                    plan.ConsequenceLinks.Add((consequence, claim));
                }
            }

            var assessments = part.Assessments ?? [];
            if (assessments.Count == 0)
            {
                rules.Add("Assessments", "Required");
            }

            var valid = Collect(path, rules);
            var assessmentIds = new Dictionary<int, RiskAssessment?>();
            var corrected = new HashSet<int>();
            for (var j = 0; j < assessments.Count; j++)
            {
                var a = assessments[j] ?? new RiskAssessmentPart();
                var assessmentRules = new InputRules(today);
                var assessmentId = Id(assessmentRules, a.Id, assessmentIds.ContainsKey);
                var state = Choice<RiskState>(assessmentRules, "State", a.State);
                var likelihood = Choice<RiskLevel>(assessmentRules, "Likelihood", a.Likelihood);
                var impact = Choice<RiskLevel>(assessmentRules, "Impact", a.Impact);
                var status = Choice<ClaimStatus>(assessmentRules, "Status", a.Status);
                var recordedAt = Moment(assessmentRules, a.RecordedAt);
                var correctedAssessment = Corrected(assessmentRules, a.Corrects, assessmentIds, corrected);
                var level = Level(assessmentRules, "Visibility", a.Visibility);
                var assessment = Risks.RiskAdminService.Validate(
                    assessmentRules,
                    new Risks.RiskAssessmentInput(state, likelihood, impact, Claim(a.AnnouncedOn, status, a.Sources, null, null, a.Reason, level)),
                    plan.SourceDates,
                    recordedAt,
                    correctedAssessment?.Visibility ?? riskLevel);
                var ok = Collect($"{path}.assessments[{j}]", assessmentRules) && assessment is not null;
                if (assessmentId is { } local)
                {
                    assessmentIds[local] = ok ? assessment : null;
                }

                if (ok)
                {
                    Register(plan, assessment!, assessment!.Citations, correctedAssessment);
                    risk.Assessments.Add(assessment);
                }
            }

            if (valid)
            {
                plan.Risks.Add(risk);
            }
        }
    }

    /// <summary>
    /// Version 1's reached date becomes a reached-date claim with its source, known from the day it
    /// happened, or from its source's publication when that came later: a version 1 file never said
    /// when it was reported, and a past view must not know it before its source existed.
    /// </summary>
    private void ReadLegacyReached(MilestonePart part, Milestone milestone, string path, ImportPlan plan)
    {
        var rules = new InputRules(today);
        var date = rules.Date("ActualDate", part.ActualDate, notInFuture: true);
        PartialDate? published = part.ActualSource is { } s && plan.SourceDates.TryGetValue(s, out var known) ? known : null;
        var reported = date is { } d && published is { } p && p.Start > d.End ? p : date;
        var claim = MilestoneAdminService.ValidateDate(
            rules,
            MilestoneDateKind.Reached,
            new DateClaimInput(part.ActualDate, Claim(reported?.ToString(), ClaimStatus.OfficialAnnouncement, null, part.ActualSource, part.ActualQuote, null)),
            plan.SourceDates,
            hasReached: false,
            reported is { } day ? LegacyRecordedAt(day) : default);
        if (Collect(path, rules) && claim is not null)
        {
            Register(plan, claim, claim.Citations, null);
            milestone.DateRevisions.Add(claim);
        }
    }

    /// <summary>
    /// A claim as the file states it. The file's sources come in version 2's list or version 1's single
    /// source; the import trusts a reported-on date before a source's publication, which the tracker
    /// that wrote the file accepted with the admin's confirmation.
    /// </summary>
    private static ClaimInput Claim(string? reportedOn, ClaimStatus status, List<CitationPart>? sources, int? legacySource, string? legacyQuote, string? note, Visibility? level = null)
    {
        var citations = sources is not null
            ? sources.Select(c => new CitationInput(c?.Source, c?.Quote)).ToList()
            : legacySource is not null ? [new CitationInput(legacySource, legacyQuote)] : [];
        return new ClaimInput(reportedOn, status, citations, note, RecallsEarlierAnnouncement: true, level) { SourcesOptional = true };
    }

    /// <summary>
    /// Version 4's level of a record, checked like any choice. Older files have none: null, so the
    /// admin services' default applies (Public; a money figure Internal; a correction its corrected claim's level).
    /// </summary>
    private static Visibility? Level(InputRules rules, string field, string? name) => name is null ? null : Choice<Visibility>(rules, field, name);

    /// <summary>
    /// A version 1 file never said when its phase plans and reached dates were entered: the first day
    /// they were known stands in, which the import accepts again once exported (1970 would be refused).
    /// </summary>
    private static DateTimeOffset LegacyRecordedAt(PartialDate known) => new(known.End.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The earlier claim of the same record that a claim corrects, checked: known, valid, and not already corrected.</summary>
    private static T? Corrected<T>(InputRules rules, int? corrects, Dictionary<int, T?> earlier, HashSet<int> done)
        where T : class, IClaim
    {
        if (corrects is not { } id)
        {
            return null;
        }

        // Only an earlier claim of the same record: a correction always follows what it corrects, so no cycle can be written.
        if (!earlier.TryGetValue(id, out var claim) || claim is null)
        {
            rules.Add("Corrects", "UnknownRevision", id);
            return null;
        }

        if (!done.Add(id))
        {
            rules.Add("Corrects", "AlreadyCorrected");
            return null;
        }

        return claim;
    }

    private static void Register(ImportPlan plan, IClaim claim, List<Citation> citations, IClaim? corrected)
    {
        plan.Citations.AddRange(citations);
        if (corrected is not null)
        {
            plan.Corrections.Add((claim, corrected));
        }
    }

    private void ReadFigures(List<FigurePart> parts, ImportPlan plan)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var revisionIds = new Dictionary<int, (int Figure, FigureRevision? Revision)>();
        var corrected = new HashSet<int>();
        for (var i = 0; i < parts.Count; i++)
        {
            var path = $"figures[{i}]";
            var part = parts[i] ?? new FigurePart();
            var rules = new InputRules(today);
            var (key, name, unit, defaultLevel) = FigureAdminService.ValidateFigure(
                rules, new FigureInput(part.Key, part.Name, part.Unit, Level(rules, "DefaultVisibility", part.DefaultVisibility)), keys.Contains);
            var figureNameFr = rules.Text("NameFr", part.NameFr, 200, required: false);
            var figureValid = Collect(path, rules);
            if (key is not null)
            {
                keys.Add(key);
            }

            var figure = new Figure { Key = key ?? "", Name = name ?? "", NameFr = figureNameFr, Unit = unit ?? "", Order = i + 1, DefaultVisibility = defaultLevel };
            var revisions = part.Revisions ?? [];
            for (var j = 0; j < revisions.Count; j++)
            {
                var r = revisions[j] ?? new FigureRevisionPart();
                var revisionRules = new InputRules(today);
                var id = Id(revisionRules, r.Id, revisionIds.ContainsKey);
                var qualifier = Choice<FigureQualifier>(revisionRules, "Qualifier", r.Qualifier);
                var status = Choice<ClaimStatus>(revisionRules, "Status", r.Status);
                var scope = Choice<InvestmentScope>(revisionRules, "Scope", r.Scope);
                var (claimScope, scopePhase, scopeLabel) = ClaimScopeOf(revisionRules, r, plan);
                var recordedAt = Moment(revisionRules, r.RecordedAt);
                FigureRevision? correctedRevision = null;
                if (r.Corrects is { } correctsId)
                {
                    // Only an earlier revision of the same figure: a correction always follows what it corrects, so no cycle can be written.
                    if (!revisionIds.TryGetValue(correctsId, out var target) || target.Figure != i)
                    {
                        revisionRules.Add("Corrects", "UnknownRevision", correctsId);
                    }
                    else if (!corrected.Add(correctsId))
                    {
                        revisionRules.Add("Corrects", "AlreadyCorrected");
                    }
                    else
                    {
                        correctedRevision = target.Revision;
                    }
                }

                var level = Level(revisionRules, "Visibility", r.Visibility);
                var revision = FigureAdminService.Validate(
                    revisionRules,
                    new RevisionInput(r.Value, r.Low, r.High, qualifier, Claim(r.AnnouncedOn, status, r.Sources, r.Source, r.Quote, r.Note, level)),
                    unit ?? "",
                    plan.SourceDates,
                    phaseKnown: true,
                    correctedRevision?.Visibility ?? defaultLevel);
                var valid = Collect($"{path}.revisions[{j}]", revisionRules) && revision is not null;
                if (id is { } localId)
                {
                    revisionIds[localId] = (i, valid ? revision : null);
                    plan.FigureRevisions[localId] = valid ? revision : null;
                }

                if (valid)
                {
                    revision!.Scope = scope;
                    revision.ScopeKind = claimScope;
                    revision.ScopeLabel = scopeLabel;
                    if (scopePhase is { } phaseId)
                    {
                        plan.ScopeLinks.Add((revision, phaseId));
                    }

                    revision.RecordedAt = recordedAt;
                    plan.Citations.AddRange(revision.Citations);
                    figure.Revisions.Add(revision);
                    if (correctedRevision is not null)
                    {
                        plan.Corrections.Add((revision, correctedRevision));
                    }
                }
            }

            if (part.Reference is { } reference)
            {
                var referenceRules = new InputRules(today);
                var note = referenceRules.Text("ReferenceNote", reference.Note, Figures.FigureReferenceService.MaxNoteLength, required: false);
                FigureRevision? chosen = null;
                if (reference.Revision is not { } revisionId || !revisionIds.TryGetValue(revisionId, out var target) || target.Figure != i)
                {
                    referenceRules.Add("Revision", "UnknownRevision", reference.Revision?.ToString(CultureInfo.InvariantCulture) ?? "—");
                }
                else if (corrected.Contains(revisionId))
                {
                    referenceRules.Add("Revision", "RevisionCorrected");
                }
                else
                {
                    chosen = target.Revision;
                }

                if (Collect($"{path}.reference", referenceRules) && chosen is not null)
                {
                    plan.References.Add((figure, chosen, note));
                }
            }

            if (figureValid)
            {
                plan.Campus.Figures.Add(figure);
            }
        }
    }

    /// <summary>
    /// The part of the campus a figure claim speaks of, with the admin's rules: a phase names one of
    /// the file's phases, a building or another part has its name, the whole campus has neither.
    /// What does not belong to the kind is refused rather than dropped: the file would not read back the same.
    /// </summary>
    private static (ClaimScopeKind Kind, int? Phase, string? Label) ClaimScopeOf(InputRules rules, FigureRevisionPart part, ImportPlan plan)
    {
        // Versions 1 and 2 never said: their claims speak of the whole campus.
        var kind = part.ClaimScope is null ? ClaimScopeKind.Campus : Choice<ClaimScopeKind>(rules, "ClaimScope", part.ClaimScope);
        if (kind != ClaimScopeKind.Phase && part.ClaimScopePhase is not null)
        {
            rules.Add("ClaimScopePhase", "NotForThisScope");
        }

        if (kind is ClaimScopeKind.Campus or ClaimScopeKind.Phase && part.ClaimScopeLabel is not null)
        {
            rules.Add("ClaimScopeLabel", "NotForThisScope");
        }

        switch (kind)
        {
            case ClaimScopeKind.Phase when part.ClaimScopePhase is null:
                rules.Add("ClaimScopePhase", "Required");
                return (kind, null, null);
            case ClaimScopeKind.Phase when !plan.PhaseIds.Contains(part.ClaimScopePhase.Value):
                rules.Add("ClaimScopePhase", "UnknownPhase");
                return (kind, null, null);
            case ClaimScopeKind.Phase:
                return (kind, part.ClaimScopePhase, null);
            case ClaimScopeKind.Building or ClaimScopeKind.Other:
                return (kind, null, rules.Text("ClaimScopeLabel", part.ClaimScopeLabel, 200));
            default:
                return (ClaimScopeKind.Campus, null, null);
        }
    }

    /// <summary>
    /// Conflict resolutions, checked as claims with the admin's rules: a known kind, a reason when
    /// rejecting, exactly one disputed claim of the file, a correction naming an earlier resolution
    /// of the same claim that nothing else corrects. Whether the claim was in conflict on that day is
    /// not judged again: the tracker that wrote the file did, and the conflict rule reads the history,
    /// which may have moved since. A link to a declared but refused claim is not reported again.
    /// </summary>
    private void ReadResolutions(List<ResolutionPart> parts, ImportPlan plan)
    {
        var resolutionIds = new Dictionary<int, (string Claim, ConflictResolution? Resolution)>();
        var corrected = new HashSet<int>();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i] ?? new ResolutionPart();
            var rules = new InputRules(today);
            var id = Id(rules, part.Id, resolutionIds.ContainsKey);
            var kind = Choice<ConflictResolutionKind>(rules, "Kind", part.Kind);
            var status = Choice<ClaimStatus>(rules, "Status", part.Status);
            var recordedAt = Moment(rules, part.RecordedAt);
            var reason = rules.Text("Reason", part.Reason, 2000, required: kind == ConflictResolutionKind.Rejected && part.Kind is not null);
            IClaim? disputed = null;
            var claimKey = "";
            switch (part.FigureRevision, part.DateClaim)
            {
                case (null, null):
                    rules.Add("FigureRevision", "Required");
                    break;
                case (not null, not null):
                    rules.Add("DateClaim", "ResolvesOneClaim");
                    break;
                case ({ } revisionId, null):
                    claimKey = $"figure {revisionId}";
                    if (!plan.FigureRevisions.TryGetValue(revisionId, out var revision))
                    {
                        rules.Add("FigureRevision", "NoSuchRevision", revisionId);
                    }

                    disputed = revision;
                    break;
                case (null, { } dateId):
                    claimKey = $"date {dateId}";
                    if (!plan.DateClaims.TryGetValue(dateId, out var date))
                    {
                        rules.Add("DateClaim", "UnknownDateClaim");
                    }

                    disputed = date;
                    break;
            }

            ConflictResolution? correctedResolution = null;
            if (part.Corrects is { } correctsId)
            {
                // Only an earlier resolution of the same claim: a correction always follows what it corrects, so no cycle can be written.
                // A refused earlier resolution, or a claim this one cannot name, already has its own error.
                if (!resolutionIds.TryGetValue(correctsId, out var earlier))
                {
                    rules.Add("Corrects", "UnknownClaim");
                }
                else if (earlier.Resolution is null || claimKey.Length == 0)
                {
                    // Nothing to add: the file is refused for the other error.
                }
                else if (earlier.Claim != claimKey)
                {
                    rules.Add("Corrects", "UnknownClaim");
                }
                else if (!corrected.Add(correctsId))
                {
                    rules.Add("Corrects", "AlreadyCorrected");
                }
                else
                {
                    correctedResolution = earlier.Resolution;
                }
            }

            var level = Level(rules, "Visibility", part.Visibility);
            var claim = ClaimValidation.Validate(
                rules, Claim(part.AnnouncedOn, status, part.Sources, null, null, null, level), plan.SourceDates, inheritedLevel: correctedResolution?.Visibility ?? disputed?.Visibility);
            var ok = Collect($"resolutions[{i}]", rules) && claim is not null && disputed is not null;
            var resolution = ok
                ? new ConflictResolution
                {
                    Kind = kind,
                    Reason = reason,
                    AnnouncedOn = claim!.ReportedOn,
                    Status = claim.Status,
                    Visibility = claim.Visibility,
                    Citations = claim.Citations,
                    RecordedAt = recordedAt,
                }
                : null;
            if (id is { } local)
            {
                resolutionIds[local] = (claimKey, resolution);
            }

            if (resolution is not null)
            {
                Register(plan, resolution, resolution.Citations, correctedResolution);
                plan.Resolutions.Add((resolution, disputed!));
            }
        }
    }

    private void ReadBenchmarks(List<BenchmarkPart> parts, ImportPlan plan)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i] ?? new BenchmarkPart();
            var rules = new InputRules(today);
            var qualifier = Choice<FigureQualifier>(rules, "Qualifier", part.Qualifier);
            var scope = Choice<InvestmentScope>(rules, "Scope", part.Scope);
            var values = BenchmarkAdminService.Validate(rules, new BenchmarkInput(
                part.Key, part.RatioKey, part.Name, part.Low, part.High, qualifier, part.Currency, scope, part.Region, part.Period,
                part.SourceTitle, part.Publisher, part.Url, Day(rules, "PublishedOn", part.PublishedOn), part.Note, part.NameFr));
            if (values.Key is { } key && !keys.Add(key))
            {
                rules.Add("Key", "DuplicateId", key);
            }

            if (Collect($"benchmarks[{i}]", rules))
            {
                plan.Benchmarks.Add(values);
            }
        }
    }

    /// <summary>A document id: present, positive, not used before (<paramref name="taken"/> also records it).</summary>
    private static int? Id(InputRules rules, int? id, Func<int, bool> taken, bool required = true)
    {
        if (id is not { } value)
        {
            if (required)
            {
                rules.Add("Id", "Required");
            }

            return null;
        }

        if (value < 1)
        {
            rules.Add("Id", "OutOfRange", 1, int.MaxValue);
            return null;
        }

        if (taken(value))
        {
            rules.Add("Id", "DuplicateId", value);
            return null;
        }

        return value;
    }

    /// <summary>An enum by its exact name; numbers and unknown names are refused, so a file cannot smuggle in an undefined value.</summary>
    private static T Choice<T>(InputRules rules, string field, string? name) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(name))
        {
            rules.Add(field, "Required");
            return default;
        }

        if (Enum.GetNames<T>().Contains(name, StringComparer.Ordinal))
        {
            return Enum.Parse<T>(name);
        }

        rules.Add(field, "UnknownChoice");
        return default;
    }

    private static DateOnly? Day(InputRules rules, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        // A field that takes whole days only says so: its message must not offer "2026-12" as an example.
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            rules.Add(field, "NotADay", text);
            return null;
        }

        return rules.Day(field, day);
    }

    /// <summary>When a revision was recorded, kept as written (in UTC) so the history reads the same after the move.</summary>
    private static DateTimeOffset Moment(InputRules rules, DateTimeOffset? value)
    {
        if (value is not { } moment)
        {
            rules.Add("RecordedAt", "Required");
            return default;
        }

        var utc = moment.ToUniversalTime();
        if (utc.UtcDateTime < InputRules.EarliestDate.ToDateTime(TimeOnly.MinValue) || utc.UtcDateTime > InputRules.LatestDate.ToDateTime(TimeOnly.MaxValue))
        {
            rules.Add("RecordedAt", "DateOutOfRange", InputRules.EarliestDate.Year, InputRules.LatestDate.Year);
            return default;
        }

        return utc;
    }

    private bool Collect(string path, InputRules rules)
    {
        _errors.AddRange(rules.Errors.Select(e => new ImportError(path, e)));
        return rules.IsValid;
    }

    private void Fail(string path, string field, string code, params object[] arguments) =>
        _errors.Add(new ImportError(path, new ValidationError(field, code, arguments)));
}
