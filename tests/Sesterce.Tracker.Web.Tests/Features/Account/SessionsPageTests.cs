using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Features.Account;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Account;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Account;

/// <summary>The sessions page against the real session store on a migrated in-memory SQLite database.</summary>
public class SessionsPageTests : TrackerComponentTest
{
    private const string Firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1";
    private const string Edge = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36 Edg/140.0";
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider _clock = new(TrackerWebFactory.Today);
    private string _current = "";
    private string _userId = "";

    public SessionsPageTests()
    {
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddTrackerCore(options => options.UseSqlite(_connection));
    }

    private SessionStore Store => Services.GetRequiredService<SessionStore>();

    public override async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var admin = await Services.GetRequiredService<AdminBootstrap>().CreateFirstAdminAsync("chief@sesterce.example", "Chief", "violet-harbour-lantern");
        _userId = admin.UserId!;
        _current = await Store.StartAsync(_userId, Firefox, "192.0.2.1");
        _clock.Advance(TimeSpan.FromMinutes(5));
        await Store.StartAsync(_userId, IPhone, "198.51.100.7");
        _clock.Advance(TimeSpan.FromMinutes(5));
        await Store.StartAsync(_userId, Edge, "203.0.113.9");
        DefaultCaller.Current = new Caller(_userId, "Chief", TrackerRoles.Admin);
        Authorization.SetClaims(new Claim(SessionCookie.SessionIdClaim, _current));
    }

    protected override async Task DisposeCoreAsync() => await _connection.DisposeAsync();

    private IRenderedComponent<SessionsPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        var cut = Render<SessionsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=sessions-table], [data-testid=sessions-empty]")));
        return cut;
    }

    [Fact]
    public void EachActiveSessionShowsItsDeviceAndAddressAndTheCurrentOneIsMarked()
    {
        var cut = RenderPage();

        var rows = cut.FindAll("[data-testid=session-row]");
        Assert.Equal(3, rows.Count);
        var current = Assert.Single(rows, r => r.GetAttribute("data-current") == "true");
        Assert.Contains("Firefox on Windows", current.TextContent, StringComparison.Ordinal);
        Assert.Contains("This session", current.TextContent, StringComparison.Ordinal);
        Assert.Contains("192.0.2.1", current.TextContent, StringComparison.Ordinal);
        Assert.Empty(current.QuerySelectorAll("[data-testid=end-session]"));
        Assert.Contains(rows, r => r.TextContent.Contains("Safari on iOS", StringComparison.Ordinal) && r.TextContent.Contains("198.51.100.7", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.TextContent.Contains("Edge on Linux", StringComparison.Ordinal));
        Assert.Equal(2, cut.FindAll("[data-testid=end-session]").Count);
    }

    [Fact]
    public async Task EndOnARowEndsThatSessionOnly()
    {
        var cut = RenderPage();
        var phone = cut.FindAll("[data-testid=session-row]").Single(r => r.TextContent.Contains("iOS", StringComparison.Ordinal));

        await cut.InvokeAsync(() => phone.QuerySelector("[data-testid=end-session]")!.Click());

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=session-row]").Count));
        Assert.DoesNotContain(cut.FindAll("[data-testid=session-row]"), r => r.TextContent.Contains("iOS", StringComparison.Ordinal));
        Assert.Equal(2, (await Store.ListActiveAsync(_userId)).Count);
    }

    [Fact]
    public async Task EndAllOtherSessionsLeavesOnlyThisOne()
    {
        var cut = RenderPage();

        await cut.InvokeAsync(() => cut.Find("[data-testid=end-other-sessions]").Click());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=session-row]")));
        Assert.Empty(cut.FindAll("[data-testid=end-other-sessions]"));
        Assert.Equal([_current], (await Store.ListActiveAsync(_userId)).Select(s => s.Id));
    }

    [Fact]
    public void InFrenchTheDeviceAndHeadingsAreTranslated()
    {
        UseCulture("fr");

        var cut = RenderPage();

        Assert.Contains("Sessions actives", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Firefox sur Windows", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Cette session", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void DeviceTextReadsCommonUserAgentsAndSaysWhenItCannot()
    {
        Assert.Equal(("Chrome", "Android"), DeviceText.Parse("Mozilla/5.0 (Linux; Android 15) AppleWebKit/537.36 Chrome/140.0 Mobile Safari/537.36"));
        Assert.Equal(("Safari", "macOS"), DeviceText.Parse("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15"));
        Assert.Equal(((string?)null, (string?)null), DeviceText.Parse(null));
        Assert.Equal(((string?)null, "Linux"), DeviceText.Parse("curl-like (Linux)"));
    }
}
