using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Account;
using Sesterce.Tracker.Core.Features.Audit;

namespace Sesterce.Tracker.Core.Tests.Features.Account;

public class SessionStoreTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private SessionStore Store => db.Get<SessionStore>();

    private async Task<string> UserAsync(string email)
    {
        await using var scope = db.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var user = new TrackerUser { UserName = email, Email = email, DisplayName = email };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        return user.Id;
    }

    private async Task<List<AuditEntry>> AccessEntriesAsync(string userId)
    {
        await using var context = db.CreateContext();
        return await context.AuditEntries.AsNoTracking().Where(a => a.EntityType == AccessAudit.EntityType && a.UserId == userId).OrderBy(a => a.Id).ToListAsync();
    }

    [Fact]
    public async Task ASessionIdIsSixtyFourHexCharactersAndNeverRepeats()
    {
        var userId = await UserAsync("ids@example.test");

        var first = await Store.StartAsync(userId, "agent", "192.0.2.1");
        var second = await Store.StartAsync(userId, "agent", "192.0.2.1");

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.NotEqual(first, second);
        Assert.True(await Store.IsActiveAsync(first));
    }

    [Fact]
    public async Task EndingIsAuditedOnceWithWhoAndWhyAndAnUnknownOrEndedSessionIsNotActive()
    {
        var userId = await UserAsync("ended@example.test");
        var id = await Store.StartAsync(userId, null, null);

        Assert.True(await Store.EndAsync(id, SessionEndReasons.EndedByAdmin, new SessionActor("user-alice", "alice@example.test", "198.51.100.1")));
        Assert.False(await Store.EndAsync(id, SessionEndReasons.EndedByAdmin));

        Assert.False(await Store.IsActiveAsync(id));
        Assert.Equal(SessionState.Ended, await Store.CheckAsync(id, userId));
        Assert.Equal(SessionState.Missing, await Store.CheckAsync(id, "someone-else"));
        Assert.False(await Store.IsActiveAsync("no-such-session"));
        var entry = Assert.Single(await AccessEntriesAsync(userId));
        Assert.Equal("SessionEnded", entry.Action);
        Assert.Equal("ended@example.test", entry.UserName);
        Assert.Equal("198.51.100.1", entry.ClientAddress);
        Assert.Equal($"Session {id[..8]} ended by alice@example.test: EndedByAdmin", entry.Summary);
        Assert.DoesNotContain(id, entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndAllKeepsTheExceptedSessionAndCountsTheRest()
    {
        var userId = await UserAsync("all@example.test");
        var kept = await Store.StartAsync(userId, null, null);
        await Store.StartAsync(userId, null, null);
        await Store.StartAsync(userId, null, null);

        var ended = await Store.EndAllAsync(userId, SessionEndReasons.PasswordChanged, kept);

        Assert.Equal(2, ended);
        Assert.Equal([kept], (await Store.ListActiveAsync(userId)).Select(s => s.Id));
        Assert.All((await AccessEntriesAsync(userId)), e => Assert.EndsWith(": PasswordChanged", e.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASessionExpiresAtItsAbsoluteEndAndLastSeenMovesAtMostOnceAMinute()
    {
        var userId = await UserAsync("expires@example.test");
        var id = await Store.StartAsync(userId, null, null);
        var started = db.Clock.GetUtcNow();

        db.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(SessionState.Active, await Store.CheckAsync(id, userId, touch: true));
        Assert.Equal(started, (await Store.ListActiveAsync(userId)).Single().LastSeenAt);
        db.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(SessionState.Active, await Store.CheckAsync(id, userId, touch: true));
        Assert.Equal(started.AddSeconds(61), (await Store.ListActiveAsync(userId)).Single().LastSeenAt);

        db.Clock.Advance(TimeSpan.FromHours(12));

        Assert.Equal(SessionState.Expired, await Store.CheckAsync(id, userId));
        Assert.Empty(await Store.ListActiveAsync(userId));
        Assert.EndsWith(": Expired", Assert.Single(await AccessEntriesAsync(userId)).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAnAdminEndsAnotherUsersSessionsAndAUserEndsOnlyTheirOwn()
    {
        var userId = await UserAsync("guarded@example.test");
        var id = await Store.StartAsync(userId, null, null);

        Assert.Null(await Store.EndAllOfUserAsync(TestCallers.Viewer, userId, null));
        Assert.False(await Store.EndOwnAsync(TestCallers.Viewer, id, null));
        Assert.True(await Store.IsActiveAsync(id));

        Assert.Equal(1, await Store.EndAllOfUserAsync(TestCallers.Admin, userId, null));
        Assert.False(await Store.IsActiveAsync(id));
    }

    [Fact]
    public async Task TheAuditFiltersAccessEventsFromRecordChanges()
    {
        var userId = await UserAsync("kinds@example.test");
        await db.Get<AccessAudit>().RecordAsync(new AccessRecord(AccessEvent.AccessDenied, userId, "kinds@example.test", "203.0.113.5", "GET /admin"));
        await using (var context = db.CreateContext())
        {
            context.AuditEntries.Add(TrackerDatabase.TestAudit("kinds record"));
            await context.SaveChangesAsync();
        }

        var audit = db.Get<AuditService>();
        var access = await audit.QueryAsync(new AuditFilter(Kind: AuditKind.Access));
        var records = await audit.QueryAsync(new AuditFilter(Kind: AuditKind.Records));

        Assert.All(access!.Entries, e => Assert.Equal(AccessAudit.EntityType, e.EntityType));
        Assert.Contains(access.Entries, e => e.ClientAddress == "203.0.113.5" && e.Summary == "GET /admin");
        Assert.DoesNotContain(records!.Entries, e => e.EntityType == AccessAudit.EntityType);
        Assert.Contains(records.Entries, e => e.Summary == "kinds record");
    }
}
