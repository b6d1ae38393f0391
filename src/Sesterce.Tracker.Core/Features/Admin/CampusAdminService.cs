using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Changes;

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
public sealed class CampusAdminService(AdminStore store)
{
    private const string CampusEntity = "Campus";
    private const string PhaseEntity = "Phase";

    public async Task<CampusEdit?> GetForEditAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await store.OpenAsync(cancellationToken);
        var c = await db.Campuses.AsNoTracking().Include(x => x.People).FirstOrDefaultAsync(x => x.Slug == slug, cancellationToken);
        return c is null
            ? null
            : new CampusEdit(c.Slug, new CampusInput(c.Name, c.Operator, c.Commune, c.BusinessPark, c.Region, c.Country, c.Description, c.Purposes, [.. c.People.OrderBy(p => p.Order).Select(p => new PersonInput(p.Name, p.Role))]), c.Version);
    }

    public async Task<IReadOnlyList<PhaseAdminRow>> PhasesAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await store.OpenAsync(cancellationToken);
        var rows = await db.Phases.AsNoTracking()
            .Where(p => db.Campuses.Any(c => c.Id == p.CampusId && c.Slug == slug))
            .OrderBy(p => p.Order)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p => new PhaseAdminRow(p.Id, new PhaseInput(p.Name, p.Order, p.TargetCapacityMw, p.TargetDate?.ToString(), p.AnnouncedOn.ToString()), p.Version))];
    }

    public async Task<WriteResult> UpdateAsync(string slug, CampusInput input, int expectedVersion, CancellationToken cancellationToken = default)
    {
        if (await store.WriterAsync() is not { } caller)
        {
            return WriteResult.Forbidden();
        }

        await using var db = await store.OpenAsync(cancellationToken);
        var campus = await db.Campuses.Include(c => c.People).FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (campus is null)
        {
            return WriteResult.NotFound();
        }

        if (campus.Version != expectedVersion)
        {
            return await store.ConflictAsync(CampusEntity, slug, expectedVersion, cancellationToken);
        }

        var rules = store.Rules();
        var values = Validate(rules, input);
        if (!rules.IsValid)
        {
            return WriteResult.Invalid(rules.Errors);
        }

        var changes = new ChangeSet()
            .Compare("Name", campus.Name, values.Name)
            .Compare("Operator", campus.Operator, values.Operator)
            .Compare("Commune", campus.Commune, values.Commune)
            .Compare("BusinessPark", campus.BusinessPark, values.BusinessPark)
            .Compare("Region", campus.Region, values.Region)
            .Compare("Country", campus.Country, values.Country)
            .Compare("Description", campus.Description, values.Description)
            .Compare("Purposes", string.Join(" | ", campus.Purposes), string.Join(" | ", values.Purposes))
            .Compare("People", People(campus.People.OrderBy(p => p.Order).Select(p => new PersonInput(p.Name, p.Role))), People(values.People));
        if (changes.IsEmpty)
        {
            return WriteResult.Saved(campus.Id, campus.Version);
        }

        campus.Name = values.Name!;
        campus.Operator = values.Operator!;
        campus.Commune = values.Commune!;
        campus.BusinessPark = values.BusinessPark;
        campus.Region = values.Region!;
        campus.Country = values.Country!;
        campus.Description = values.Description ?? "";
        campus.Purposes = [.. values.Purposes];
        db.CampusPeople.RemoveRange(campus.People);
        campus.People = [.. values.People.Select((p, i) => new CampusPerson { Name = p.Name!, Role = p.Role!, Order = i + 1 })];
        AdminStore.Bump(db, campus, expectedVersion, c => c.Version, (c, v) => c.Version = v);
        AdminStore.Attach(db, store.Audit.Entry(caller, CampusEntity, slug, slug, "Updated", campus.Name, changes.Changes, null, campus.Version));
        return await store.CommitAsync(db, CampusEntity, slug, expectedVersion, () => WriteResult.Saved(campus.Id, campus.Version), new TrackerChange(slug, CampusEntity, slug, "Updated"), cancellationToken);
    }

    public async Task<WriteResult> CreatePhaseAsync(string slug, PhaseInput input, CancellationToken cancellationToken = default)
    {
        if (await store.WriterAsync() is not { } caller)
        {
            return WriteResult.Forbidden();
        }

        await using var db = await store.OpenAsync(cancellationToken);
        var campusId = await db.Campuses.Where(c => c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (campusId is null)
        {
            return WriteResult.NotFound();
        }

        var rules = store.Rules();
        var (name, capacity, target, announced) = ValidatePhase(rules, input);
        if (!rules.IsValid)
        {
            return WriteResult.Invalid(rules.Errors);
        }

        var phase = new Phase { CampusId = campusId.Value, Name = name!, Order = input.Order, TargetCapacityMw = capacity, TargetDate = target, AnnouncedOn = announced!.Value };
        db.Phases.Add(phase);
        var changes = new ChangeSet().Created("Name", name).Created("Order", input.Order).Created("TargetCapacityMw", capacity)
            .Created("TargetDate", AdminStore.Describe(target)).Created("AnnouncedOn", announced.Value.ToString());
        var entry = store.Audit.Entry(caller, PhaseEntity, "", slug, "Created", name!, changes.Changes, null, 0);
        return await store.CreateAsync(db, entry, () => phase.Id, () => phase.Version, slug, cancellationToken);
    }

    public async Task<WriteResult> UpdatePhaseAsync(int id, PhaseInput input, int expectedVersion, CancellationToken cancellationToken = default)
    {
        if (await store.WriterAsync() is not { } caller)
        {
            return WriteResult.Forbidden();
        }

        await using var db = await store.OpenAsync(cancellationToken);
        var phase = await db.Phases.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (phase is null)
        {
            return WriteResult.NotFound();
        }

        var key = id.ToString(CultureInfo.InvariantCulture);
        if (phase.Version != expectedVersion)
        {
            return await store.ConflictAsync(PhaseEntity, key, expectedVersion, cancellationToken);
        }

        var rules = store.Rules();
        var (name, capacity, target, announced) = ValidatePhase(rules, input);
        if (!rules.IsValid)
        {
            return WriteResult.Invalid(rules.Errors);
        }

        var changes = new ChangeSet()
            .Compare("Name", phase.Name, name)
            .Compare("Order", phase.Order, input.Order)
            .Compare("TargetCapacityMw", phase.TargetCapacityMw, capacity)
            .Compare("TargetDate", AdminStore.Describe(phase.TargetDate), AdminStore.Describe(target))
            .Compare("AnnouncedOn", phase.AnnouncedOn.ToString(), announced!.Value.ToString());
        if (changes.IsEmpty)
        {
            return WriteResult.Saved(phase.Id, phase.Version);
        }

        phase.Name = name!;
        phase.Order = input.Order;
        phase.TargetCapacityMw = capacity;
        phase.TargetDate = target;
        phase.AnnouncedOn = announced.Value;
        var slug = await AdminStore.CampusSlugAsync(db, phase.CampusId, cancellationToken);
        AdminStore.Bump(db, phase, expectedVersion, p => p.Version, (p, v) => p.Version = v);
        AdminStore.Attach(db, store.Audit.Entry(caller, PhaseEntity, key, slug, "Updated", phase.Name, changes.Changes, null, phase.Version));
        return await store.CommitAsync(db, PhaseEntity, key, expectedVersion, () => WriteResult.Saved(phase.Id, phase.Version), new TrackerChange(slug, PhaseEntity, key, "Updated"), cancellationToken);
    }

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

    private static string People(IEnumerable<PersonInput> people) => string.Join(" | ", people.Select(p => $"{p.Name} ({p.Role})"));
}
