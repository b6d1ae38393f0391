using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Data;

namespace Sesterce.Tracker.Web.Tests.Components;

/// <summary>Pages against the real services on a migrated, seeded in-memory SQLite database, the clock on <see cref="TrackerWebFactory.Today"/>.</summary>
public abstract class SeededComponentTest : TrackerComponentTest
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    protected SeededComponentTest()
    {
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TrackerWebFactory.Today));
        Services.AddTrackerCore(options => options.UseSqlite(_connection));
    }

    protected SqliteConnection Connection => _connection;

    public override async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    protected override async Task DisposeCoreAsync() => await _connection.DisposeAsync();

    /// <summary>Query parameters reach a page through the navigation manager, as in the browser.</summary>
    protected void NavigateTo(string uri) => Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
}
