using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;

namespace Sesterce.Tracker.Generator;

/// <summary>One source of a claim and the words it states the claim in.</summary>
internal readonly record struct Cited(int SourceId, string Quote);

/// <summary>
/// Writes generated records with prepared statements, giving each its id and an audit entry, as the
/// app's own services would: the generated data was "created" by its editors at the time it became
/// known, and the audit log says so, with the sources of every claim. Values are stored in the forms
/// EF stores them in (enums by name, moments as UTC binary ticks, decimals and dates as text).
/// </summary>
internal sealed class PortfolioWriter : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ValueConverter Moments = new DateTimeOffsetToBinaryConverter();

    private readonly BulkTable _campuses, _people, _phases, _plans, _sources, _figures, _revisions, _milestones, _dates, _citations, _benchmarks, _audit;
    private readonly Dictionary<string, int> _nextId = [];

    public PortfolioWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _campuses = new(connection, transaction, "Campuses", "Id", "Slug", "Name", "Operator", "Commune", "BusinessPark", "Region", "Country", "Purposes", "Description", "Version");
        _people = new(connection, transaction, "CampusPeople", "Id", "CampusId", "Name", "Role", "Order");
        _phases = new(connection, transaction, "Phases", "Id", "CampusId", "Name", "Order", "AnnouncedOnStart", "AnnouncedOnPrecision", "KnownFrom", "Version");
        _plans = new(connection, transaction, "PhasePlanRevisions", "Id", "PhaseId", "TargetStart", "TargetPrecision", "CapacityMw", "AnnouncedOnStart", "AnnouncedOnPrecision", "KnownFrom", "Status", "Note", "CorrectsRevisionId", "RecordedAt");
        _sources = new(connection, transaction, "Sources", "Id", "Title", "Publisher", "Url", "PublishedOn", "PublishedOnPrecision", "Language", "Excerpt", "Version");
        _figures = new(connection, transaction, "Figures", "Id", "CampusId", "Key", "Name", "Unit", "Order", "ReferenceRevisionId", "ReferenceNote", "Version");
        _revisions = new(connection, transaction, "FigureRevisions", "Id", "FigureId", "Value", "Low", "High", "Qualifier", "AnnouncedOnStart", "AnnouncedOnPrecision", "KnownFrom", "Status", "Note", "CorrectsRevisionId", "Scope", "RecordedAt");
        _milestones = new(connection, transaction, "Milestones", "Id", "CampusId", "PhaseId", "CommissionsPhase", "Title", "Description", "Kind", "Status", "IsArchived", "Version");
        _dates = new(connection, transaction, "MilestoneDateRevisions", "Id", "MilestoneId", "Kind", "Status", "CorrectsRevisionId", "AnnouncedOnStart", "AnnouncedOnPrecision", "KnownFrom", "TargetStart", "TargetPrecision", "Reason", "RecordedAt");
        _citations = new(connection, transaction, "Citations", "Id", "SourceId", "Quote", "Order", "FigureRevisionId", "MilestoneDateRevisionId", "PhasePlanRevisionId");
        _benchmarks = new(connection, transaction, "Benchmarks", "Id", "Key", "RatioKey", "Name", "Low", "High", "Qualifier", "Currency", "Scope", "Region", "PeriodStart", "PeriodPrecision", "SourceTitle", "Publisher", "Url", "PublishedOn", "Note", "Order", "Version");
        _audit = new(connection, transaction, "AuditEntries", "Id", "At", "UserId", "UserName", "EntityType", "EntityId", "CampusSlug", "Action", "Summary", "Changes", "Reason", "Version");
    }

    private IEnumerable<BulkTable> Tables => [_campuses, _people, _phases, _plans, _sources, _figures, _revisions, _milestones, _dates, _citations, _benchmarks, _audit];

    public IReadOnlyDictionary<string, int> Counts => Tables.ToDictionary(t => t.Table, t => t.Rows);

    /// <summary>Ids continue after what the database already holds, so a generator can write into a store that has the seed.</summary>
    public void StartIdsAfter(SqliteConnection connection, SqliteTransaction transaction)
    {
        foreach (var table in Tables.Select(t => t.Table))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\";";
            _nextId[table] = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture) + 1;
        }
    }

    public int Campus(string slug, string name, string @operator, PortfolioVocabulary.Place place, IReadOnlyList<string> purposes, string description, DateTimeOffset at, string editor)
    {
        var id = Next("Campuses");
        _campuses.Insert(id, slug, name, @operator, place.Commune, place.BusinessPark, place.Region, place.Country, JsonSerializer.Serialize(purposes), description, 0);
        Audit(at, editor, "Campus", slug, slug, "Created", name, [new("Name", null, name), new("Commune", null, place.Commune)], null, 0);
        return id;
    }

    public void Person(int campusId, string name, string role, int order) => _people.Insert(Next("CampusPeople"), campusId, name, role, order);

    /// <summary>A phase with its first plan claim when it has one, in one audit entry, as the phase form creates them.</summary>
    public int Phase(int campusId, string slug, string name, int order, PartialDate announced, PhasePlanRevision? plan, IReadOnlyList<Cited> cited, DateTimeOffset at, string editor)
    {
        var id = Next("Phases");
        _phases.Insert(id, campusId, name, order, announced.Start, announced.Precision, announced.End, 0);
        if (plan is not null)
        {
            plan.PhaseId = id;
            InsertPlan(plan, cited, at);
        }

        Audit(at, editor, "Phase", id, slug, "Created", name,
            [new("Name", null, name), new("Order", null, AuditLog.Text(order)), new("AnnouncedOn", null, announced.ToString()), new("TargetCapacityMw", null, AuditLog.Text(plan?.CapacityMw)),
             new("TargetDate", null, AuditLog.Describe(plan?.Target)), new("Sources", null, plan is null ? null : Sources(cited))],
            plan?.Note, 0);
        return id;
    }

    /// <summary>A later plan claim of a phase (a re-plan, or a correction naming the plan it corrects).</summary>
    public int Plan(string slug, string phaseName, PhasePlanRevision plan, IReadOnlyList<Cited> cited, DateTimeOffset at, string editor)
    {
        var id = InsertPlan(plan, cited, at);
        Audit(at, editor, "PhasePlan", id, slug, plan.CorrectsRevisionId is null ? "Replanned" : "Corrected", phaseName,
            [new("TargetDate", null, AuditLog.Describe(plan.Target)), new("TargetCapacityMw", null, AuditLog.Text(plan.CapacityMw)), new("ReportedOn", null, plan.AnnouncedOn.ToString()),
             new("Status", null, plan.Status.ToString()), new("Sources", null, Sources(cited)), new("Corrects", null, AuditLog.Text(plan.CorrectsRevisionId))],
            plan.Note, 0);
        return id;
    }

    private int InsertPlan(PhasePlanRevision plan, IReadOnlyList<Cited> cited, DateTimeOffset at)
    {
        var id = Next("PhasePlanRevisions");
        _plans.Insert(id, plan.PhaseId, plan.TargetStart, plan.TargetPrecision, plan.CapacityMw, plan.AnnouncedOnStart, plan.AnnouncedOnPrecision, plan.KnownFrom, plan.Status, plan.Note, plan.CorrectsRevisionId, Moment(at));
        plan.Id = id;
        Cite(cited, planId: id);
        return id;
    }

    public int Source(string title, string publisher, PartialDate published, string language, string excerpt, DateTimeOffset at, string editor)
    {
        var id = Next("Sources");
        var url = $"https://news.portfolio.test/{published.Start:yyyy/MM/dd}/{id}";
        _sources.Insert(id, title, publisher, url, published.Start, published.Precision, language, excerpt, 0);
        Audit(at, editor, "Source", id, null, "Created", title, [new("Title", null, title), new("Publisher", null, publisher), new("PublishedOn", null, published.ToString())], null, 0);
        return id;
    }

    public int Figure(int campusId, string slug, string key, string name, string unit, int order, DateTimeOffset at, string editor)
    {
        var id = Next("Figures");
        _figures.Insert(id, campusId, key, name, unit, order, null, null, 0);
        Audit(at, editor, "Figure", id, slug, "Created", name, [new("Key", null, key), new("Unit", null, unit)], null, 0);
        return id;
    }

    public int Revision(int figureId, string slug, string figureLabel, FigureRevision r, IReadOnlyList<Cited> cited, DateTimeOffset at, string editor)
    {
        var id = Next("FigureRevisions");
        _revisions.Insert(id, figureId, r.Value, r.Low, r.High, r.Qualifier, r.AnnouncedOnStart, r.AnnouncedOnPrecision, r.KnownFrom, r.Status, r.Note, r.CorrectsRevisionId, r.Scope, Moment(at));
        Cite(cited, figureRevisionId: id);
        Audit(at, editor, "FigureRevision", id, slug, r.CorrectsRevisionId is null ? "RevisionAdded" : "Corrected", figureLabel,
            [new("Value", null, AuditLog.Text(r.Value)), new("Low", null, AuditLog.Text(r.Low)), new("High", null, AuditLog.Text(r.High)), new("AnnouncedOn", null, r.AnnouncedOn.ToString()),
             new("Status", null, r.Status.ToString()), new("Sources", null, Sources(cited)), new("Corrects", null, AuditLog.Text(r.CorrectsRevisionId))],
            r.Note, 0);
        return id;
    }

    /// <summary>A milestone with its first date claim, in one audit entry, as the milestone form creates them.</summary>
    public int Milestone(Milestone m, string slug, MilestoneDateRevision first, IReadOnlyList<Cited> cited, DateTimeOffset at, string editor)
    {
        var id = Next("Milestones");
        _milestones.Insert(id, m.CampusId, m.PhaseId, m.CommissionsPhase, m.Title, m.Description, m.Kind, m.Status, m.IsArchived, m.Version);
        first.MilestoneId = id;
        InsertDate(first, cited, at);
        Audit(at, editor, "Milestone", id, slug, "Created", m.Title,
            [new("Title", null, m.Title), new("Kind", null, m.Kind.ToString()), new("Status", null, nameof(MilestoneStatus.Planned)), new("Phase", null, AuditLog.Text(m.PhaseId)),
             new("CommissionsPhase", null, AuditLog.Text(m.CommissionsPhase)), new("Target", null, AuditLog.Describe(first.Target)), new("Sources", null, Sources(cited))],
            first.Reason, 0);
        return id;
    }

    /// <summary>A later claim about a milestone's target or reached date; it moves the milestone's version, as the service does.</summary>
    public int DateClaim(string slug, string title, MilestoneDateRevision r, IReadOnlyList<Cited> cited, int version, DateTimeOffset at, string editor)
    {
        var id = InsertDate(r, cited, at);
        var action = r.CorrectsRevisionId is not null ? "DateCorrected"
            : r.Kind == MilestoneDateKind.Target ? "TargetClaimed"
            : r.Target is null ? "ReachedRetracted" : "ReachedClaimed";
        Audit(at, editor, "Milestone", r.MilestoneId, slug, action, title,
            [new(r.Kind == MilestoneDateKind.Target ? "Target" : "Reached", null, AuditLog.Describe(r.Target)), new("ReportedOn", null, r.AnnouncedOn.ToString()),
             new("Status", null, r.Status.ToString()), new("Sources", null, Sources(cited)), new("Corrects", null, AuditLog.Text(r.CorrectsRevisionId))],
            r.Reason, version);
        return id;
    }

    private int InsertDate(MilestoneDateRevision r, IReadOnlyList<Cited> cited, DateTimeOffset at)
    {
        var id = Next("MilestoneDateRevisions");
        _dates.Insert(id, r.MilestoneId, r.Kind, r.Status, r.CorrectsRevisionId, r.AnnouncedOnStart, r.AnnouncedOnPrecision, r.KnownFrom, r.TargetStart, r.TargetPrecision, r.Reason, Moment(at));
        r.Id = id;
        Cite(cited, dateId: id);
        return id;
    }

    private void Cite(IReadOnlyList<Cited> cited, int? figureRevisionId = null, int? dateId = null, int? planId = null)
    {
        for (var i = 0; i < cited.Count; i++)
        {
            _citations.Insert(Next("Citations"), cited[i].SourceId, cited[i].Quote, i, figureRevisionId, dateId, planId);
        }
    }

    // The audit log names the cited sources by id, in order, as the services write them.
    private static string Sources(IReadOnlyList<Cited> cited) => string.Join(", ", cited.Select(c => c.SourceId));

    public void Audit(DateTimeOffset at, string editor, string entityType, object entityId, string? slug, string action, string summary, IReadOnlyList<FieldChange> changes, string? reason, int? version) =>
        _audit.Insert(Next("AuditEntries"), Moment(at), null, editor, entityType, Convert.ToString(entityId, CultureInfo.InvariantCulture), slug, action, summary,
            JsonSerializer.Serialize(changes.Where(c => c.New is not null), Json), reason, version);

    public void Benchmark(Benchmark b, DateTimeOffset at, string editor)
    {
        _benchmarks.Insert(Next("Benchmarks"), b.Key, b.RatioKey, b.Name, b.Low, b.High, b.Qualifier, b.Currency, b.Scope, b.Region, b.PeriodStart, b.PeriodPrecision, b.SourceTitle, b.Publisher, b.Url, b.PublishedOn, b.Note, b.Order, 0);
        Audit(at, editor, "Benchmark", b.Key, null, "Created", b.Name, [new("Low", null, AuditLog.Text(b.Low)), new("High", null, AuditLog.Text(b.High))], null, 0);
    }

    private int Next(string table)
    {
        var id = _nextId.GetValueOrDefault(table, 1);
        _nextId[table] = id + 1;
        return id;
    }

    private static object? Moment(DateTimeOffset at) => Moments.ConvertToProvider(at.ToUniversalTime());

    public void Dispose()
    {
        foreach (var table in Tables)
        {
            table.Dispose();
        }
    }
}
