using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Campuses;

namespace Sesterce.Tracker.Core.Features.Admin;

public sealed record PersonInput(string? Name, string? Role, string? RoleFr = null);

public sealed record CampusInput(
    string? Name,
    string? Operator,
    string? Commune,
    string? BusinessPark,
    string? Region,
    string? Country,
    string? Description,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<PersonInput> People,
    string? DescriptionFr = null,
    IReadOnlyList<string>? PurposesFr = null,
    string? BusinessParkFr = null);

public sealed record CampusEdit(string Slug, CampusInput Values, int Version);

/// <summary>A phase itself: its name, place and the day it became public. Its plan is a claim (<see cref="PhasePlanInput"/>).</summary>
public sealed record PhaseInput(string? Name, int Order, string? AnnouncedOn, string? NameFr = null);

/// <summary>A plan claim of a phase: its target date and/or the cumulative capacity it brings, with the claim around it.</summary>
public sealed record PhasePlanInput(string? Target, decimal? CapacityMw, ClaimInput Claim);

/// <summary>A phase for the admin page: its fields, its plan standing today, and the milestone that ends it, if any.</summary>
public sealed record PhaseAdminRow(int Id, PhaseInput Values, int Version, PhaseView Current);

/// <summary>Admin writes on a campus's details and its phases.</summary>
public sealed class CampusAdminService(IDbContextFactory<TrackerDbContext> contexts, WritePipeline writes)
{
    public async Task<CampusEdit?> GetForEditAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Campuses.AsNoTracking().Include(x => x.People).FirstOrDefaultAsync(x => x.Slug == slug, cancellationToken);
        return c is null ? null : new CampusEdit(c.Slug, ToInput(c), c.Version);
    }

    public async Task<IReadOnlyList<PhaseAdminRow>> PhasesAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campusId = await CampusLookup.IdAsync(db, slug, cancellationToken);
        var rows = await db.Phases.AsNoTracking()
            .Where(p => p.CampusId == campusId)
            .OrderBy(p => p.Order)
            .ToListAsync(cancellationToken);

        // The admin sees every claim recorded, whatever its reported-on date.
        var everything = DateOnly.MaxValue;
        var ids = campusId is { } id ? new[] { id } : [];
        var plans = await PhasePlans.KnownAsync(db, ids, everything, cancellationToken);
        var milestones = campusId is { } c ? (await Milestones.MilestoneService.ForCampusesAsync(db, ids, everything, true, cancellationToken))[c] : [];
        return [.. rows.Select(p => new PhaseAdminRow(
            p.Id,
            new PhaseInput(p.Name, p.Order, p.AnnouncedOn.ToString(), p.NameFr),
            p.Version,
            PhasePlans.View(p.Id, p.Name, p.Order, p.AnnouncedOn, plans[p.Id], milestones)))];
    }

    public Task<WriteResult> UpdateAsync(string slug, CampusInput input, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Campus, c => c.Slug == slug, expectedVersion, (scope, campus) =>
        {
            var values = Validate(scope.Rules, input);
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var before = ToInput(campus);
            var changes = new ChangeSet()
                .Compare("Name", before.Name, values.Name)
                .Compare("Operator", before.Operator, values.Operator)
                .Compare("Commune", before.Commune, values.Commune)
                .Compare("BusinessPark", before.BusinessPark, values.BusinessPark)
                .Compare("Region", before.Region, values.Region)
                .Compare("Country", before.Country, values.Country)
                .Compare("Description", before.Description, values.Description)
                .Compare("DescriptionFr", before.DescriptionFr, values.DescriptionFr)
                .Compare("BusinessParkFr", before.BusinessParkFr, values.BusinessParkFr)
                .Compare("Purposes", string.Join(" | ", before.Purposes), string.Join(" | ", values.Purposes))
                .Compare("PurposesFr", string.Join(" | ", before.PurposesFr ?? []), string.Join(" | ", values.PurposesFr ?? []))
                .Compare("People", People(before.People), People(values.People));
            if (changes.IsEmpty)
            {
                return new Edit("Updated", changes);
            }

            campus.Name = values.Name!;
            campus.Operator = values.Operator!;
            campus.Commune = values.Commune!;
            campus.BusinessPark = values.BusinessPark;
            campus.Region = values.Region!;
            campus.Country = values.Country!;
            campus.Description = values.Description ?? "";
            campus.DescriptionFr = values.DescriptionFr;
            campus.BusinessParkFr = values.BusinessParkFr;
            campus.Purposes = [.. values.Purposes];
            campus.PurposesFr = [.. values.PurposesFr ?? []];
            scope.Db.CampusPeople.RemoveRange(campus.People);
            campus.People = [.. values.People.Select((p, i) => new CampusPerson { Name = p.Name!, Role = p.Role!, RoleFr = p.RoleFr, Order = i + 1 })];
            return new Edit("Updated", changes);
        }, cancellationToken);

    /// <summary>A new phase, with its first plan claim when one is given (a phase may be announced before its date or capacity).</summary>
    public Task<WriteResult> CreatePhaseAsync(string slug, PhaseInput input, PhasePlanInput? firstPlan, CancellationToken cancellationToken = default) =>
        writes.AppendAsync(AuditedRecords.Phase, (db, ct) => CampusLookup.FindAsync(db, slug, ct), async (scope, campus) =>
        {
            var (name, announced) = ValidatePhase(scope.Rules, input);
            await CampusLimits.RefuseBeyondAsync(scope, scope.Db.Phases.Where(p => p.CampusId == campus.Id), CampusLimits.PhasesPerCampus, "TooManyPhases");
            var plan = firstPlan is null ? null : ValidatePlan(scope.Rules, firstPlan, await ClaimValidation.CitedSourcesAsync(scope, firstPlan.Claim));
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var phase = new Phase { CampusId = campus.Id, Name = name!, NameFr = NameFr(scope.Rules, input), Order = input.Order, AnnouncedOn = announced!.Value };
            if (plan is not null)
            {
                plan.RecordedAt = scope.Now;
                phase.Plans.Add(plan);
            }

            var changes = new ChangeSet().Created("Name", name).Created("Order", input.Order).Created("AnnouncedOn", announced.Value.ToString())
                .Created("TargetCapacityMw", plan?.CapacityMw).Created("TargetDate", AuditLog.Describe(plan?.Target))
                .Created("Visibility", plan?.Visibility)
                .Created("Sources", plan is null ? null : ClaimValidation.Describe(plan.Citations));
            return new Addition<Phase>(phase, changes, plan?.Note);
        }, cancellationToken);

    /// <summary>Renames, reorders or re-dates the phase's announcement; its plan changes only by <see cref="AddPlanAsync"/>.</summary>
    public Task<WriteResult> UpdatePhaseAsync(int id, PhaseInput input, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Phase, p => p.Id == id, expectedVersion, (scope, phase) =>
        {
            var (name, announced) = ValidatePhase(scope.Rules, input);
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var changes = new ChangeSet()
                .Compare("Name", phase.Name, name)
                .Compare("NameFr", phase.NameFr, NameFr(scope.Rules, input))
                .Compare("Order", phase.Order, input.Order)
                .Compare("AnnouncedOn", phase.AnnouncedOn.ToString(), announced!.Value.ToString());
            phase.Name = name!;
            phase.NameFr = NameFr(scope.Rules, input);
            phase.Order = input.Order;
            phase.AnnouncedOn = announced.Value;
            return new Edit("Updated", changes);
        }, cancellationToken);

    /// <summary>
    /// Re-plans a phase: a new plan claim (target date and/or capacity, with its sources), or a
    /// correction of one (<paramref name="corrects"/>, reason required). Earlier plans stay, so past views keep them.
    /// </summary>
    public Task<WriteResult> AddPlanAsync(int phaseId, PhasePlanInput input, int? corrects = null, string? reason = null, CancellationToken cancellationToken = default) =>
        writes.AppendAsync(AuditedRecords.PhasePlan, (db, ct) => db.Phases.AsNoTracking().FirstOrDefaultAsync(p => p.Id == phaseId, ct), async (scope, phase) =>
        {
            var inherited = corrects is { } levelOf
                ? await scope.Db.PhasePlanRevisions.Where(r => r.Id == levelOf && r.PhaseId == phase.Id).Select(r => (Visibility?)r.Visibility).FirstOrDefaultAsync(scope.CancellationToken)
                : null;
            var plan = ValidatePlan(scope.Rules, input, await ClaimValidation.CitedSourcesAsync(scope, input.Claim), inherited);
            var why = scope.Rules.Text("Reason", reason, 2000, required: corrects is not null);
            if (corrects is { } correctedId)
            {
                if (!await scope.Db.PhasePlanRevisions.AnyAsync(r => r.Id == correctedId && r.PhaseId == phase.Id, scope.CancellationToken))
                {
                    scope.Rules.Add("", "UnknownClaim");
                }
                else if (await scope.Db.PhasePlanRevisions.AnyAsync(r => r.CorrectsRevisionId == correctedId, scope.CancellationToken))
                {
                    scope.Rules.Add("", "AlreadyCorrected");
                }
            }

            if (!scope.Rules.IsValid || plan is null)
            {
                return null;
            }

            plan.PhaseId = phase.Id;
            plan.CorrectsRevisionId = corrects;
            plan.RecordedAt = scope.Now;
            var changes = new ChangeSet()
                .Created("TargetDate", AuditLog.Describe(plan.Target)).Created("TargetCapacityMw", plan.CapacityMw)
                .Created("ReportedOn", plan.AnnouncedOn.ToString()).Created("Status", plan.Status).Created("Visibility", plan.Visibility)
                .Created("Sources", ClaimValidation.Describe(plan.Citations)).Created("Corrects", corrects);
            return new Addition<PhasePlanRevision>(plan, changes, why ?? plan.Note, corrects is null ? "Replanned" : "Corrected", AuditedRecords.Phase.SummaryOf(phase));
        }, cancellationToken);

    /// <summary>The phase's French name: optional, blank means none (the English name shows).</summary>
    private static string? NameFr(InputRules rules, PhaseInput input) => rules.Text("NameFr", input.NameFr, 200, required: false);

    internal static (string? Name, PartialDate? Announced) ValidatePhase(InputRules rules, PhaseInput input)
    {
        var name = rules.Text("Name", input.Name, 200);
        if (input.Order is < 1 or > 1000)
        {
            rules.Add("Order", "OutOfRange", 1, 1000);
        }

        var announced = rules.Date("AnnouncedOn", input.AnnouncedOn, notInFuture: true);
        return (name, announced);
    }

    /// <summary>The rules of a plan claim, shared with the campus import: a target date, a capacity, or both.</summary>
    internal static PhasePlanRevision? ValidatePlan(InputRules rules, PhasePlanInput input, IReadOnlyDictionary<int, PartialDate?> knownSources, Visibility? inheritedLevel = null)
    {
        var capacity = rules.Number("TargetCapacityMw", input.CapacityMw, 0, 100_000m);
        var target = rules.Date("TargetDate", input.Target, required: false);
        if (input.CapacityMw is null && string.IsNullOrWhiteSpace(input.Target))
        {
            rules.Add("TargetDate", "DateOrCapacity");
        }

        var claim = ClaimValidation.Validate(rules, input.Claim, knownSources, inheritedLevel: inheritedLevel);
        return rules.IsValid && claim is not null
            ? new PhasePlanRevision
            {
                Target = target,
                CapacityMw = capacity,
                AnnouncedOn = claim.ReportedOn,
                Status = claim.Status,
                Visibility = claim.Visibility,
                Citations = claim.Citations,
                Note = claim.Note,
            }
            : null;
    }

    internal static CampusInput Validate(InputRules rules, CampusInput input)
    {
        var purposes = new List<string>();
        foreach (var purpose in input.Purposes.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            if (rules.Text("Purposes", purpose, 200) is { } text)
            {
                purposes.Add(text);
            }
        }

        var people = new List<PersonInput>();
        foreach (var person in input.People.Where(p => !string.IsNullOrWhiteSpace(p.Name) || !string.IsNullOrWhiteSpace(p.Role)))
        {
            people.Add(new PersonInput(rules.Text("People", person.Name, 200), rules.Text("People", person.Role, 200), rules.Text("RolesFr", person.RoleFr, 200, required: false)));
        }

        var purposesFr = new List<string>();
        foreach (var purpose in (input.PurposesFr ?? []).Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            if (rules.Text("PurposesFr", purpose, 200) is { } text)
            {
                purposesFr.Add(text);
            }
        }

        if (purposesFr.Count > 20)
        {
            rules.Add("PurposesFr", "TooMany", 20);
        }

        if (purposes.Count > 20)
        {
            rules.Add("Purposes", "TooMany", 20);
        }

        if (people.Count > 50)
        {
            rules.Add("People", "TooMany", 50);
        }

        return new CampusInput(
            rules.Text("Name", input.Name, 200),
            rules.Text("Operator", input.Operator, 200),
            rules.Text("Commune", input.Commune, 200),
            rules.Text("BusinessPark", input.BusinessPark, 200, required: false),
            rules.Text("Region", input.Region, 200),
            rules.Text("Country", input.Country, 100),
            rules.Text("Description", input.Description, 4000, required: false),
            purposes,
            people,
            rules.Text("DescriptionFr", input.DescriptionFr, 4000, required: false),
            purposesFr,
            rules.Text("BusinessParkFr", input.BusinessParkFr, 200, required: false));
    }

    private static CampusInput ToInput(Campus c) =>
        new(c.Name, c.Operator, c.Commune, c.BusinessPark, c.Region, c.Country, string.IsNullOrEmpty(c.Description) ? null : c.Description, c.Purposes,
            [.. c.People.OrderBy(p => p.Order).Select(p => new PersonInput(p.Name, p.Role, p.RoleFr))], c.DescriptionFr, c.PurposesFr, c.BusinessParkFr);

    private static string People(IEnumerable<PersonInput> people) => string.Join(" | ", people.Select(p => $"{p.Name} ({p.Role})"));
}
