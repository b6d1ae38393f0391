using Microsoft.Data.Sqlite;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Benchmarks;

/// <summary>The milestones of campuses as known on a date, in three hand-written queries: milestones, their date claims, the claims' sources.</summary>
internal static class RawMilestones
{
    public static IReadOnlyList<MilestoneSummary> Read(SqliteConnection connection, int campusId, DateOnly day, bool viewingToday) =>
        Read(connection, [campusId], day, viewingToday)[campusId];

    /// <summary>The milestones of several campuses, by campus, each list ordered by key date (undated last), then id.</summary>
    public static Dictionary<int, List<MilestoneSummary>> Read(SqliteConnection connection, IReadOnlyCollection<int> campusIds, DateOnly day, bool viewingToday)
    {
        var ids = string.Join(",", campusIds);
        var known = $"FROM Milestones m JOIN MilestoneDateRevisions r ON r.MilestoneId = m.Id WHERE m.CampusId IN ({ids}) AND NOT m.IsArchived AND r.KnownFrom <= $day";
        var citations = RawReads.Citations(connection, "MilestoneDateRevisionId", known, day);
        var resolutions = RawResolutions.Read(connection, "MilestoneDateRevisionId", $"SELECT r.Id {known}", day).ToLookup(r => r.ClaimId);
        var claims = new Dictionary<int, List<MilestoneDateRevisionView>>();
        using (var command = RawReads.Command(connection, $"""
            SELECT r.MilestoneId, r.Id, r.Kind, r.TargetStart, r.TargetPrecision, r.AnnouncedOnStart, r.AnnouncedOnPrecision, r.KnownFrom, r.Status, r.Reason, r.CorrectsRevisionId, r.Visibility
            {known} ORDER BY r.MilestoneId, r.KnownFrom, r.Id
            """, ("$day", day)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var milestoneId = reader.GetInt32(0);
                if (!claims.TryGetValue(milestoneId, out var list))
                {
                    claims[milestoneId] = list = [];
                }

                var id = reader.GetInt32(1);
                list.Add(new MilestoneDateRevisionView(
                    id,
                    Enum.Parse<MilestoneDateKind>(reader.GetString(2)),
                    RawReads.Partial(reader, 3),
                    RawReads.Partial(reader, 5)!.Value,
                    reader.GetFieldValue<DateOnly>(7),
                    Enum.Parse<ClaimStatus>(reader.GetString(8)),
                    [.. citations[id]],
                    reader.IsDBNull(9) ? null : reader.GetString(9),
                    reader.IsDBNull(10) ? null : reader.GetInt32(10))
                {
                    Visibility = (Visibility)reader.GetInt32(11),
                });
            }
        }

        var result = campusIds.ToDictionary(id => id, _ => new List<MilestoneSummary>());
        using (var command = RawReads.Command(connection, $"""
            SELECT m.CampusId, m.Id, m.Title, m.Kind, m.Status, m.PhaseId, m.CommissionsPhase, p.Name
            FROM Milestones m LEFT JOIN Phases p ON p.Id = m.PhaseId
            WHERE m.CampusId IN ({ids}) AND NOT m.IsArchived
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                // A milestone is known from its first claim: one with none known yet is not part of the day's view.
                if (claims.GetValueOrDefault(reader.GetInt32(1)) is not { } ofMilestone)
                {
                    continue;
                }

                var dates = MilestoneDates.From(ofMilestone, [.. ofMilestone.SelectMany(c => resolutions[c.Id])]);
                var status = Enum.Parse<MilestoneStatus>(reader.GetString(4));
                result[reader.GetInt32(0)].Add(new MilestoneSummary(
                    reader.GetInt32(1),
                    reader.GetString(2),
                    Enum.Parse<MilestoneKind>(reader.GetString(3)),
                    MilestoneRules.StateOn(day, viewingToday, status, dates.Target?.Date, dates.Reached?.Date),
                    reader.IsDBNull(7) ? null : reader.GetString(7),
                    dates.Baseline,
                    dates.Target,
                    dates.TargetChallenger,
                    dates.Reached,
                    dates.Ledger,
                    ofMilestone.Min(c => c.KnownFrom))
                {
                    PhaseId = reader.IsDBNull(5) ? null : reader.GetInt32(5),
                    CommissionsPhase = reader.GetBoolean(6),
                    Conflicts = dates.Conflicts,
                });
            }
        }

        foreach (var list in result.Values)
        {
            list.Sort((x, y) => (x.KeyDate?.Start ?? DateOnly.MaxValue).CompareTo(y.KeyDate?.Start ?? DateOnly.MaxValue) is var c and not 0 ? c : x.Id.CompareTo(y.Id));
        }

        return result;
    }
}
