using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Features.Account;

/// <summary>A fresh install: no user, so the first visitor creates the first admin, once.</summary>
public sealed class SetupTests : IDisposable
{
    private readonly TrackerWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheFirstVisitLeadsToSetupWhichCreatesTheAdminOnceAndThenCloses()
    {
        var client = _factory.CreateClientAs(null);

        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var signIn = await client.GetAsync(home.Headers.Location);
        Assert.Equal("http://localhost/setup", signIn.Headers.Location?.OriginalString);

        var hidden = await client.HiddenFieldsAsync("/setup");
        using var weak = await client.PostFormAsync("/setup", hidden, ("Input.Email", "chief@sesterce.example"), ("Input.DisplayName", "Chief"), ("Input.Password", "password1"), ("Input.ConfirmPassword", "password1"));
        Assert.Contains("one of the most common", await weak.TextAsync(), StringComparison.Ordinal);
        Assert.False(await _factory.Services.GetRequiredService<AdminBootstrap>().AdminExistsAsync());

        using var created = await client.PostFormAsync("/setup", hidden, ("Input.Email", "chief@sesterce.example"), ("Input.DisplayName", "Chief"), ("Input.Password", TestUsers.Password), ("Input.ConfirmPassword", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("http://localhost/", created.Headers.Location?.OriginalString);

        using var users = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains("chief@sesterce.example", await users.TextAsync(), StringComparison.Ordinal);

        var stranger = _factory.CreateClientAs(null);
        using var closed = await stranger.GetAsync(new Uri("/setup", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal("http://localhost/account/sign-in", closed.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task APostToAClosedSetupPageIsRefusedAndCreatesNobody()
    {
        var client = _factory.CreateClientAs(null);
        var hidden = await client.HiddenFieldsAsync("/setup");
        await _factory.CreateAsync("admin@sesterce.example", TrackerRoles.Admin);

        using var late = await client.PostFormAsync("/setup", hidden, ("Input.Email", "late@sesterce.example"), ("Input.DisplayName", "Late"), ("Input.Password", TestUsers.Password), ("Input.ConfirmPassword", TestUsers.Password));

        // The closed page renders no form, so Blazor has nothing to bind the post to.
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Core.Domain.TrackerUser>>();
        Assert.Null(await users.FindByEmailAsync("late@sesterce.example"));
    }
}
