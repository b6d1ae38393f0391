using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Campuses;

namespace Sesterce.Tracker.Core.Features.Admin;

public sealed record MilestoneInput(
    string? Title,
    string? Description,
    MilestoneKind Kind,
    MilestoneStatus Status,
    int? PhaseId,
    string? ActualDate,
    int? ActualSourceId,
    string? ActualQuote);

/// <summary>A new target date: when and where it was announced, and why it moved.</summary>
public sealed record TargetInput(string? Target, string? AnnouncedOn, int? SourceId, string? Quote, string? Reason);

public sealed record PhaseOption(int Id, string Name);

public sealed record MilestoneAdminRow(int Id, string Title, MilestoneKind Kind, string? PhaseName, PartialDate? Target, PartialDate? ActualDate, bool IsArchived, int Version);

public sealed record MilestoneEdit(int Id, string CampusSlug, MilestoneInput Values, PartialDate? CurrentTarget, bool IsArchived, int Version);

/// <summary>Admin writes on milestones: create, edit, move the target (a dated revision with source and reason), archive and restore.</summary>
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
            .Select(m => new
            {
                m.Id,
                m.Title,
                m.Kind,
                Phase = m.Phase == null ? null : m.Phase.Name,
                Target = m.DateRevisions.OrderByDescending(r => r.KnownFrom).ThenByDescending(r => r.Id).Select(r => new { r.TargetStart, r.TargetPrecision }).FirstOrDefault(),
                m.ActualDateStart,
                m.ActualDatePrecision,
                m.IsArchived,
                m.Version,
            })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new MilestoneAdminRow(
                r.Id,
                r.Title,
                r.Kind,
                r.Phase,
                r.Target is null ? null : new PartialDate(r.Target.TargetStart, r.Target.TargetPrecision),
                r.ActualDateStart is { } a && r.ActualDatePrecision is { } p ? new PartialDate(a, p) : null,
                r.IsArchived,
                r.Version))
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
        var m = await db.Milestones.AsNoTracking().Include(x => x.DateRevisions).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (m is null)
        {
            return null;
        }

        var slug = await CampusLookup.SlugAsync(db, m.CampusId, cancellationToken) ?? "";
        var target = m.DateRevisions.OrderBy(r => r.KnownFrom).ThenBy(r => r.Id).LastOrDefault()?.Target;
        var values = new MilestoneInput(m.Title, m.Description, m.Kind, m.Status, m.PhaseId, m.ActualDate?.ToString(), m.ActualSourceId, m.ActualQuote);
        return new MilestoneEdit(m.Id, slug, values, target, m.IsArchived, m.Version);
    }

    public Task<WriteResult> CreateAsync(string slug, MilestoneInput input, TargetInput? firstTarget, CancellationToken cancellationToken = default) =>
        writes.AppendAsync(AuditedRecords.Milestone, (db, ct) => CampusLookup.FindAsync(db, slug, ct), async (scope, campus) =>
        {
            var values = await ValidateAsync(scope, input, campus.Id);
            var target = firstTarget is null || string.IsNullOrWhiteSpace(firstTarget.Target) ? null : await ValidateTargetAsync(scope, firstTarget);
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var milestone = new Milestone { Title = values.Title!, CampusId = campus.Id };
            Apply(milestone, values);
            if (target is not null)
            {
                milestone.DateRevisions.Add(target);
            }

            var changes = new ChangeSet()
                .Created("Title", milestone.Title).Created("Kind", milestone.Kind).Created("Status", milestone.Status)
                .Created("Phase", milestone.PhaseId).Created("ActualDate", AuditLog.Describe(milestone.ActualDate))
                .Created("Target", AuditLog.Describe(target?.Target));
            return new Addition<Milestone>(milestone, changes, firstTarget?.Reason);
        }, cancellationToken);

    public Task<WriteResult> UpdateAsync(int id, MilestoneInput input, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Milestone, m => m.Id == id, expectedVersion, async (scope, milestone) =>
        {
            var values = await ValidateAsync(scope, input, milestone.CampusId);
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var changes = new ChangeSet()
                .Compare("Title", milestone.Title, values.Title)
                .Compare("Description", milestone.Description, values.Description)
                .Compare("Kind", milestone.Kind, values.Kind)
                .Compare("Status", milestone.Status, values.Status)
                .Compare("Phase", milestone.PhaseId, values.PhaseId)
                .Compare("ActualDate", AuditLog.Describe(milestone.ActualDate), values.ActualDate ?? "")
                .Compare("ActualSource", milestone.ActualSourceId, values.ActualSourceId)
                .Compare("ActualQuote", milestone.ActualQuote, values.ActualQuote);
            Apply(milestone, values);
            return new Edit("Updated", changes);
        }, cancellationToken);

    /// <summary>Moves the target date: a new dated revision citing its source, with the reason; the milestone's version moves too.</summary>
    public Task<WriteResult> MoveTargetAsync(int id, TargetInput input, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Milestone, m => m.Id == id, expectedVersion, async (scope, milestone) =>
        {
            var revision = await ValidateTargetAsync(scope, input);
            scope.Rules.Text("Reason", input.Reason, 2000);
            if (!scope.Rules.IsValid || revision is null)
            {
                return null;
            }

            var previous = await scope.Db.MilestoneDateRevisions.Where(r => r.MilestoneId == milestone.Id)
                .OrderByDescending(r => r.KnownFrom).ThenByDescending(r => r.Id)
                .Select(r => new { r.TargetStart, r.TargetPrecision })
                .FirstOrDefaultAsync(scope.CancellationToken);
            var old = previous is null ? null : (PartialDate?)new PartialDate(previous.TargetStart, previous.TargetPrecision);
            milestone.DateRevisions.Add(revision);
            var changes = new ChangeSet()
                .Compare("Target", AuditLog.Describe(old), AuditLog.Describe(revision.Target))
                .Created("AnnouncedOn", revision.AnnouncedOn.ToString())
                .Created("Source", revision.SourceId);
            return new Edit("TargetMoved", changes, revision.Reason);
        }, cancellationToken);

    public Task<WriteResult> SetArchivedAsync(int id, bool archived, string? reason, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Milestone, m => m.Id == id, expectedVersion, (scope, milestone) =>
        {
            var why = scope.Rules.Text("Reason", reason, 2000, required: archived);
            if (scope.Rules.IsValid && milestone.IsArchived == archived)
            {
                scope.Rules.Add("", archived ? "AlreadyArchived" : "NotArchived");
            }

            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var changes = new ChangeSet().Compare("Archived", milestone.IsArchived, archived);
            milestone.IsArchived = archived;
            return new Edit(archived ? "Archived" : "Restored", changes, why);
        }, cancellationToken);

    private static async Task<MilestoneInput> ValidateAsync(WriteScope scope, MilestoneInput input, int campusId)
    {
        var phaseKnown = input.PhaseId is not { } phaseId || await scope.Db.Phases.AnyAsync(p => p.Id == phaseId && p.CampusId == campusId, scope.CancellationToken);
        var sourceKnown = input.ActualSourceId is null || await scope.SourceExistsAsync(input.ActualSourceId);
        return Validate(scope.Rules, input, phaseKnown, sourceKnown);
    }

    /// <summary>The milestone rules, shared with the campus import, which knows its phases and sources from the file.</summary>
    internal static MilestoneInput Validate(InputRules rules, MilestoneInput input, bool phaseKnown, bool actualSourceKnown)
    {
        var title = rules.Text("Title", input.Title, 300);
        var description = rules.Text("Description", input.Description, 4000, required: false);
        rules.Enum("Kind", input.Kind);
        rules.Enum("Status", input.Status);
        if (!phaseKnown)
        {
            rules.Add("PhaseId", "UnknownPhase");
        }

        var actual = rules.Date("ActualDate", input.ActualDate, required: false, notInFuture: true);
        if (!actualSourceKnown)
        {
            rules.Add("ActualSourceId", "UnknownSource");
        }

        if (input.Status == MilestoneStatus.Achieved && actual is null && rules.Errors.All(e => e.Field != "ActualDate"))
        {
            rules.Add("ActualDate", "AchievedNeedsDate");
        }

        var quote = rules.Text("ActualQuote", input.ActualQuote, 2000, required: false);
        return input with { Title = title, Description = description, ActualDate = actual?.ToString(), ActualQuote = quote };
    }

    private static async Task<MilestoneDateRevision?> ValidateTargetAsync(WriteScope scope, TargetInput input) =>
        ValidateTarget(scope.Rules, input, await scope.SourceExistsAsync(input.SourceId), scope.Now);

    /// <summary>The rules of a target date revision, shared with the campus import.</summary>
    internal static MilestoneDateRevision? ValidateTarget(InputRules rules, TargetInput input, bool sourceKnown, DateTimeOffset now)
    {
        var target = rules.Date("Target", input.Target);
        var announced = rules.Date("AnnouncedOn", input.AnnouncedOn, notInFuture: true);
        if (input.SourceId is null)
        {
            rules.Add("SourceId", "Required");
        }
        else if (!sourceKnown)
        {
            rules.Add("SourceId", "UnknownSource");
        }

        var quote = rules.Text("Quote", input.Quote, 2000, required: false);
        var reason = rules.Text("Reason", input.Reason, 2000, required: false);
        return target is { } t && announced is { } a && rules.IsValid
            ? new MilestoneDateRevision { Target = t, AnnouncedOn = a, SourceId = input.SourceId, Quote = quote, Reason = reason, RecordedAt = now }
            : null;
    }

    private static void Apply(Milestone milestone, MilestoneInput values)
    {
        milestone.Title = values.Title!;
        milestone.Description = values.Description;
        milestone.Kind = values.Kind;
        milestone.Status = values.Status;
        milestone.PhaseId = values.PhaseId;
        milestone.ActualDate = values.ActualDate is null ? null : PartialDate.Parse(values.ActualDate);
        milestone.ActualSourceId = values.ActualSourceId;
        milestone.ActualQuote = values.ActualQuote;
    }
}
