using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Data;

namespace Sesterce.Tracker.Web.Tests.Hosting;

/// <summary>Where a test app keeps its live database, and the ways of spelling that path an operator might type.</summary>
internal static class LiveDatabase
{
    public static string FileOf(TrackerWebFactory factory)
    {
        factory.CreateClient().Dispose();
        using var db = factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContext();
        return Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
    }

    /// <summary>The live file, its companions, a detour through "..", and a symbolic link to its folder made in <paramref name="scratch"/>.</summary>
    public static IEnumerable<string> Spellings(string live, string scratch)
    {
        var folder = Path.GetDirectoryName(live)!;
        var name = Path.GetFileName(live);
        yield return live;
        yield return live + "-wal";
        yield return live + "-shm";
        yield return live + "-journal";
        yield return Path.Combine(folder, "..", Path.GetFileName(folder), name);
        yield return Path.GetRelativePath(Environment.CurrentDirectory, live);
        var link = Path.Combine(scratch, "link-to-data");
        if (!Directory.Exists(link))
        {
            Directory.CreateSymbolicLink(link, folder);
        }

        yield return Path.Combine(link, name);
        yield return Path.Combine(link, name + "-wal");
    }
}
