using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Account;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Features.Account;

/// <summary>What an open circuit's minute-by-minute check decides about its user.</summary>
public class RevalidationTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private async Task<ClaimsPrincipal> PrincipalAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var claims = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<TrackerUser>>();
        return await claims.CreateAsync((await users.FindByEmailAsync(email))!);
    }

    private Task<bool> IsValidAsync(ClaimsPrincipal principal)
    {
        using var provider = new TrackerAuthenticationStateProvider(
            factory.Services.GetRequiredService<ILoggerFactory>(),
            factory.Services.GetRequiredService<IServiceScopeFactory>(),
            factory.Services.GetRequiredService<IOptions<IdentityOptions>>(),
            factory.Services.GetRequiredService<Sesterce.Tracker.Core.Features.Account.SessionEvents>());
        return provider.IsStillValidAsync(principal);
    }

    [Fact]
    public async Task AnUnchangedUserStaysSignedIn()
    {
        await factory.CreateAsync("steady@sesterce.example", TrackerRoles.Viewer);

        Assert.True(await IsValidAsync(await PrincipalAsync("steady@sesterce.example")));
    }

    [Fact]
    public async Task ADisabledUserIsDropped()
    {
        await factory.CreateAsync("gone@sesterce.example", TrackerRoles.Executive);
        var principal = await PrincipalAsync("gone@sesterce.example");

        await factory.UpdateAsync("gone@sesterce.example", user => user.IsDisabled = true);

        Assert.False(await IsValidAsync(principal));
    }

    [Fact]
    public async Task AChangedSecurityStampDropsTheCircuit()
    {
        await factory.CreateAsync("demoted@sesterce.example", TrackerRoles.Admin);
        var principal = await PrincipalAsync("demoted@sesterce.example");

        await factory.UpdateAsync("demoted@sesterce.example", _ => { });

        Assert.False(await IsValidAsync(principal));
    }

    [Fact]
    public async Task AnUnknownUserIsDropped() =>
        Assert.False(await IsValidAsync(TestAuthentication.Principal(TrackerRoles.Admin)));

    [Fact]
    public void TheCallerComesFromTheClaims()
    {
        var caller = TrackerCallerAccessor.From(TestAuthentication.Principal(TrackerRoles.Executive));

        Assert.Equal(new Caller("test-executive", "executive@test.example", TrackerRoles.Executive), caller);
        Assert.Equal(Caller.Anonymous, TrackerCallerAccessor.From(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
