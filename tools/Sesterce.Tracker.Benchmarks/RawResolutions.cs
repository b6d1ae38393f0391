using Microsoft.Data.Sqlite;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Benchmarks;

/// <summary>The admins' conflict resolutions known on a day for the claims a page reads, with their sources, in two hand-written queries.</summary>
internal static class RawResolutions
{
    /// <summary>
    /// The resolutions of the claims in <paramref name="claimIds"/> (a SELECT of the claim ids the page
    /// reads, its own parameters among <paramref name="parameters"/>) named by <paramref name="claimColumn"/>
    /// ("FigureRevisionId" or "MilestoneDateRevisionId"), known on <paramref name="day"/>.
    /// </summary>
    public static IReadOnlyList<ResolutionView> Read(SqliteConnection connection, string claimColumn, string claimIds, DateOnly day, params (string Name, object? Value)[] parameters)
    {
        var known = $"FROM ConflictResolutions x WHERE x.{claimColumn} IN ({claimIds}) AND x.KnownFrom <= $day";
        var citations = new List<(int Owner, CitationView Citation)>();
        using (var command = RawReads.Command(connection, $"""
            SELECT c.ConflictResolutionId, c.Quote, s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.PublishedOnPrecision, s.Language, s.Visibility
            FROM Citations c JOIN Sources s ON s.Id = c.SourceId
            WHERE c.ConflictResolutionId IN (SELECT x.Id {known})
            ORDER BY c."Order", c.Id
            """, [("$day", day), .. parameters]))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                citations.Add((reader.GetInt32(0), new CitationView(
                    new SourceRef(reader.GetInt32(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), RawReads.Partial(reader, 6), reader.GetString(8)) { Visibility = (Visibility)reader.GetInt32(9) },
                    reader.IsDBNull(1) ? null : reader.GetString(1))));
            }
        }

        var sources = citations.ToLookup(c => c.Owner, c => c.Citation);
        var list = new List<ResolutionView>();
        using (var command = RawReads.Command(connection, $"""
            SELECT x.Id, x.{claimColumn}, x.Kind, x.AnnouncedOnStart, x.AnnouncedOnPrecision, x.KnownFrom, x.Status, x.Reason, x.CorrectsRevisionId, x.Visibility
            {known} ORDER BY x.KnownFrom, x.Id
            """, [("$day", day), .. parameters]))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt32(0);
                list.Add(new ResolutionView(
                    id,
                    reader.GetInt32(1),
                    Enum.Parse<ConflictResolutionKind>(reader.GetString(2)),
                    RawReads.Partial(reader, 3)!.Value,
                    reader.GetFieldValue<DateOnly>(5),
                    Enum.Parse<ClaimStatus>(reader.GetString(6)),
                    [.. sources[id]],
                    reader.IsDBNull(7) ? null : reader.GetString(7),
                    reader.IsDBNull(8) ? null : reader.GetInt32(8))
                {
                    Visibility = (Visibility)reader.GetInt32(9),
                });
            }
        }

        return list;
    }
}
