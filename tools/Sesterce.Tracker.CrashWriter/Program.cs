using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Identity;

// Usage: Sesterce.Tracker.CrashWriter DATABASE TAG
// Writes figure revisions and milestone target claims through the admin services, one after the
// other, each citing a source with the tag as its quote (the claim's note too), and prints
// "ack KIND TAG-N" only once SaveChanges has returned: every line it printed is a write the app
// would have confirmed to its user. It runs until it is killed.
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("Usage: Sesterce.Tracker.CrashWriter DATABASE TAG");
    return 2;
}

var services = new ServiceCollection();
services.AddLogging();
services.AddSingleton<ICallerAccessor>(new CrashCaller());
services.AddTrackerCore($"Data Source={args[0]}");
await using var provider = services.BuildServiceProvider();
await using var scope = provider.CreateAsyncScope();
var figures = scope.ServiceProvider.GetRequiredService<FigureAdminService>();
var milestones = scope.ServiceProvider.GetRequiredService<MilestoneAdminService>();

int sourceId, milestoneId;
await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync())
{
    sourceId = await db.Sources.Select(s => s.Id).FirstAsync();
    milestoneId = await db.Milestones.Select(m => m.Id).FirstAsync();
}

var version = (await milestones.GetForEditAsync(milestoneId))!.Version;
// Console.Out flushes every line: the parent sees an acknowledgement as soon as it is written.
var stdout = Console.Out;
for (var n = 0; ; n++)
{
    var tag = $"{args[1]}-{n}";
    if (n % 2 == 0)
    {
        var claim = new ClaimInput("2025-12-01", ClaimStatus.PressReport, [new CitationInput(sourceId, tag)], null);
        var revision = await figures.AddRevisionAsync("alixan", "jobs", new RevisionInput(n, null, null, FigureQualifier.Exact, claim));
        if (!revision.Succeeded)
        {
            await Console.Error.WriteLineAsync($"Revision {tag} refused: {string.Join(", ", revision.Errors.Select(e => e.Code))}");
            return 1;
        }

        await stdout.WriteLineAsync($"ack revision {tag}");
    }
    else
    {
        var claim = new ClaimInput("2025-12-01", ClaimStatus.OfficialAnnouncement, [new CitationInput(sourceId, tag)], tag);
        var moved = await milestones.AddDateClaimAsync(milestoneId, MilestoneDateKind.Target, new DateClaimInput($"{2027 + (n % 50)}-06", claim), version);
        if (!moved.Succeeded)
        {
            await Console.Error.WriteLineAsync($"Move {tag} refused: {string.Join(", ", moved.Errors.Select(e => e.Code))}");
            return 1;
        }

        version = moved.Version!.Value;
        await stdout.WriteLineAsync($"ack move {tag}");
    }
}

internal sealed class CrashCaller : ICallerAccessor
{
    private static readonly Caller Writer = new("crash-writer", "crash writer", TrackerRoles.Admin);

    public ValueTask<Caller> GetCallerAsync() => ValueTask.FromResult(Writer);
}
