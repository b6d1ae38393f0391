using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Features.Calendar;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Users;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Core.Tests.Features.Users;

namespace Sesterce.Tracker.Core.Tests.Features.Calendar;

/// <summary>Against a fresh migrated database per test with one admin and one viewer, each a real Identity user.</summary>
public sealed class CalendarFeedTokenServiceTests : IAsyncLifetime, IDisposable
{
    private readonly TrackerDatabase _db = new();
    private Caller _admin = default!;
    private Caller _viewer = default!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _admin = await _db.FirstAdminAsync();
        var users = _db.UserAdmin(new FixedCaller(_admin));
        var created = await users.CreateAsync(new NewUser("viewer@sesterce.example", "Vera Viewer", TrackerRoles.Viewer, UserTestSupport.StrongPassword));
        Assert.True(created.Succeeded);
        _viewer = new Caller(created.UserId, "Vera Viewer", TrackerRoles.Viewer);
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    public void Dispose() => _db.Dispose();

    private async Task<IssuedCalendarFeed> IssueAsAsync(Caller caller)
    {
        _db.Callers.Current = caller;
        return (await _db.Get<CalendarFeedTokenService>().IssueAsync())!;
    }

    [Fact]
    public async Task OnlyTheTokensHashIsStored()
    {
        var issued = await IssueAsAsync(_viewer);

        await using var context = _db.CreateContext();
        var stored = await context.CalendarFeedTokens.SingleAsync();
        Assert.Equal(CalendarFeedTokenService.TokenLength, issued.Token.Length);
        Assert.Equal(CalendarFeedTokenService.Hash(issued.Token), stored.TokenHash);
        Assert.DoesNotContain(issued.Token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(64, stored.TokenHash.Length);
    }

    [Fact]
    public async Task ATokenStandsForItsOwnerWithTheRoleTheyHold()
    {
        var issued = await IssueAsAsync(_viewer);

        var owner = await _db.Get<CalendarFeedTokenService>().ResolveAsync(issued.Token);

        Assert.NotNull(owner);
        Assert.Equal(_viewer.UserId, owner.UserId);
        Assert.Equal(TrackerRoles.Viewer, owner.Role);
    }

    [Fact]
    public async Task AViewersTokenReadsWithAViewersClearance()
    {
        var issued = await IssueAsAsync(_viewer);
        var owner = (await _db.Get<CalendarFeedTokenService>().ResolveAsync(issued.Token))!;

        _db.Callers.Current = owner;
        var figures = await _db.Get<FigureService>().GetFiguresAsync("alixan");

        Assert.Equal(Sesterce.Tracker.Core.Domain.Visibility.Public, owner.Clearance);
        Assert.DoesNotContain(figures!, f => f.Key == "investment");
    }

    [Fact]
    public async Task ARevokedTokenResolvesToNobodyAndTheRevocationIsAudited()
    {
        var issued = await IssueAsAsync(_viewer);
        var service = _db.Get<CalendarFeedTokenService>();

        Assert.True(await service.RevokeAsync());

        Assert.Null(await service.ResolveAsync(issued.Token));
        Assert.Null(await service.StatusAsync());
        await using var context = _db.CreateContext();
        var actions = await context.AuditEntries.Where(e => e.EntityType == CalendarFeedTokenService.AuditEntityType && e.UserId == _viewer.UserId)
            .Select(e => e.Action).ToListAsync();
        Assert.Equal(["Created", "Revoked"], actions);
    }

    [Fact]
    public async Task ANewTokenEndsThePreviousOne()
    {
        var first = await IssueAsAsync(_viewer);
        var second = await IssueAsAsync(_viewer);
        var service = _db.Get<CalendarFeedTokenService>();

        Assert.Null(await service.ResolveAsync(first.Token));
        Assert.NotNull(await service.ResolveAsync(second.Token));
    }

    [Fact]
    public async Task ADisabledOwnersTokenResolvesToNobody()
    {
        var issued = await IssueAsAsync(_viewer);
        Assert.True((await _db.UserAdmin(new FixedCaller(_admin)).SetDisabledAsync(_viewer.UserId!, true)).Succeeded);

        Assert.Null(await _db.Get<CalendarFeedTokenService>().ResolveAsync(issued.Token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/")]
    public async Task AnUnknownOrMalformedTokenResolvesToNobody(string? token) =>
        Assert.Null(await _db.Get<CalendarFeedTokenService>().ResolveAsync(token));

    [Fact]
    public async Task UsingATokenRecordsWhenItWasLastUsed()
    {
        var issued = await IssueAsAsync(_viewer);
        _db.Clock.Advance(TimeSpan.FromHours(2));

        await _db.Get<CalendarFeedTokenService>().ResolveAsync(issued.Token);

        var status = await _db.Get<CalendarFeedTokenService>().StatusAsync();
        Assert.Equal(TrackerDatabase.Today, status!.CreatedAt);
        Assert.Equal(TrackerDatabase.Today.AddHours(2), status.LastUsedAt);
    }

    [Fact]
    public async Task NobodySignedInGetsNoToken()
    {
        _db.Callers.Current = Caller.Anonymous;

        Assert.Null(await _db.Get<CalendarFeedTokenService>().IssueAsync());
        Assert.False(await _db.Get<CalendarFeedTokenService>().RevokeAsync());
    }
}
