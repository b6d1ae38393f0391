using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Benchmarks;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Benchmarks;

/// <summary>
/// Hand-written SQL for the rows each page needs, read with Microsoft.Data.Sqlite alone: the
/// baseline the services' EF queries are measured against. The pure rules (headline, ledger,
/// milestone state) are the app's own, so both sides must produce the same view.
/// </summary>
internal static class RawReads
{
    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static (int Id, CampusDetail Detail, IReadOnlyList<MilestoneSummary> Milestones)? Campus(SqliteConnection connection, string slug, DateOnly day, bool viewingToday) =>
        Campuses(connection, "WHERE c.Slug = $slug LIMIT 1", day, viewingToday, ("$slug", slug)) is [var one] ? one : null;

    /// <summary>
    /// The campuses <paramref name="clause"/> picks (a WHERE, ORDER BY and LIMIT on <c>Campuses c</c>), in its order, with
    /// their milestones: a phase that ends with a milestone takes its date from it.
    /// </summary>
    public static IReadOnlyList<(int Id, CampusDetail Detail, IReadOnlyList<MilestoneSummary> Milestones)> Campuses(
        SqliteConnection connection, string clause, DateOnly day, bool viewingToday, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<(int Id, string Slug, string Name, string Operator, string Commune, string? Park, string Region, string Country, string Purposes, string Description, DateOnly? FirstKnown)>();
        using (var command = Command(connection, $"""
            SELECT c.Id, c.Slug, c.Name, c.Operator, c.Commune, c.BusinessPark, c.Region, c.Country, c.Purposes, c.Description,
                   MIN((SELECT MIN((SELECT MIN(r.KnownFrom) FROM FigureRevisions r WHERE r.FigureId = f.Id)) FROM Figures f WHERE f.CampusId = c.Id),
                       (SELECT MIN((SELECT MIN(d.KnownFrom) FROM MilestoneDateRevisions d WHERE d.MilestoneId = m.Id)) FROM Milestones m WHERE m.CampusId = c.Id),
                       (SELECT MIN(p.KnownFrom) FROM Phases p WHERE p.CampusId = c.Id))
            FROM Campuses c {clause}
            """, parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10)));
            }
        }

        var ids = string.Join(",", rows.Select(r => r.Id));
        var people = new List<(int CampusId, PersonView Person)>();
        using (var command = Command(connection, $"SELECT CampusId, Name, Role FROM CampusPeople WHERE CampusId IN ({ids}) ORDER BY CampusId, \"Order\""))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                people.Add((reader.GetInt32(0), new PersonView(reader.GetString(1), reader.GetString(2))));
            }
        }

        var phases = new List<(int CampusId, int Id, string Name, int Order, PartialDate AnnouncedOn)>();
        using (var command = Command(connection, $"""
            SELECT CampusId, Id, Name, "Order", AnnouncedOnStart, AnnouncedOnPrecision
            FROM Phases WHERE CampusId IN ({ids}) AND KnownFrom <= $day ORDER BY CampusId, "Order"
            """, ("$day", day)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                phases.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3), Partial(reader, 4)!.Value));
            }
        }

        var plans = Plans(connection, ids, day);
        var milestones = RawMilestones.Read(connection, [.. rows.Select(r => r.Id)], day, viewingToday);
        var peopleOf = people.ToLookup(p => p.CampusId, p => p.Person);
        var phasesOf = phases.ToLookup(p => p.CampusId);
        return [.. rows.Select(r => (r.Id, new CampusDetail(r.Slug, r.Name, r.Operator, r.Commune, r.Park, r.Region, r.Country,
            JsonSerializer.Deserialize<List<string>>(r.Purposes) ?? [], r.Description, [.. peopleOf[r.Id]],
            [.. phasesOf[r.Id].Select(p => PhasePlans.View(p.Id, p.Name, p.Order, p.AnnouncedOn, plans[p.Id], milestones[r.Id]))], r.FirstKnown),
            (IReadOnlyList<MilestoneSummary>)milestones[r.Id]))];
    }

    /// <summary>The plan claims of the campuses' phases known on the day, with their sources, by phase.</summary>
    private static ILookup<int, PhasePlanView> Plans(SqliteConnection connection, string campusIds, DateOnly day)
    {
        const string Known = "FROM Phases p JOIN PhasePlanRevisions r ON r.PhaseId = p.Id WHERE p.CampusId IN ({0}) AND r.KnownFrom <= $day";
        var citations = Citations(connection, "PhasePlanRevisionId", string.Format(System.Globalization.CultureInfo.InvariantCulture, Known, campusIds), day);
        var plans = new List<(int PhaseId, PhasePlanView Plan)>();
        using var command = Command(connection, $"""
            SELECT r.PhaseId, r.Id, r.TargetStart, r.TargetPrecision, r.CapacityMw, r.AnnouncedOnStart, r.AnnouncedOnPrecision, r.KnownFrom, r.Status, r.Note, r.CorrectsRevisionId, r.Visibility
            {string.Format(System.Globalization.CultureInfo.InvariantCulture, Known, campusIds)} ORDER BY r.PhaseId, r.KnownFrom, r.Id
            """, ("$day", day));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt32(1);
            plans.Add((reader.GetInt32(0), new PhasePlanView(
                id,
                Partial(reader, 2),
                reader.IsDBNull(4) ? null : reader.GetDecimal(4),
                Partial(reader, 5)!.Value,
                reader.GetFieldValue<DateOnly>(7),
                Enum.Parse<ClaimStatus>(reader.GetString(8)),
                [.. citations[id]],
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetInt32(10))
            {
                Visibility = (Visibility)reader.GetInt32(11),
            }));
        }

        return plans.ToLookup(p => p.PhaseId, p => p.Plan);
    }

    /// <summary>
    /// The citations of the claims that <paramref name="known"/> (a FROM clause whose claims are <c>r</c>) reads,
    /// keyed by the claim id in <paramref name="ownerColumn"/>, each claim's in the order entered.
    /// </summary>
    public static ILookup<int, CitationView> Citations(SqliteConnection connection, string ownerColumn, string known, DateOnly day, params (string Name, object? Value)[] parameters)
    {
        var list = new List<(int Owner, CitationView Citation)>();
        using var command = Command(connection, $"""
            SELECT c.{ownerColumn}, c.Quote, s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.PublishedOnPrecision, s.Language, s.Visibility
            {known.Replace("WHERE", $"JOIN Citations c ON c.{ownerColumn} = r.Id JOIN Sources s ON s.Id = c.SourceId WHERE", StringComparison.Ordinal)}
            ORDER BY c."Order", c.Id
            """, [("$day", day), .. parameters]);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add((reader.GetInt32(0), new CitationView(
                new SourceRef(
                    reader.GetInt32(2),
                    reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    Partial(reader, 6),
                    reader.GetString(8))
                {
                    Visibility = (Visibility)reader.GetInt32(9),
                },
                reader.IsDBNull(1) ? null : reader.GetString(1))));
        }

        return list.ToLookup(c => c.Owner, c => c.Citation);
    }

    /// <summary>A date at its precision from two columns (start, precision); null when the start is.</summary>
    public static PartialDate? Partial(SqliteDataReader reader, int at) =>
        reader.IsDBNull(at) ? null : new PartialDate(reader.GetFieldValue<DateOnly>(at), Enum.Parse<DatePrecision>(reader.GetString(at + 1)));

    private const string RevisionColumns = """
        r.Id, r.FigureId, r.Value, r.Low, r.High, r.Qualifier, r.AnnouncedOnStart, r.AnnouncedOnPrecision, r.KnownFrom, r.Status, r.Note, r.CorrectsRevisionId, r.Scope,
        r.ScopeKind, r.ScopePhaseId, r.ScopeLabel, (SELECT p.Name FROM Phases p WHERE p.Id = r.ScopePhaseId), r.Visibility
        """;

    /// <summary>Every figure of the campus with its revisions known on <paramref name="day"/>, as snapshots.</summary>
    public static IReadOnlyList<FigureSnapshot> Figures(SqliteConnection connection, int campusId, DateOnly day)
    {
        var figures = new List<(int Id, string Key, string Name, string Unit, int? Reference)>();
        using (var command = Command(connection, "SELECT Id, Key, Name, Unit, ReferenceRevisionId FROM Figures WHERE CampusId = $id ORDER BY \"Order\", Id", ("$id", campusId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                figures.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
            }
        }

        const string known = "FROM Figures f JOIN FigureRevisions r ON r.FigureId = f.Id WHERE f.CampusId = $id AND r.KnownFrom <= $day";
        var rows = Revisions(connection, known, campusId, day);
        var revisions = rows.ToLookup(r => r.FigureId, r => r.View);
        var figureOf = rows.ToDictionary(r => r.View.Id, r => r.FigureId);
        var resolutions = RawResolutions.Read(connection, "FigureRevisionId", $"SELECT r.Id {known}", day, ("$id", campusId)).ToLookup(r => figureOf[r.ClaimId]);
        return [.. figures.Select(f => FigureHistory.Snapshot(f.Key, f.Name, f.Unit, revisions[f.Id], f.Reference, [.. resolutions[f.Id]])).OfType<FigureSnapshot>()];
    }

    public static FigureLedger? Ledger(SqliteConnection connection, int campusId, string key, DateOnly day)
    {
        using var command = Command(connection, "SELECT Id, Key, Name, Unit, ReferenceRevisionId, ReferenceNote FROM Figures WHERE CampusId = $id AND Key = $key", ("$id", campusId), ("$key", key));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var figureId = reader.GetInt32(0);
        var revisions = Revisions(connection, "FROM FigureRevisions r WHERE r.FigureId = $id AND r.KnownFrom <= $day", figureId, day);
        return new FigureLedger(reader.GetString(1), reader.GetString(2), reader.GetString(3), day, FigureHistory.Ledger(revisions.Select(r => r.View)),
            reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5));
    }

    /// <summary>A claim's part of the campus as the figure service reads it: none for the whole campus, a phase by its name.</summary>
    private static ClaimScope? Scope(SqliteDataReader reader)
    {
        var kind = Enum.Parse<ClaimScopeKind>(reader.GetString(13));
        int? phase = reader.IsDBNull(14) ? null : reader.GetInt32(14);
        var label = reader.IsDBNull(15) ? null : reader.GetString(15);
        var phaseName = reader.IsDBNull(16) ? null : reader.GetString(16);
        return kind == ClaimScopeKind.Campus ? null : new ClaimScope(kind, phase, kind == ClaimScopeKind.Phase && phase is not null ? phaseName : label);
    }

    /// <summary>The revisions <paramref name="known"/> (a FROM clause whose revisions are <c>r</c>) reads, with their sources.</summary>
    private static List<(int FigureId, FigureRevisionView View)> Revisions(SqliteConnection connection, string known, int id, DateOnly day)
    {
        var citations = Citations(connection, "FigureRevisionId", known, day, ("$id", id));
        var list = new List<(int, FigureRevisionView)>();
        using var command = Command(connection, $"SELECT {RevisionColumns} {known}", ("$id", id), ("$day", day));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            decimal? value = reader.IsDBNull(2) ? null : reader.GetDecimal(2);
            decimal? low = reader.IsDBNull(3) ? null : reader.GetDecimal(3);
            decimal? high = reader.IsDBNull(4) ? null : reader.GetDecimal(4);
            var revisionId = reader.GetInt32(0);
            list.Add((reader.GetInt32(1), new FigureRevisionView(
                revisionId,
                value is { } v ? ValueRange.Exactly(v) : new ValueRange(low ?? 0, high ?? low ?? 0),
                Enum.Parse<FigureQualifier>(reader.GetString(5)),
                Partial(reader, 6)!.Value,
                reader.GetFieldValue<DateOnly>(8),
                Enum.Parse<ClaimStatus>(reader.GetString(9)),
                [.. citations[revisionId]],
                reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetInt32(11),
                null,
                Enum.Parse<InvestmentScope>(reader.GetString(12)),
                Scope(reader))
            {
                Visibility = (Visibility)reader.GetInt32(17),
            }));
        }

        return list;
    }

    public static IReadOnlyList<BenchmarkView> Benchmarks(SqliteConnection connection, string ratioKey)
    {
        var list = new List<BenchmarkView>();
        using var command = Command(connection, """
            SELECT Key, RatioKey, Name, Low, High, Qualifier, Currency, Scope, Region, PeriodStart, PeriodPrecision, SourceTitle, Publisher, Url, PublishedOn, Note
            FROM Benchmarks WHERE RatioKey = $key ORDER BY "Order", Id
            """, ("$key", ratioKey));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var low = reader.GetDecimal(3);
            var high = reader.GetDecimal(4);
            list.Add(new BenchmarkView(
                reader.GetString(0), reader.GetString(1), reader.GetString(2),
                low <= high ? new ValueRange(low, high) : new ValueRange(high, low),
                Enum.Parse<FigureQualifier>(reader.GetString(5)), reader.GetString(6), Enum.Parse<InvestmentScope>(reader.GetString(7)),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) || reader.IsDBNull(10) ? null : new PartialDate(reader.GetFieldValue<DateOnly>(9), Enum.Parse<DatePrecision>(reader.GetString(10))),
                reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.IsDBNull(13) ? null : reader.GetString(13),
                reader.IsDBNull(14) ? null : reader.GetFieldValue<DateOnly>(14),
                reader.IsDBNull(15) ? null : reader.GetString(15)));
        }

        return list;
    }
}
