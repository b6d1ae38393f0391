using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;

namespace Sesterce.Tracker.Generator;

/// <summary>
/// Writes generated records with prepared statements, giving each its id and an audit entry, as the
/// app's own services would: the generated data was "created" by its editors at the time it became
/// known, and the audit log says so. Values are stored in the forms EF stores them in (enums by
/// name, moments as UTC binary ticks, decimals and dates as text).
/// </summary>
internal sealed class PortfolioWriter : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ValueConverter Moments = new DateTimeOffsetToBinaryConverter();

    private readonly BulkTable _campuses, _people, _phases, _sources, _figures, _revisions, _milestones, _dates, _benchmarks, _audit;
    private readonly Dictionary<string, int> _nextId = [];

    public PortfolioWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _campuses = new(connection, transaction, "Campuses", "Id", "Slug", "Name", "Operator", "Commune", "BusinessPark", "Region", "Country", "Purposes", "Description", "Version");
        _people = new(connection, transaction, "CampusPeople", "Id", "CampusId", "Name", "Role", "Order");
        _phases = new(connection, transaction, "Phases", "Id", "CampusId", "Name", "Order", "TargetCapacityMw", "TargetDateStart", "TargetDatePrecision", "AnnouncedOnStart", "AnnouncedOnPrecision", "KnownFrom", "Version");
        _sources = new(connection, transaction, "Sources", "Id", "Title", "Publisher", "Url", "PublishedOn", "Language", "Excerpt", "Version");
        _figures = new(connection, transaction, "Figures", "Id", "CampusId", "Key", "Name", "Unit", "Order", "ReferenceRevisionId", "ReferenceNote", "Version");
        _revisions = new(connection, transaction, "FigureRevisions", "Id", "FigureId", "Value", "Low", "High", "Qualifier", "AnnouncedOnStart", "AnnouncedOnPrecision", "KnownFrom", "Status", "SourceId", "Quote", "Note", "CorrectsRevisionId", "Scope", "RecordedAt");
        _milestones = new(connection, transaction, "Milestones", "Id", "CampusId", "PhaseId", "Title", "Description", "Kind", "Status", "ActualDateStart", "ActualDatePrecision", "ActualSourceId", "ActualQuote", "IsArchived", "Version");
        _dates = new(connection, transaction, "MilestoneDateRevisions", "Id", "MilestoneId", "AnnouncedOnStart", "AnnouncedOnPrecision", "KnownFrom", "TargetStart", "TargetPrecision", "SourceId", "Quote", "Reason", "RecordedAt");
        _benchmarks = new(connection, transaction, "Benchmarks", "Id", "Key", "RatioKey", "Name", "Low", "High", "Qualifier", "Currency", "Scope", "Region", "PeriodStart", "PeriodPrecision", "SourceTitle", "Publisher", "Url", "PublishedOn", "Note", "Order", "Version");
        _audit = new(connection, transaction, "AuditEntries", "Id", "At", "UserId", "UserName", "EntityType", "EntityId", "CampusSlug", "Action", "Summary", "Changes", "Reason", "Version");
    }

    public IReadOnlyDictionary<string, int> Counts => new[] { _campuses, _people, _phases, _sources, _figures, _revisions, _milestones, _dates, _benchmarks, _audit }
        .ToDictionary(t => t.Table, t => t.Rows);

    /// <summary>Ids continue after what the database already holds, so a generator can write into a store that has the seed.</summary>
    public void StartIdsAfter(SqliteConnection connection, SqliteTransaction transaction)
    {
        foreach (var table in new[] { "Campuses", "CampusPeople", "Phases", "Sources", "Figures", "FigureRevisions", "Milestones", "MilestoneDateRevisions", "Benchmarks", "AuditEntries" })
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

    public int Phase(int campusId, string slug, string name, int order, decimal capacity, PartialDate target, PartialDate announced, DateTimeOffset at, string editor)
    {
        var id = Next("Phases");
        _phases.Insert(id, campusId, name, order, capacity, target.Start, target.Precision, announced.Start, announced.Precision, announced.End, 0);
        Audit(at, editor, "Phase", id, slug, "Created", name, [new("Name", null, name), new("TargetDate", null, target.ToString()), new("TargetCapacityMw", null, AuditLog.Text(capacity))], null, 0);
        return id;
    }

    public int Source(string title, string publisher, DateOnly publishedOn, string language, string excerpt, DateTimeOffset at, string editor)
    {
        var id = Next("Sources");
        var url = $"https://news.portfolio.test/{publishedOn:yyyy/MM/dd}/{id}";
        _sources.Insert(id, title, publisher, url, publishedOn, language, excerpt, 0);
        Audit(at, editor, "Source", id, null, "Created", title, [new("Title", null, title), new("Publisher", null, publisher)], null, 0);
        return id;
    }

    public int Figure(int campusId, string slug, string key, string name, string unit, int order, DateTimeOffset at, string editor)
    {
        var id = Next("Figures");
        _figures.Insert(id, campusId, key, name, unit, order, null, null, 0);
        Audit(at, editor, "Figure", id, slug, "Created", name, [new("Key", null, key), new("Unit", null, unit)], null, 0);
        return id;
    }

    public int Revision(int figureId, string slug, string figureLabel, FigureRevision r, DateTimeOffset at, string editor)
    {
        var id = Next("FigureRevisions");
        _revisions.Insert(id, figureId, r.Value, r.Low, r.High, r.Qualifier, r.AnnouncedOnStart, r.AnnouncedOnPrecision, r.KnownFrom, r.Status, r.SourceId, r.Quote, r.Note, r.CorrectsRevisionId, r.Scope, Moment(at));
        Audit(at, editor, "FigureRevision", id, slug, r.CorrectsRevisionId is null ? "RevisionAdded" : "Corrected", figureLabel,
            [new("Value", null, AuditLog.Text(r.Value)), new("Low", null, AuditLog.Text(r.Low)), new("High", null, AuditLog.Text(r.High)), new("AnnouncedOn", null, r.AnnouncedOn.ToString()), new("Source", null, AuditLog.Text(r.SourceId))],
            r.Note, 0);
        return id;
    }

    public int Milestone(Milestone m, string slug, DateTimeOffset at, string editor)
    {
        var id = Next("Milestones");
        _milestones.Insert(id, m.CampusId, m.PhaseId, m.Title, m.Description, m.Kind, m.Status, m.ActualDateStart, m.ActualDatePrecision, m.ActualSourceId, m.ActualQuote, m.IsArchived, m.Version);
        Audit(at, editor, "Milestone", id, slug, "Created", m.Title, [new("Title", null, m.Title), new("Kind", null, m.Kind.ToString())], null, 0);
        return id;
    }

    /// <summary>A target date; the first one is part of the milestone's creation, later ones are moves with a reason.</summary>
    public void DateRevision(int milestoneId, string slug, string title, MilestoneDateRevision r, PartialDate? previous, int version, DateTimeOffset at, string editor)
    {
        _dates.Insert(Next("MilestoneDateRevisions"), milestoneId, r.AnnouncedOnStart, r.AnnouncedOnPrecision, r.KnownFrom, r.TargetStart, r.TargetPrecision, r.SourceId, r.Quote, r.Reason, Moment(at));
        if (previous is { } old)
        {
            Audit(at, editor, "Milestone", milestoneId, slug, "TargetMoved", title, [new("Target", old.ToString(), r.Target.ToString())], r.Reason, version);
        }
    }

    public void Audit(DateTimeOffset at, string editor, string entityType, object entityId, string? slug, string action, string summary, IReadOnlyList<FieldChange> changes, string? reason, int? version) =>
        _audit.Insert(Next("AuditEntries"), Moment(at), null, editor, entityType, Convert.ToString(entityId, CultureInfo.InvariantCulture), slug, action, summary, JsonSerializer.Serialize(changes, Json), reason, version);

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
        foreach (var table in new[] { _campuses, _people, _phases, _sources, _figures, _revisions, _milestones, _dates, _benchmarks, _audit })
        {
            table.Dispose();
        }
    }
}
