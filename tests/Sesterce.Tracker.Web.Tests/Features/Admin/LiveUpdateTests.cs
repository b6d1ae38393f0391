using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Changes;
using Sesterce.Tracker.Web.Features.Dashboard;
using Sesterce.Tracker.Web.Features.Timeline;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

/// <summary>
/// Two circuits on one server: an admin's write in one shows in the other's open pages without a
/// reload. Each circuit is its own bUnit context sharing the database and the change notifier.
/// </summary>
public sealed class LiveUpdateTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly InProcessChangeNotifier _notifier = new();
    private Circuit? _admin;
    private Circuit? _viewer;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _admin = new Circuit(_connection, _notifier);
        _viewer = new Circuit(_connection, _notifier);
        await _admin.Services.GetRequiredService<Core.Data.DatabaseInitializer>().InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await (_admin?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (_viewer?.DisposeAsync() ?? ValueTask.CompletedTask);
        await _connection.DisposeAsync();
    }

    // The bUnit contexts only dispose asynchronously (above); this covers the connection if xUnit disposes synchronously too.
    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task AMovedMilestoneShowsOnAnotherUsersOpenTimeline()
    {
        _viewer!.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/campuses/alixan/timeline");
        var timeline = _viewer.Render<TimelinePage>(p => p.Add(c => c.Slug, "alixan"));
        timeline.WaitForAssertion(() => Assert.Contains("Dec 2026", timeline.Find("[data-testid=milestone-table]").TextContent, StringComparison.Ordinal));

        var admin = _admin!.Services.GetRequiredService<MilestoneAdminService>();
        var id = (await admin.ListAsync("alixan"))!.Single(m => m.Title == "Phase 1 commissioning").Id;
        var edit = (await admin.GetForEditAsync(id))!;
        var claim = new ClaimInput("2026-11-20", ClaimStatus.OfficialAnnouncement, [new CitationInput(await _admin.FirstSourceIdAsync(), null)], "Grid connection delayed.");
        var result = await admin.AddDateClaimAsync(id, MilestoneDateKind.Target, new DateClaimInput("2027-03", claim), edit.Version);
        Assert.True(result.Succeeded);

        timeline.WaitForAssertion(() => Assert.Contains("+3 months", timeline.Find("[data-testid=milestone-table]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ANewRevisionUpdatesAnotherUsersOpenDashboard()
    {
        var dashboard = _viewer!.Render<DashboardPage>(p => p.Add(c => c.Slug, "alixan"));
        dashboard.WaitForAssertion(() => Assert.Equal("80 MW", dashboard.FindAll("[data-testid=figure-value]")[1].TextContent.Trim()));

        var figures = _admin!.Services.GetRequiredService<FigureAdminService>();
        var claim = new ClaimInput("2026-11-20", ClaimStatus.OfficialAnnouncement, [new CitationInput(await _admin.FirstSourceIdAsync(), null)], null);
        var input = new RevisionInput(96, null, null, FigureQualifier.Exact, claim);
        Assert.True((await figures.AddRevisionAsync("alixan", "power", input)).Succeeded);

        dashboard.WaitForAssertion(() => Assert.Equal("96 MW", dashboard.FindAll("[data-testid=figure-value]")[1].TextContent.Trim()), TimeSpan.FromSeconds(1));
    }

    private sealed class Circuit(SqliteConnection connection, IChangeNotifier notifier) : SeededComponentTest(connection, notifier)
    {
        public new Task<int> FirstSourceIdAsync() => base.FirstSourceIdAsync();
    }
}
