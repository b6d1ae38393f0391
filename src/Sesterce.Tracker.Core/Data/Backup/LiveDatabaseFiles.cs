namespace Sesterce.Tracker.Core.Data.Backup;

/// <summary>
/// The live database's file and the companions SQLite keeps beside it. An operator command that
/// writes a file must never write one of these: an export to the live path once replaced the
/// database with JSON. Paths are compared after full normalisation: relative parts resolved,
/// symbolic links followed (of the file and of every folder above it), and case ignored where the
/// file system ignores it.
/// </summary>
public static class LiveDatabaseFiles
{
    /// <summary>The suffixes of SQLite's companion files: write-ahead log, its shared memory, the rollback journal.</summary>
    public static readonly IReadOnlyList<string> CompanionSuffixes = ["-wal", "-shm", "-journal"];

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The live file and its companions, each normalised.</summary>
    public static IEnumerable<string> Of(string liveFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(liveFile);
        var live = Normalise(liveFile);
        yield return live;
        foreach (var suffix in CompanionSuffixes)
        {
            yield return live + suffix;
        }
    }

    /// <summary>True when <paramref name="candidate"/> names the live database or one of its companions, by any route.</summary>
    public static bool IsLive(string candidate, string liveFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidate);
        var target = Normalise(candidate);
        // The companions are compared through the live file's resolved name as well as its own
        // (a link to tracker.db does not make tracker.db-wal a link), so both spellings count.
        var plainLive = Path.GetFullPath(liveFile);
        return Of(liveFile).Concat(CompanionSuffixes.Prepend("").Select(s => Normalise(plainLive + s)))
            .Any(live => string.Equals(live, target, PathComparison));
    }

    /// <summary>
    /// The absolute path with every symbolic link on the way resolved. The file itself may not exist
    /// yet (a new export); then its folder is resolved and its name kept.
    /// </summary>
    public static string Normalise(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var file = new FileInfo(full);
        if (file.Exists && file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            return Normalise(target.FullName);
        }

        var directory = file.Directory;
        return directory is null ? full : Path.Combine(ResolveDirectory(directory), file.Name);
    }

    private static string ResolveDirectory(DirectoryInfo directory)
    {
        if (directory.Parent is null)
        {
            return directory.FullName;
        }

        var parent = ResolveDirectory(directory.Parent);
        var here = new DirectoryInfo(Path.Combine(parent, directory.Name));
        if (here.Exists && here.LinkTarget is not null && here.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            return ResolveDirectory(new DirectoryInfo(target.FullName));
        }

        return here.FullName;
    }
}
