using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Campuses;

namespace Sesterce.Tracker.Core.Features.Admin;

public sealed record PersonInput(string? Name, string? Role);

public sealed record CampusInput(
    string? Name,
    string? Operator,
    string? Commune,
    string? BusinessPark,
    string? Region,
    string? Country,
    string? Description,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<PersonInput> People);

public sealed record CampusEdit(string Slug, CampusInput Values, int Version);

public sealed record PhaseInput(string? Name, int Order, decimal? TargetCapacityMw, string? TargetDate, string? AnnouncedOn);

public sealed record PhaseAdminRow(int Id, PhaseInput Values, int Version);

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
        return [.. rows.Select(p => new PhaseAdminRow(p.Id, new PhaseInput(p.Name, p.Order, p.TargetCapacityMw, p.TargetDate?.ToString(), p.AnnouncedOn.ToString()), p.Version))];
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
                .Compare("Purposes", string.Join(" | ", before.Purposes), string.Join(" | ", values.Purposes))
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
            campus.Purposes = [.. values.Purposes];
            scope.Db.CampusPeople.RemoveRange(campus.People);
            campus.People = [.. values.People.Select((p, i) => new CampusPerson { Name = p.Name!, Role = p.Role!, Order = i + 1 })];
            return new Edit("Updated", changes);
        }, cancellationToken);

    public Task<WriteResult> CreatePhaseAsync(string slug, PhaseInput input, CancellationToken cancellationToken = default) =>
        writes.AppendAsync(AuditedRecords.Phase, (db, ct) => CampusLookup.FindAsync(db, slug, ct), (scope, campus) =>
        {
            var (name, capacity, target, announced) = ValidatePhase(scope.Rules, input);
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var phase = new Phase { CampusId = campus.Id, Name = name!, Order = input.Order, TargetCapacityMw = capacity, TargetDate = target, AnnouncedOn = announced!.Value };
            var changes = new ChangeSet().Created("Name", name).Created("Order", input.Order).Created("TargetCapacityMw", capacity)
                .Created("TargetDate", AuditLog.Describe(target)).Created("AnnouncedOn", announced.Value.ToString());
            return new Addition<Phase>(phase, changes);
        }, cancellationToken);

    public Task<WriteResult> UpdatePhaseAsync(int id, PhaseInput input, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Phase, p => p.Id == id, expectedVersion, (scope, phase) =>
        {
            var (name, capacity, target, announced) = ValidatePhase(scope.Rules, input);
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var changes = new ChangeSet()
                .Compare("Name", phase.Name, name)
                .Compare("Order", phase.Order, input.Order)
                .Compare("TargetCapacityMw", phase.TargetCapacityMw, capacity)
                .Compare("TargetDate", AuditLog.Describe(phase.TargetDate), AuditLog.Describe(target))
                .Compare("AnnouncedOn", phase.AnnouncedOn.ToString(), announced!.Value.ToString());
            phase.Name = name!;
            phase.Order = input.Order;
            phase.TargetCapacityMw = capacity;
            phase.TargetDate = target;
            phase.AnnouncedOn = announced.Value;
            return new Edit("Updated", changes);
        }, cancellationToken);

    internal static (string? Name, decimal? Capacity, PartialDate? Target, PartialDate? Announced) ValidatePhase(InputRules rules, PhaseInput input)
    {
        var name = rules.Text("Name", input.Name, 200);
        if (input.Order is < 1 or > 1000)
        {
            rules.Add("Order", "OutOfRange", 1, 1000);
        }

        var capacity = rules.Number("TargetCapacityMw", input.TargetCapacityMw, 0, 100_000m);
        var target = rules.Date("TargetDate", input.TargetDate, required: false);
        var announced = rules.Date("AnnouncedOn", input.AnnouncedOn, notInFuture: true);
        return (name, capacity, target, announced);
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
            people.Add(new PersonInput(rules.Text("People", person.Name, 200), rules.Text("People", person.Role, 200)));
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
            people);
    }

    private static CampusInput ToInput(Campus c) =>
        new(c.Name, c.Operator, c.Commune, c.BusinessPark, c.Region, c.Country, string.IsNullOrEmpty(c.Description) ? null : c.Description, c.Purposes, [.. c.People.OrderBy(p => p.Order).Select(p => new PersonInput(p.Name, p.Role))]);

    private static string People(IEnumerable<PersonInput> people) => string.Join(" | ", people.Select(p => $"{p.Name} ({p.Role})"));
}
