using Microsoft.Data.Sqlite;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Benchmarks;

/// <summary>The milestones of a campus as known on a date, in two hand-written queries.</summary>
internal static class RawMilestones
{
    public static IReadOnlyList<MilestoneSummary> Read(SqliteConnection connection, int campusId, DateOnly day, bool viewingToday) =>
        Read(connection, [campusId], day, viewingToday)[campusId];

    /// <summary>The milestones of several campuses, by campus, in the same two statements.</summary>
    public static Dictionary<int, List<MilestoneSummary>> Read(SqliteConnection connection, IReadOnlyCollection<int> campusIds, DateOnly day, bool viewingToday)
    {
        var ids = string.Join(",", campusIds);
        var history = new Dictionary<int, List<MilestoneDateRevisionView>>();
        using (var command = RawReads.Command(connection, $"""
            SELECT d.MilestoneId, d.Id, d.AnnouncedOnStart, d.AnnouncedOnPrecision, d.KnownFrom, d.TargetStart, d.TargetPrecision,
                   s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.Language, d.Quote, d.Reason
            FROM Milestones m JOIN MilestoneDateRevisions d ON d.MilestoneId = m.Id LEFT JOIN Sources s ON s.Id = d.SourceId
            WHERE m.CampusId IN ({ids}) AND NOT m.IsArchived AND d.KnownFrom <= $day
            ORDER BY d.MilestoneId, d.KnownFrom, d.Id
            """, ("$day", day)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var milestoneId = reader.GetInt32(0);
                if (!history.TryGetValue(milestoneId, out var list))
                {
                    history[milestoneId] = list = [];
                }

                list.Add(new MilestoneDateRevisionView(
                    reader.GetInt32(1),
                    new PartialDate(reader.GetFieldValue<DateOnly>(2), Enum.Parse<DatePrecision>(reader.GetString(3))),
                    reader.GetFieldValue<DateOnly>(4),
                    new PartialDate(reader.GetFieldValue<DateOnly>(5), Enum.Parse<DatePrecision>(reader.GetString(6))),
                    RawReads.Source(reader, 7),
                    reader.IsDBNull(13) ? null : reader.GetString(13),
                    reader.IsDBNull(14) ? null : reader.GetString(14)));
            }
        }

        var result = campusIds.ToDictionary(id => id, _ => new List<MilestoneSummary>());
        using (var command = RawReads.Command(connection, $"""
            SELECT m.CampusId, m.Id, m.Title, m.Kind, m.Status, p.Name, m.ActualDateStart, m.ActualDatePrecision,
                   s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.Language, m.ActualQuote
            FROM Milestones m LEFT JOIN Phases p ON p.Id = m.PhaseId LEFT JOIN Sources s ON s.Id = m.ActualSourceId
            WHERE m.CampusId IN ({ids}) AND NOT m.IsArchived
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt32(1);
                var dates = history.GetValueOrDefault(id) ?? [];
                PartialDate? actual = reader.IsDBNull(6) || reader.IsDBNull(7) ? null : new PartialDate(reader.GetFieldValue<DateOnly>(6), Enum.Parse<DatePrecision>(reader.GetString(7)));
                var actualKnown = actual is { } a && a.End <= day ? actual : null;
                var firstKnown = new[] { dates.FirstOrDefault()?.KnownFrom, actualKnown?.End }.Where(d => d is not null).Min();
                if (firstKnown is null)
                {
                    continue;
                }

                var target = dates.LastOrDefault()?.Target;
                var status = Enum.Parse<MilestoneStatus>(reader.GetString(4));
                result[reader.GetInt32(0)].Add(new MilestoneSummary(
                    id,
                    reader.GetString(2),
                    Enum.Parse<MilestoneKind>(reader.GetString(3)),
                    MilestoneRules.StateOn(day, viewingToday, status, target, actualKnown),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    dates.FirstOrDefault()?.Target,
                    target,
                    actualKnown,
                    actualKnown is null ? null : RawReads.Source(reader, 8),
                    actualKnown is null || reader.IsDBNull(14) ? null : reader.GetString(14),
                    dates,
                    firstKnown.Value));
            }
        }

        foreach (var list in result.Values)
        {
            list.Sort((x, y) => (x.KeyDate?.Start ?? DateOnly.MaxValue).CompareTo(y.KeyDate?.Start ?? DateOnly.MaxValue) is var c and not 0 ? c : x.Id.CompareTo(y.Id));
        }

        return result;
    }
}
