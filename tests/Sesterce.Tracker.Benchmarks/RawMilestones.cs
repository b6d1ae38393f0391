using Microsoft.Data.Sqlite;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Benchmarks;

/// <summary>The milestones of a campus as known on a date, in two hand-written queries.</summary>
internal static class RawMilestones
{
    public static IReadOnlyList<MilestoneSummary> Read(SqliteConnection connection, int campusId, DateOnly day, bool viewingToday)
    {
        var history = new Dictionary<int, List<MilestoneDateRevisionView>>();
        using (var command = RawReads.Command(connection, """
            SELECT d.MilestoneId, d.Id, d.AnnouncedOnStart, d.AnnouncedOnPrecision, d.KnownFrom, d.TargetStart, d.TargetPrecision,
                   s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.Language, d.Quote, d.Reason
            FROM Milestones m JOIN MilestoneDateRevisions d ON d.MilestoneId = m.Id LEFT JOIN Sources s ON s.Id = d.SourceId
            WHERE m.CampusId = $id AND NOT m.IsArchived AND d.KnownFrom <= $day
            ORDER BY d.MilestoneId, d.KnownFrom, d.Id
            """, ("$id", campusId), ("$day", day)))
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

        var result = new List<MilestoneSummary>();
        using (var command = RawReads.Command(connection, """
            SELECT m.Id, m.Title, m.Kind, m.Status, p.Name, m.ActualDateStart, m.ActualDatePrecision,
                   s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.Language, m.ActualQuote
            FROM Milestones m LEFT JOIN Phases p ON p.Id = m.PhaseId LEFT JOIN Sources s ON s.Id = m.ActualSourceId
            WHERE m.CampusId = $id AND NOT m.IsArchived
            """, ("$id", campusId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt32(0);
                var dates = history.GetValueOrDefault(id) ?? [];
                PartialDate? actual = reader.IsDBNull(5) || reader.IsDBNull(6) ? null : new PartialDate(reader.GetFieldValue<DateOnly>(5), Enum.Parse<DatePrecision>(reader.GetString(6)));
                var actualKnown = actual is { } a && a.End <= day ? actual : null;
                var firstKnown = new[] { dates.FirstOrDefault()?.KnownFrom, actualKnown?.End }.Where(d => d is not null).Min();
                if (firstKnown is null)
                {
                    continue;
                }

                var target = dates.LastOrDefault()?.Target;
                var status = Enum.Parse<MilestoneStatus>(reader.GetString(3));
                result.Add(new MilestoneSummary(
                    id,
                    reader.GetString(1),
                    Enum.Parse<MilestoneKind>(reader.GetString(2)),
                    MilestoneRules.StateOn(day, viewingToday, status, target, actualKnown),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    dates.FirstOrDefault()?.Target,
                    target,
                    actualKnown,
                    actualKnown is null ? null : RawReads.Source(reader, 7),
                    actualKnown is null || reader.IsDBNull(13) ? null : reader.GetString(13),
                    dates,
                    firstKnown.Value));
            }
        }

        return [.. result.OrderBy(m => m.KeyDate?.Start ?? DateOnly.MaxValue).ThenBy(m => m.Id)];
    }
}
