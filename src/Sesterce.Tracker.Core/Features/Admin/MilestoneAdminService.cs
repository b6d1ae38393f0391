using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>A milestone itself. Its dates are claims (<see cref="DateClaimInput"/>); "achieved" is a reached-date claim, not a status.</summary>
public sealed record MilestoneInput(
    string? Title,
    string? Description,
    MilestoneKind Kind,
    MilestoneStatus Status,
    int? PhaseId,
    bool CommissionsPhase = false,
    string? TitleFr = null);

/// <summary>
/// A claim about a milestone's date. An empty <see cref="Date"/> says "not known yet" for a target
/// and retracts a reached date.
/// </summary>
public sealed record DateClaimInput(string? Date, ClaimInput Claim);

public sealed record PhaseOption(int Id, string Name);

public sealed record MilestoneAdminRow(int Id, string Title, MilestoneKind Kind, string? PhaseName, PartialDate? Target, PartialDate? ActualDate, bool IsArchived, int Version);

/// <summary>A milestone for its edit form: its fields, and every date claim recorded with today's reading of them.</summary>
public sealed record MilestoneEdit(int Id, string CampusSlug, MilestoneInput Values, MilestoneDates Dates, bool IsArchived, int Version);

/// <summary>
/// Admin writes on milestones: create, edit, claim a target or a reached date (with sources; a
/// correction names the claim it corrects), archive and restore.
/// </summary>
public sealed class MilestoneAdminService(IDbContextFactory<TrackerDbContext> contexts, WritePipeline writes)
{
    public async Task<IReadOnlyList<MilestoneAdminRow>?> ListAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await CampusLookup.IdAsync(db, slug, cancellationToken) is not { } campusId)
        {
            return null;
        }

        var rows = await db.Milestones.AsNoTracking()
            .Where(m => m.CampusId == campusId)
            .Select(m => new { m.Id, m.Title, m.Kind, Phase = m.Phase == null ? null : m.Phase.Name, m.IsArchived, m.Version })
            .ToListAsync(cancellationToken);
        var dates = await DatesAsync(db, db.Milestones.Where(m => m.CampusId == campusId).Select(m => m.Id), cancellationToken);
        return [.. rows
            .Select(r =>
            {
                var d = dates.TryGetValue(r.Id, out var found) ? found : MilestoneDates.From([]);
                return new MilestoneAdminRow(r.Id, r.Title, r.Kind, r.Phase, d.Target?.Date, d.Reached?.Date, r.IsArchived, r.Version);
            })
            .OrderBy(r => r.IsArchived).ThenBy(r => (r.ActualDate ?? r.Target)?.Start ?? DateOnly.MaxValue)];
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

    public async Task<MilestoneEdit?> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var m = await db.Milestones.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (m is null)
        {
            return null;
        }

        var slug = await CampusLookup.SlugAsync(db, m.CampusId, cancellationToken) ?? "";
        var dates = await DatesAsync(db, db.Milestones.Where(x => x.Id == id).Select(x => x.Id), cancellationToken);
        var values = new MilestoneInput(m.Title, m.Description, m.Kind, m.Status, m.PhaseId, m.CommissionsPhase, m.TitleFr);
        return new MilestoneEdit(m.Id, slug, values, dates.TryGetValue(id, out var d) ? d : MilestoneDates.From([]), m.IsArchived, m.Version);
    }

    /// <summary>
    /// A new milestone with its first date claims: a target (whose date may be empty: "date not known
    /// yet"), a reached date, or both. At least one is needed: the milestone is known from its first claim.
    /// </summary>
    public Task<WriteResult> CreateAsync(string slug, MilestoneInput input, DateClaimInput? target, DateClaimInput? reached = null, CancellationToken cancellationToken = default) =>
        writes.AppendAsync(AuditedRecords.Milestone, (db, ct) => CampusLookup.FindAsync(db, slug, ct), async (scope, campus) =>
        {
            var values = await ValidateAsync(scope, input, campus.Id, milestoneId: null);
            await CampusLimits.RefuseBeyondAsync(scope, scope.Db.Milestones.Where(m => m.CampusId == campus.Id), CampusLimits.MilestonesPerCampus, "TooManyMilestones");
            if (target is null && reached is null)
            {
                scope.Rules.Add("", "DateClaimRequired");
            }

            var targetClaim = target is null ? null : await ValidateDateAsync(scope, MilestoneDateKind.Target, target, hasReached: false);
            var reachedClaim = reached is null ? null : await ValidateDateAsync(scope, MilestoneDateKind.Reached, reached, hasReached: false);
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var milestone = new Milestone { Title = values.Title!, CampusId = campus.Id };
            Apply(milestone, values);
            milestone.DateRevisions.AddRange(new[] { targetClaim, reachedClaim }.OfType<MilestoneDateRevision>());
            var changes = new ChangeSet()
                .Created("Title", milestone.Title).Created("TitleFr", milestone.TitleFr).Created("Kind", milestone.Kind).Created("Status", milestone.Status)
                .Created("Phase", milestone.PhaseId).Created("CommissionsPhase", milestone.CommissionsPhase)
                .Created("Target", AuditLog.Describe(targetClaim?.Target)).Created("Reached", AuditLog.Describe(reachedClaim?.Target))
                .Created("TargetVisibility", targetClaim?.Visibility).Created("ReachedVisibility", reachedClaim?.Visibility)
                .Created("Sources", ClaimValidation.Describe(milestone.DateRevisions.SelectMany(r => r.Citations)));
            return new Addition<Milestone>(milestone, changes, targetClaim?.Reason ?? reachedClaim?.Reason);
        }, cancellationToken);

    public Task<WriteResult> UpdateAsync(int id, MilestoneInput input, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Milestone, m => m.Id == id, expectedVersion, async (scope, milestone) =>
        {
            var values = await ValidateAsync(scope, input, milestone.CampusId, milestone.Id);
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var changes = new ChangeSet()
                .Compare("Title", milestone.Title, values.Title)
                .Compare("TitleFr", milestone.TitleFr, values.TitleFr)
                .Compare("Description", milestone.Description, values.Description)
                .Compare("Kind", milestone.Kind, values.Kind)
                .Compare("Status", milestone.Status, values.Status)
                .Compare("Phase", milestone.PhaseId, values.PhaseId)
                .Compare("CommissionsPhase", milestone.CommissionsPhase, values.CommissionsPhase);
            Apply(milestone, values);
            return new Edit("Updated", changes);
        }, cancellationToken);

    /// <summary>
    /// Records a claim about the milestone's target or reached date, with its sources. A correction
    /// names the claim it replaces (<paramref name="corrects"/>) and needs a reason; nothing is overwritten.
    /// The milestone's version moves, so two admins cannot claim over each other unawares.
    /// </summary>
    public Task<WriteResult> AddDateClaimAsync(
        int id, MilestoneDateKind kind, DateClaimInput input, int expectedVersion, int? corrects = null, string? reason = null, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Milestone, m => m.Id == id, expectedVersion, async (scope, milestone) =>
        {
            var claims = scope.Db.MilestoneDateRevisions.Where(r => r.MilestoneId == milestone.Id);
            var hasReached = await claims.AnyAsync(r => r.Kind == MilestoneDateKind.Reached && r.TargetStart != null, scope.CancellationToken);
            var inherited = corrects is { } levelOf
                ? await claims.Where(r => r.Id == levelOf).Select(r => (Visibility?)r.Visibility).FirstOrDefaultAsync(scope.CancellationToken)
                : null;
            var claim = await ValidateDateAsync(scope, kind, input, hasReached, inherited);
            await CampusLimits.RefuseBeyondAsync(scope, claims, CampusLimits.DateClaimsPerMilestone, "TooManyDateClaims");
            var why = scope.Rules.Text("Reason", reason, 2000, required: corrects is not null);
            if (corrects is { } correctedId)
            {
                if (!await claims.AnyAsync(r => r.Id == correctedId && r.Kind == kind, scope.CancellationToken))
                {
                    scope.Rules.Add("", "UnknownClaim");
                }
                else if (await scope.Db.MilestoneDateRevisions.AnyAsync(r => r.CorrectsRevisionId == correctedId, scope.CancellationToken))
                {
                    scope.Rules.Add("", "AlreadyCorrected");
                }
            }

            if (!scope.Rules.IsValid || claim is null)
            {
                return null;
            }

            claim.CorrectsRevisionId = corrects;
            milestone.DateRevisions.Add(claim);
            var field = kind == MilestoneDateKind.Target ? "Target" : "Reached";
            var changes = new ChangeSet()
                .Created(field, AuditLog.Describe(claim.Target))
                .Created("ReportedOn", claim.AnnouncedOn.ToString())
                .Created("Status", claim.Status)
                .Created("Visibility", claim.Visibility)
                .Created("Sources", ClaimValidation.Describe(claim.Citations))
                .Created("Corrects", corrects);
            var action = corrects is not null ? "DateCorrected" : kind == MilestoneDateKind.Target ? "TargetClaimed" : claim.Target is null ? "ReachedRetracted" : "ReachedClaimed";
            return new Edit(action, changes, why ?? claim.Reason);
        }, cancellationToken);

    public Task<WriteResult> SetArchivedAsync(int id, bool archived, string? reason, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.SetArchivedAsync(AuditedRecords.Milestone, m => m.Id == id, archived, reason, expectedVersion, cancellationToken);

    /// <summary>Every date claim of the milestones, read as of today by the claim rules (the admin sees all recorded).</summary>
    private static async Task<Dictionary<int, MilestoneDates>> DatesAsync(TrackerDbContext db, IQueryable<int> milestoneIds, CancellationToken cancellationToken)
    {
        var claims = db.MilestoneDateRevisions.AsNoTracking().Where(r => milestoneIds.Contains(r.MilestoneId));
        var rows = await claims
            .Select(r => new { r.MilestoneId, r.Id, r.Kind, r.TargetStart, r.TargetPrecision, r.AnnouncedOnStart, r.AnnouncedOnPrecision, r.KnownFrom, r.Status, r.Reason, r.CorrectsRevisionId })
            .ToListAsync(cancellationToken);
        var citations = await Claims.CitationReader.OfMilestoneDatesAsync(db, claims.Select(r => r.Id), cancellationToken);
        return rows.GroupBy(r => r.MilestoneId).ToDictionary(
            g => g.Key,
            g => MilestoneDates.From(g.Select(r => new MilestoneDateRevisionView(
                r.Id,
                r.Kind,
                r.TargetStart is { } s && r.TargetPrecision is { } p ? new PartialDate(s, p) : null,
                new PartialDate(r.AnnouncedOnStart, r.AnnouncedOnPrecision),
                r.KnownFrom,
                r.Status,
                [.. citations[r.Id]],
                r.Reason,
                r.CorrectsRevisionId))));
    }

    private static async Task<MilestoneInput> ValidateAsync(WriteScope scope, MilestoneInput input, int campusId, int? milestoneId)
    {
        var phaseKnown = input.PhaseId is not { } phaseId || await scope.Db.Phases.AnyAsync(p => p.Id == phaseId && p.CampusId == campusId, scope.CancellationToken);
        var phaseTaken = input.CommissionsPhase && input.PhaseId is { } phase
            && await scope.Db.Milestones.AnyAsync(m => m.PhaseId == phase && m.CommissionsPhase && m.Id != milestoneId, scope.CancellationToken);
        return Validate(scope.Rules, input, phaseKnown, phaseTaken);
    }

    /// <summary>The milestone rules, shared with the campus import, which knows its phases from the file.</summary>
    internal static MilestoneInput Validate(InputRules rules, MilestoneInput input, bool phaseKnown, bool phaseAlreadyCommissioned)
    {
        var title = rules.Text("Title", input.Title, 300);
        var titleFr = rules.Text("TitleFr", input.TitleFr, 300, required: false);
        var description = rules.Text("Description", input.Description, 4000, required: false);
        rules.Enum("Kind", input.Kind);
        rules.Enum("Status", input.Status);
        if (!phaseKnown)
        {
            rules.Add("PhaseId", "UnknownPhase");
        }

        if (input.CommissionsPhase && input.PhaseId is null)
        {
            rules.Add("CommissionsPhase", "CommissionsNeedsPhase");
        }
        else if (phaseAlreadyCommissioned)
        {
            rules.Add("CommissionsPhase", "PhaseAlreadyCommissioned");
        }

        return input with { Title = title, Description = description, TitleFr = titleFr };
    }

    private static async Task<MilestoneDateRevision?> ValidateDateAsync(WriteScope scope, MilestoneDateKind kind, DateClaimInput input, bool hasReached, Visibility? inheritedLevel = null) =>
        ValidateDate(scope.Rules, kind, input, await ClaimValidation.CitedSourcesAsync(scope, input.Claim), hasReached, scope.Now, inheritedLevel);

    /// <summary>
    /// The rules of a date claim, shared with the campus import. A reached date cannot lie in the
    /// future nor be reported before it happened; an empty reached date retracts one and needs one to retract.
    /// </summary>
    internal static MilestoneDateRevision? ValidateDate(
        InputRules rules, MilestoneDateKind kind, DateClaimInput input, IReadOnlyDictionary<int, PartialDate?> knownSources, bool hasReached, DateTimeOffset now, Visibility? inheritedLevel = null)
    {
        // The kind comes from the caller, not a form field: an undefined one would be stored and then count as neither.
        rules.Enum("Kind", kind);
        var reached = kind == MilestoneDateKind.Reached;
        var field = reached ? "ReachedDate" : "Target";
        var date = rules.Date(field, input.Date, required: false, notInFuture: reached);
        if (reached && string.IsNullOrWhiteSpace(input.Date) && !hasReached)
        {
            rules.Add(field, "NothingToRetract");
        }

        var claim = ClaimValidation.Validate(rules, input.Claim, knownSources, inheritedLevel: inheritedLevel);
        if (reached && date is { } happened && claim is not null && claim.ReportedOn.End < happened.Start)
        {
            rules.Add("ReportedOn", "ReportedBeforeReached");
        }

        return rules.IsValid && claim is not null
            ? new MilestoneDateRevision
            {
                Kind = kind,
                Target = date,
                AnnouncedOn = claim.ReportedOn,
                Status = claim.Status,
                Visibility = claim.Visibility,
                Citations = claim.Citations,
                Reason = claim.Note,
                RecordedAt = now,
            }
            : null;
    }

    private static void Apply(Milestone milestone, MilestoneInput values)
    {
        milestone.Title = values.Title!;
        milestone.TitleFr = values.TitleFr;
        milestone.Description = values.Description;
        milestone.Kind = values.Kind;
        milestone.Status = values.Status;
        milestone.PhaseId = values.PhaseId;
        milestone.CommissionsPhase = values.CommissionsPhase;
    }
}
