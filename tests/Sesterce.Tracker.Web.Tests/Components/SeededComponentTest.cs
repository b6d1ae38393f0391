using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Features.Changes;

namespace Sesterce.Tracker.Web.Tests.Components;

/// <summary>
/// Pages against the real services on a migrated, seeded in-memory SQLite database, the clock on
/// <see cref="TrackerWebFactory.Today"/>, as an admin. Two contexts can share one database and one
/// change notifier to act as two circuits of one server.
/// </summary>
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

    /// <summary>Query parameters reach a page through the navigation manager, as in the browser.</summary>
    protected void NavigateTo(string uri) => Services.GetRequiredService<NavigationManager>().NavigateTo(uri);

    protected async Task<int> FirstSourceIdAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        return await db.Sources.Select(s => s.Id).FirstAsync();
    }

    /// <summary>Types into a form field found by its test id, whether the id sits on the input or on its MudBlazor wrapper.</summary>
    protected static void Type<TComponent>(IRenderedComponent<TComponent> cut, string testId, string value)
        where TComponent : IComponent =>
        cut.Find($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").Change(value);

    /// <summary>Reads the store directly, to check what a form really saved (or that it saved nothing).</summary>
    protected async Task<T> QueryAsync<T>(Func<TrackerDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}
