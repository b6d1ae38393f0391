using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Claims;

namespace Sesterce.Tracker.Core.Features.Risks;

/// <summary>A milestone a risk may threaten, for the admin's picker.</summary>
public sealed record MilestoneOption(int Id, string Title);

/// <summary>
/// Admin writes on the risk register: create a risk with its first assessment, edit its own fields
/// and links, record a state change or correct an assessment (claims with sources), archive and
/// restore. Every write goes through <see cref="WritePipeline"/> and moves the risk's version, so two
/// admins cannot assess over each other unawares.
/// </summary>
public sealed class RiskAdminService(IDbContextFactory<TrackerDbContext> contexts, WritePipeline writes)
{
    /// <summary>A risk links to at most this many milestones, phases or date claims of each kind.</summary>
    public const int MaxLinks = 50;

    /// <summary>Every risk of the campus, archived ones last, each with its latest standing assessment; null when the campus does not exist.</summary>
    public async Task<IReadOnlyList<RiskAdminRow>?> ListAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await CampusLookup.IdAsync(db, slug, cancellationToken) is not { } campusId)
        {
            return null;
        }

        var risks = await db.Risks.AsNoTracking()
            .Where(r => r.CampusId == campusId)
            .Select(r => new { r.Id, r.Title, r.Category, r.IsArchived, r.Version, r.Visibility })
            .ToListAsync(cancellationToken);
        var ledgers = await LedgersAsync(db, db.Risks.Where(r => r.CampusId == campusId).Select(r => r.Id), cancellationToken);
        return [.. risks
            .Select(r =>
            {
                var current = RiskRules.Current(ledgers.TryGetValue(r.Id, out var ledger) ? ledger : []);
                return new RiskAdminRow(r.Id, r.Title, r.Category, current?.State, current?.Severity, r.IsArchived, r.Version, r.Visibility);
            })
            .OrderBy(r => r.IsArchived)
            .ThenBy(r => r.State == RiskState.Closed ? 1 : 0)
            .ThenByDescending(r => r.Severity ?? 0)
            .ThenBy(r => r.Title, StringComparer.CurrentCulture)
            .ThenBy(r => r.Id)];
    }

    /// <summary>A risk for its edit form with every assessment recorded (corrected ones marked); null when it does not exist.</summary>
    public async Task<RiskEdit?> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var risk = await db.Risks.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new
            {
                r.Id,
                r.CampusId,
                r.Title,
                r.Description,
                r.Category,
                r.Owner,
                r.IsArchived,
                r.Version,
                r.Visibility,
                Milestones = r.Threats.Where(t => t.MilestoneId != null).Select(t => t.MilestoneId!.Value).ToList(),
                Phases = r.Threats.Where(t => t.PhaseId != null).Select(t => t.PhaseId!.Value).ToList(),
                Consequences = r.Consequences.Select(c => c.MilestoneDateRevisionId).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (risk is null)
        {
            return null;
        }

        var slug = await CampusLookup.SlugAsync(db, risk.CampusId, cancellationToken) ?? "";
        var ledgers = await LedgersAsync(db, db.Risks.Where(r => r.Id == id).Select(r => r.Id), cancellationToken);
        var values = new RiskInput(risk.Title, risk.Description, risk.Category, risk.Owner, [.. risk.Milestones.Order()], [.. risk.Phases.Order()], [.. risk.Consequences.Order()], risk.Visibility);
        return new RiskEdit(risk.Id, slug, values, ledgers.TryGetValue(id, out var ledger) ? ledger : [], risk.IsArchived, risk.Version);
    }

    /// <summary>The campus's milestones a risk may threaten, archived ones included (a risk may outlive a milestone's archiving).</summary>
    public async Task<IReadOnlyList<MilestoneOption>> MilestonesAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campusId = await CampusLookup.IdAsync(db, slug, cancellationToken);
        var rows = await db.Milestones.AsNoTracking()
            .Where(m => m.CampusId == campusId)
            .Select(m => new MilestoneOption(m.Id, m.Title))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(m => m.Title, StringComparer.CurrentCulture).ThenBy(m => m.Id)];
    }

    public async Task<IReadOnlyList<PhaseOption>> PhasesAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campusId = await CampusLookup.IdAsync(db, slug, cancellationToken);
        return await db.Phases.AsNoTracking()
            .Where(p => p.CampusId == campusId)
            .OrderBy(p => p.Order)
            .Select(p => new PhaseOption(p.Id, p.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every date claim of the campus's milestones, the consequences a risk may name; newest report first.</summary>
    public async Task<IReadOnlyList<DateClaimOption>> DateClaimsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campusId = await CampusLookup.IdAsync(db, slug, cancellationToken);
        var rows = await db.MilestoneDateRevisions.AsNoTracking()
            .Join(db.Milestones.Where(m => m.CampusId == campusId), d => d.MilestoneId, m => m.Id, (d, m) => new
            {
                d.Id,
                d.MilestoneId,
                m.Title,
                d.Kind,
                d.TargetStart,
                d.TargetPrecision,
                d.AnnouncedOnStart,
                d.AnnouncedOnPrecision,
            })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new DateClaimOption(
                r.Id,
                r.MilestoneId,
                r.Title,
                r.Kind,
                r.TargetStart is { } start && r.TargetPrecision is { } precision ? new PartialDate(start, precision) : null,
                new PartialDate(r.AnnouncedOnStart, r.AnnouncedOnPrecision)))
            .OrderBy(o => o.MilestoneTitle, StringComparer.CurrentCulture)
            .ThenByDescending(o => o.ReportedOn.Start)
            .ThenByDescending(o => o.Id)];
    }

    /// <summary>A new risk with its first assessment: the risk is known from the day that assessment was reported.</summary>
    public Task<WriteResult> CreateAsync(string slug, RiskInput input, RiskAssessmentInput assessment, CancellationToken cancellationToken = default) =>
        writes.AppendAsync(AuditedRecords.Risk, (db, ct) => CampusLookup.FindAsync(db, slug, ct), async (scope, campus) =>
        {
            var values = await ValidateAsync(scope, input, campus.Id);
            await CampusLimits.RefuseBeyondAsync(scope, scope.Db.Risks.Where(r => r.CampusId == campus.Id), CampusLimits.RisksPerCampus, "TooManyRisks");
            var level = ClaimValidation.Level(scope.Rules, input.Visibility);
            var first = Validate(scope.Rules, assessment, await ClaimValidation.CitedSourcesAsync(scope, assessment.Claim), scope.Now, level);
            if (!scope.Rules.IsValid || first is null)
            {
                return null;
            }

            var risk = new Risk { Title = values.Title!, CampusId = campus.Id, Visibility = level };
            Apply(risk, values);
            risk.Assessments.Add(first);
            var changes = new ChangeSet()
                .Created("Title", risk.Title).Created("Description", risk.Description).Created("Category", risk.Category).Created("Owner", risk.Owner)
                .Created("ThreatenedMilestones", Ids(values.ThreatenedMilestoneIds)).Created("ThreatenedPhases", Ids(values.ThreatenedPhaseIds))
                .Created("Consequences", Ids(values.ConsequenceDateClaimIds)).Created("Visibility", level);
            Describe(changes, first, corrects: null);
            return new Addition<Risk>(risk, changes, first.Reason);
        }, cancellationToken);

    /// <summary>Edits the risk's own fields and links in place; its state only moves through assessments.</summary>
    public Task<WriteResult> UpdateAsync(int id, RiskInput input, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Risk, r => r.Id == id, expectedVersion, async (scope, risk) =>
        {
            var values = await ValidateAsync(scope, input, risk.CampusId);
            var level = ClaimValidation.Level(scope.Rules, input.Visibility, risk.Visibility);
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var changes = new ChangeSet()
                .Compare("Visibility", risk.Visibility, level)
                .Compare("Title", risk.Title, values.Title)
                .Compare("Description", risk.Description, values.Description)
                .Compare("Category", risk.Category, values.Category)
                .Compare("Owner", risk.Owner, values.Owner)
                .Compare("ThreatenedMilestones", Ids(risk.Threats.Select(t => t.MilestoneId).OfType<int>()), Ids(values.ThreatenedMilestoneIds))
                .Compare("ThreatenedPhases", Ids(risk.Threats.Select(t => t.PhaseId).OfType<int>()), Ids(values.ThreatenedPhaseIds))
                .Compare("Consequences", Ids(risk.Consequences.Select(c => c.MilestoneDateRevisionId)), Ids(values.ConsequenceDateClaimIds));
            Apply(risk, values);
            risk.Visibility = level;
            return new Edit("Updated", changes);
        }, cancellationToken);

    /// <summary>
    /// Records a new assessment (state, likelihood, impact) with its sources. A change of state needs
    /// a reason (the claim's note): the register must say why a risk moved.
    /// </summary>
    public Task<WriteResult> AddAssessmentAsync(int id, RiskAssessmentInput input, int expectedVersion, CancellationToken cancellationToken = default) =>
        AssessAsync(id, input, expectedVersion, corrects: null, reason: null, cancellationToken);

    /// <summary>Corrects an assessment with a new one naming it; the reason is required. Nothing is overwritten.</summary>
    public Task<WriteResult> CorrectAssessmentAsync(int id, int corrects, RiskAssessmentInput input, string? reason, int expectedVersion, CancellationToken cancellationToken = default) =>
        AssessAsync(id, input, expectedVersion, corrects, reason, cancellationToken);

    public Task<WriteResult> SetArchivedAsync(int id, bool archived, string? reason, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.SetArchivedAsync(AuditedRecords.Risk, r => r.Id == id, archived, reason, expectedVersion, cancellationToken);

    /// <summary>
    /// The rules of one assessment, shared with the campus import: defined state, likelihood and
    /// impact, and the claim rules every claim follows.
    /// </summary>
    /// <paramref name="inheritedLevel"/> is the level the assessment takes when its input gives none.
    internal static RiskAssessment? Validate(InputRules rules, RiskAssessmentInput input, IReadOnlyDictionary<int, PartialDate?> knownSources, DateTimeOffset now, Visibility? inheritedLevel = null)
    {
        rules.Enum("State", input.State);
        rules.Enum("Likelihood", input.Likelihood);
        rules.Enum("Impact", input.Impact);
        var claim = ClaimValidation.Validate(rules, input.Claim, knownSources, inheritedLevel: inheritedLevel);
        return rules.IsValid && claim is not null
            ? new RiskAssessment
            {
                State = input.State,
                Likelihood = input.Likelihood,
                Impact = input.Impact,
                AnnouncedOn = claim.ReportedOn,
                Status = claim.Status,
                Visibility = claim.Visibility,
                Citations = claim.Citations,
                Reason = claim.Note,
                RecordedAt = now,
            }
            : null;
    }

    /// <summary>The risk's own field rules, shared with the campus import, which checks its links against the file.</summary>
    internal static RiskInput ValidateFields(InputRules rules, RiskInput input)
    {
        var title = rules.Text("Title", input.Title, 300);
        var description = rules.Text("Description", input.Description, 4000, required: false);
        var owner = rules.Text("Owner", input.Owner, 200, required: false);
        rules.Enum("Category", input.Category);
        Limit(rules, "ThreatenedMilestoneIds", input.ThreatenedMilestoneIds);
        Limit(rules, "ThreatenedPhaseIds", input.ThreatenedPhaseIds);
        Limit(rules, "ConsequenceDateClaimIds", input.ConsequenceDateClaimIds);
        return input with
        {
            Title = title,
            Description = description,
            Owner = owner,
            ThreatenedMilestoneIds = [.. input.ThreatenedMilestoneIds.Distinct().Order()],
            ThreatenedPhaseIds = [.. input.ThreatenedPhaseIds.Distinct().Order()],
            ConsequenceDateClaimIds = [.. input.ConsequenceDateClaimIds.Distinct().Order()],
        };
    }

    private Task<WriteResult> AssessAsync(int id, RiskAssessmentInput input, int expectedVersion, int? corrects, string? reason, CancellationToken cancellationToken) =>
        writes.UpdateAsync(AuditedRecords.Risk, r => r.Id == id, expectedVersion, async (scope, risk) =>
        {
            var recorded = scope.Db.RiskAssessments.Where(a => a.RiskId == risk.Id);
            var why = scope.Rules.Text("Reason", reason, 2000, required: corrects is not null);
            await CampusLimits.RefuseBeyondAsync(scope, recorded, CampusLimits.AssessmentsPerRisk, "TooManyAssessments");
            if (corrects is { } correctedId)
            {
                if (!await recorded.AnyAsync(a => a.Id == correctedId, scope.CancellationToken))
                {
                    scope.Rules.Add("", "UnknownClaim");
                }
                else if (await scope.Db.RiskAssessments.AnyAsync(a => a.CorrectsRevisionId == correctedId, scope.CancellationToken))
                {
                    scope.Rules.Add("", "AlreadyCorrected");
                }
            }
            else
            {
                // The state in force is the latest standing assessment of everything recorded.
                var ledger = await LedgersAsync(scope.Db, scope.Db.Risks.Where(r => r.Id == risk.Id).Select(r => r.Id), scope.CancellationToken);
                var current = RiskRules.Current(ledger.TryGetValue(risk.Id, out var found) ? found : []);
                if (current is not null && current.State != input.State && string.IsNullOrWhiteSpace(input.Claim.Note))
                {
                    scope.Rules.Add("Note", "StateChangeNeedsReason");
                }
            }

            // A correction keeps the corrected assessment's level; a new one starts at the risk's.
            var inherited = corrects is { } levelOf
                ? await recorded.Where(a => a.Id == levelOf).Select(a => (Visibility?)a.Visibility).FirstOrDefaultAsync(scope.CancellationToken)
                : null;
            var assessment = Validate(scope.Rules, input, await ClaimValidation.CitedSourcesAsync(scope, input.Claim), scope.Now, inherited ?? risk.Visibility);
            if (!scope.Rules.IsValid || assessment is null)
            {
                return null;
            }

            assessment.CorrectsRevisionId = corrects;
            risk.Assessments.Add(assessment);
            var changes = Describe(new ChangeSet(), assessment, corrects);
            return new Edit(corrects is null ? "Assessed" : "AssessmentCorrected", changes, why ?? assessment.Reason);
        }, cancellationToken);

    private static async Task<RiskInput> ValidateAsync(WriteScope scope, RiskInput input, int campusId)
    {
        var values = ValidateFields(scope.Rules, input);
        var milestones = values.ThreatenedMilestoneIds;
        var phases = values.ThreatenedPhaseIds;
        var claims = values.ConsequenceDateClaimIds;
        var knownMilestones = await scope.Db.Milestones.CountAsync(m => m.CampusId == campusId && milestones.Contains(m.Id), scope.CancellationToken);
        if (knownMilestones != milestones.Count)
        {
            scope.Rules.Add("ThreatenedMilestoneIds", "UnknownMilestone");
        }

        var knownPhases = await scope.Db.Phases.CountAsync(p => p.CampusId == campusId && phases.Contains(p.Id), scope.CancellationToken);
        if (knownPhases != phases.Count)
        {
            scope.Rules.Add("ThreatenedPhaseIds", "UnknownPhase");
        }

        var knownClaims = await scope.Db.MilestoneDateRevisions
            .CountAsync(d => claims.Contains(d.Id) && scope.Db.Milestones.Any(m => m.Id == d.MilestoneId && m.CampusId == campusId), scope.CancellationToken);
        if (knownClaims != claims.Count)
        {
            scope.Rules.Add("ConsequenceDateClaimIds", "UnknownDateClaim");
        }

        return values;
    }

    private static void Limit(InputRules rules, string field, IReadOnlyList<int> ids)
    {
        if (ids.Count > MaxLinks)
        {
            rules.Add(field, "TooMany", MaxLinks);
        }
    }

    /// <summary>Replaces the risk's fields and its threat and consequence links with the validated ones.</summary>
    internal static void Apply(Risk risk, RiskInput values)
    {
        risk.Title = values.Title!;
        risk.Description = values.Description;
        risk.Category = values.Category;
        risk.Owner = values.Owner;
        risk.Threats.RemoveAll(t => t.MilestoneId is { } m ? !values.ThreatenedMilestoneIds.Contains(m) : !values.ThreatenedPhaseIds.Contains(t.PhaseId ?? 0));
        foreach (var milestone in values.ThreatenedMilestoneIds.Where(m => !risk.Threats.Any(t => t.MilestoneId == m)))
        {
            risk.Threats.Add(new RiskThreat { MilestoneId = milestone });
        }

        foreach (var phase in values.ThreatenedPhaseIds.Where(p => !risk.Threats.Any(t => t.PhaseId == p)))
        {
            risk.Threats.Add(new RiskThreat { PhaseId = phase });
        }

        risk.Consequences.RemoveAll(c => !values.ConsequenceDateClaimIds.Contains(c.MilestoneDateRevisionId));
        foreach (var claim in values.ConsequenceDateClaimIds.Where(d => !risk.Consequences.Any(c => c.MilestoneDateRevisionId == d)))
        {
            risk.Consequences.Add(new RiskConsequence { MilestoneDateRevisionId = claim });
        }
    }

    private static ChangeSet Describe(ChangeSet changes, RiskAssessment assessment, int? corrects) =>
        changes
            .Created("State", assessment.State)
            .Created("Likelihood", assessment.Likelihood)
            .Created("Impact", assessment.Impact)
            .Created("ReportedOn", assessment.AnnouncedOn.ToString())
            .Created("ClaimStatus", assessment.Status)
            .Created("ClaimVisibility", assessment.Visibility)
            .Created("Sources", ClaimValidation.Describe(assessment.Citations))
            .Created("Corrects", corrects);

    private static string? Ids(IEnumerable<int> ids) => ids.Any() ? string.Join(", ", ids.Order()) : null;

    /// <summary>Every assessment recorded for the risks, in ledger order with corrections marked.</summary>
    private static async Task<Dictionary<int, IReadOnlyList<RiskAssessmentView>>> LedgersAsync(TrackerDbContext db, IQueryable<int> riskIds, CancellationToken cancellationToken)
    {
        var recorded = db.RiskAssessments.AsNoTracking().Where(a => riskIds.Contains(a.RiskId));
        var rows = await recorded
            .Select(a => new { a.RiskId, a.Id, a.State, a.Likelihood, a.Impact, a.AnnouncedOnStart, a.AnnouncedOnPrecision, a.KnownFrom, a.Status, a.Reason, a.CorrectsRevisionId })
            .ToListAsync(cancellationToken);
        var citations = await CitationReader.OfRiskAssessmentsAsync(db, recorded.Select(a => a.Id), cancellationToken);
        return rows.GroupBy(r => r.RiskId).ToDictionary(
            g => g.Key,
            g => ClaimRules.Ledger(
                g.Select(a => new RiskAssessmentView(
                    a.Id, a.State, a.Likelihood, a.Impact, new PartialDate(a.AnnouncedOnStart, a.AnnouncedOnPrecision), a.KnownFrom, a.Status, [.. citations[a.Id]], a.Reason, a.CorrectsRevisionId)),
                (a, by) => a with { CorrectedByRevisionId = by }));
    }
}
