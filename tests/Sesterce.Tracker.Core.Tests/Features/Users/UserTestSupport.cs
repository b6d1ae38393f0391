using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Sesterce.Tracker.Core.Features.Users;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Tests.Features.Users;

/// <summary>A caller the test sets, as the web app's accessor would report it.</summary>
internal sealed class FixedCaller(Caller caller) : ICallerAccessor
{
    public Caller Caller { get; set; } = caller;

    public ValueTask<Caller> GetCallerAsync() => ValueTask.FromResult(Caller);
}

internal static class UserTestSupport
{
    public const string StrongPassword = "violet-harbour-lantern";

    public static UserAdminService UserAdmin(this TrackerDatabase db, ICallerAccessor caller) =>
        new(db.Get<IServiceScopeFactory>(), caller, db.Clock, db.Get<Sesterce.Tracker.Core.Features.Audit.AuditLog>(), db.Get<Sesterce.Tracker.Core.Features.Audit.AccessAudit>(), NullLogger<UserAdminService>.Instance);

    /// <summary>Creates the first admin through the setup path and returns them as a caller.</summary>
    public static async Task<Caller> FirstAdminAsync(this TrackerDatabase db, string email = "first.admin@sesterce.example")
    {
        var result = await db.Get<AdminBootstrap>().CreateFirstAdminAsync(email, "First Admin", StrongPassword);
        Assert.True(result.Succeeded, result.Outcome.ToString());
        return new Caller(result.UserId, "First Admin", TrackerRoles.Admin);
    }
}
