using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using Sesterce.Tracker.Core;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Features.Users;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Users;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Users;

/// <summary>The users page against the real user service on a migrated in-memory SQLite database.</summary>
public class UsersPageTests : TrackerComponentTest
{
    private const string Password = "violet-harbour-lantern";
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly SettableCaller _caller = new();

    public UsersPageTests()
    {
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TrackerWebFactory.Today));
        Services.AddTrackerCore(options => options.UseSqlite(_connection));
        Services.AddSingleton<ICallerAccessor>(_caller);
    }

    public override async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var admin = await Services.GetRequiredService<AdminBootstrap>().CreateFirstAdminAsync("chief@sesterce.example", "Chief", Password);
        _caller.Caller = new Caller(admin.UserId, "Chief", TrackerRoles.Admin);
        Authorization.SetAuthorized("chief@sesterce.example");
        Authorization.SetRoles(TrackerRoles.Admin);
    }

    protected override async Task DisposeCoreAsync() => await _connection.DisposeAsync();

    private IRenderedComponent<UsersPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        var cut = Render<UsersPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=users-table], [data-testid=users-errors]")));
        return cut;
    }

    [Fact]
    public async Task AdminsSeeEveryUserWithTheirState()
    {
        var users = Services.GetRequiredService<UserAdminService>();
        var pm = await users.CreateAsync(new NewUser("pm@sesterce.example", "Project Manager", TrackerRoles.Viewer, Password));
        await users.SetDisabledAsync(pm.UserId!, true);

        var cut = RenderPage();

        Assert.Equal(2, cut.FindAll("tbody tr").Count);
        Assert.Equal(["Active", "Disabled"], cut.FindAll("[data-testid=user-state]").Select(c => c.TextContent.Trim()));
        Assert.Equal(["Disable", "Enable"], cut.FindAll("[data-testid=toggle-disabled]").Select(b => b.TextContent.Trim()));
    }

    [Fact]
    public async Task DisablingTheLastAdminIsRefusedWithTheReason()
    {
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderPage();

        await cut.InvokeAsync(() => cut.Find("[data-testid=toggle-disabled]").Click());
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll(".mud-dialog")));
        var confirm = dialogs.Find(".mud-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Disable");
        await cut.InvokeAsync(() => confirm.Click());

        cut.WaitForAssertion(() => Assert.Contains("last active administrator", cut.Find("[data-testid=users-errors]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Active", cut.Find("[data-testid=user-state]").TextContent.Trim());
    }

    [Fact]
    public void TheFormCreatesAUserWhoAppearsInTheList()
    {
        var cut = RenderPage();

        cut.Find("input[data-testid=new-user-email]").Change("analyst@sesterce.example");
        cut.Find("input[data-testid=new-user-name]").Change("Analyst");
        cut.Find("input[data-testid=new-user-password]").Change(Password);
        cut.Find("[data-testid=new-user-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));
        Assert.Contains("analyst@sesterce.example", cut.Find("[data-testid=users-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AWeakPasswordIsRefusedByTheServiceAndExplained()
    {
        var cut = RenderPage();

        cut.Find("input[data-testid=new-user-email]").Change("analyst@sesterce.example");
        cut.Find("input[data-testid=new-user-name]").Change("Analyst");
        cut.Find("input[data-testid=new-user-password]").Change("iloveyou");
        cut.Find("[data-testid=new-user-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains("one of the most common", cut.Find("[data-testid=new-user-errors]").TextContent, StringComparison.Ordinal));
        Assert.Single(cut.FindAll("tbody tr"));
    }

    [Fact]
    public async Task EndSessionsAsksFirstThenSignsTheUserOutEverywhere()
    {
        var users = Services.GetRequiredService<UserAdminService>();
        var pm = await users.CreateAsync(new NewUser("pm@sesterce.example", "Project Manager", TrackerRoles.Viewer, Password));
        var sessions = Services.GetRequiredService<Core.Features.Account.SessionStore>();
        await sessions.StartAsync(pm.UserId!, null, null);
        await sessions.StartAsync(pm.UserId!, null, null);
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderPage();
        var row = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("pm@sesterce.example", StringComparison.Ordinal));

        await cut.InvokeAsync(() => row.QuerySelector("[data-testid=end-user-sessions]")!.Click());
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll(".mud-dialog")));
        var dialog = dialogs.Find(".mud-dialog");
        Assert.Contains("End every session of Project Manager?", dialog.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await sessions.ListActiveAsync(pm.UserId!)).Count);
        var confirm = dialog.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "End sessions");
        await cut.InvokeAsync(() => confirm.Click());

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=end-user-sessions]").HasAttribute("disabled")));
        Assert.Empty(await sessions.ListActiveAsync(pm.UserId!));
    }

    [Fact]
    public void AServiceCallByANonAdminIsRefusedEvenIfThePageRenders()
    {
        _caller.Caller = new Caller("viewer", "Viewer", TrackerRoles.Viewer);

        var cut = RenderPage();

        Assert.Contains("Only administrators can manage users.", cut.Find("[data-testid=users-errors]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("tbody tr"));
    }

    private async Task<(IRenderedComponent<UsersPage> Page, IRenderedComponent<MudPopoverProvider> Popovers, IRenderedComponent<MudDialogProvider> Dialogs, string UserId)> RenderWithViewerAsync()
    {
        var pm = await Services.GetRequiredService<UserAdminService>().CreateAsync(new NewUser("pm@sesterce.example", "Project Manager", TrackerRoles.Viewer, Password));
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<UsersPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));
        return (cut, popovers, dialogs, pm.UserId!);
    }

    private static AngleSharp.Dom.IElement RowOf(IRenderedComponent<UsersPage> cut, string email) =>
        cut.FindAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));

    private async Task<string> RoleOfAsync(string userId) =>
        (await Services.GetRequiredService<UserAdminService>().ListAsync()).Users.Single(u => u.Id == userId).Role ?? "";

    private static async Task ChooseRoleAsync(IRenderedComponent<UsersPage> cut, IRenderedComponent<MudPopoverProvider> popovers, string email, string role)
    {
        var select = RowOf(cut, email).QuerySelector("[data-testid=role-select]")!.Closest("div.mud-select")!;
        await cut.InvokeAsync(() => select.MouseDown());
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == role));
        var item = popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == role);
        await cut.InvokeAsync(() => item.Click());
    }

    [Fact]
    public async Task GrantingTheAdministratorRoleAsksFirstAndCancellingKeepsTheRole()
    {
        var (cut, popovers, dialogs, pm) = await RenderWithViewerAsync();

        await ChooseRoleAsync(cut, popovers, "pm@sesterce.example", "Administrator");

        dialogs.WaitForAssertion(() => Assert.Contains("Make Project Manager an administrator?", dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        Assert.Equal(TrackerRoles.Viewer, await RoleOfAsync(pm));
        var cancel = dialogs.Find(".mud-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Cancel");
        await cut.InvokeAsync(() => cancel.Click());

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        Assert.Equal(TrackerRoles.Viewer, await RoleOfAsync(pm));
        cut.WaitForAssertion(() => Assert.DoesNotContain("Administrator", RowOf(cut, "pm@sesterce.example").QuerySelector("[data-testid=role-select] input, input[data-testid=role-select]")?.GetAttribute("value") ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GrantingTheAdministratorRoleIsSavedOnceConfirmed()
    {
        var (cut, popovers, dialogs, pm) = await RenderWithViewerAsync();

        await ChooseRoleAsync(cut, popovers, "pm@sesterce.example", "Administrator");
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll(".mud-dialog")));
        var confirm = dialogs.Find(".mud-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Make administrator");
        await cut.InvokeAsync(() => confirm.Click());

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        cut.WaitForAssertion(() => Assert.Equal(TrackerRoles.Admin, RoleOfAsync(pm).GetAwaiter().GetResult()));
        cut.WaitForAssertion(() => Assert.Contains("row-changed", RowOf(cut, "pm@sesterce.example").ClassName ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DisablingAUserAsksFirstAndCancellingChangesNothing()
    {
        var (cut, _, dialogs, pm) = await RenderWithViewerAsync();
        var toggle = RowOf(cut, "pm@sesterce.example").QuerySelector("[data-testid=toggle-disabled]")!;

        await cut.InvokeAsync(() => toggle.Click());

        dialogs.WaitForAssertion(() => Assert.Contains("Disable Project Manager?", dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        var cancel = dialogs.Find(".mud-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Cancel");
        await cut.InvokeAsync(() => cancel.Click());
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        Assert.False((await Services.GetRequiredService<UserAdminService>().ListAsync()).Users.Single(u => u.Id == pm).IsDisabled);
        Assert.Equal("Active", RowOf(cut, "pm@sesterce.example").QuerySelector("[data-testid=user-state]")!.TextContent.Trim());
    }

    private sealed class SettableCaller : ICallerAccessor
    {
        public Caller Caller { get; set; } = Caller.Anonymous;

        public ValueTask<Caller> GetCallerAsync() => ValueTask.FromResult(Caller);
    }

    [Fact]
    public async Task AnAdminResetsAPasswordAndSeesTheGeneratedOneOnce()
    {
        var users = Services.GetRequiredService<UserAdminService>();
        var pm = await users.CreateAsync(new NewUser("pm@sesterce.example", "Project Manager", TrackerRoles.Viewer, Password));
        var cut = RenderPage();

        cut.FindAll("[data-testid=reset-password]")[1].Click();
        cut.WaitForElement("[data-testid=reset-password-submit]").Click();

        var shown = cut.WaitForElement("[data-testid=temporary-password]").TextContent;
        Assert.Matches("^[a-z2-9]{4}(-[a-z2-9]{4}){3}$", shown);
        Assert.True((await users.ListAsync()).Users.Single(u => u.Id == pm.UserId).MustChangePassword);
    }

    [Fact]
    public async Task AThrottledUserShowsSlowedDownAndTheAdminUnlocksThem()
    {
        var users = Services.GetRequiredService<UserAdminService>();
        var pm = await users.CreateAsync(new NewUser("pm@sesterce.example", "Project Manager", TrackerRoles.Viewer, Password));
        await using (var scope = Services.CreateAsyncScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Core.Domain.TrackerUser>>();
            var user = (await manager.FindByIdAsync(pm.UserId!))!;
            for (var i = 0; i < 5; i++)
            {
                SignInThrottle.RecordFailure(user, TrackerWebFactory.Today);
            }

            await manager.UpdateAsync(user);
        }

        var cut = RenderPage();
        Assert.Contains("Slowed down", cut.FindAll("[data-testid=user-state]").Select(c => c.TextContent.Trim()));

        cut.Find("[data-testid=unlock-user]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=unlock-user]")));
        Assert.Equal(["Active", "Active"], cut.FindAll("[data-testid=user-state]").Select(c => c.TextContent.Trim()));
    }
}
