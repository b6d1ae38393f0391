using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Features.Changes;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

/// <summary>Components against the real services on a migrated, seeded in-memory database, as an admin.</summary>
public abstract class SeededComponentTest : TrackerComponentTest
{
    protected SeededComponentTest(SqliteConnection? sharedConnection = null, IChangeNotifier? sharedNotifier = null)
    {
        Connection = sharedConnection ?? new SqliteConnection("Data Source=:memory:");
        OwnsConnection = sharedConnection is null;
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TrackerWebFactory.Today));
        if (sharedNotifier is not null)
        {
            Services.AddSingleton(sharedNotifier);
        }

        Services.AddTrackerCore(options => options.UseSqlite(Connection));
    }

    protected SqliteConnection Connection { get; }

    protected bool OwnsConnection { get; }

    protected FixedCaller Caller => DefaultCaller;

    public override async Task InitializeAsync()
    {
        if (OwnsConnection)
        {
            await Connection.OpenAsync();
            await Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        }
    }

    protected override async Task DisposeCoreAsync()
    {
        if (OwnsConnection)
        {
            await Connection.DisposeAsync();
        }
    }

    protected async Task<int> FirstSourceIdAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        return await db.Sources.Select(s => s.Id).FirstAsync();
    }
}
