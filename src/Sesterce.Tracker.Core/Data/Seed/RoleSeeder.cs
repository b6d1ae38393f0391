using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Data.Seed;

/// <summary>
/// Creates the roles of <see cref="TrackerRoles"/> that are missing. Never creates a user. Names are
/// normalized as Identity's default lookup normalizer does (upper invariant).
/// </summary>
public sealed class RoleSeeder(IDbContextFactory<TrackerDbContext> contextFactory, ILogger<RoleSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        var missing = TrackerRoles.All.Where(r => !existing.Contains(r)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var role in missing)
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created roles {Roles}", missing);
    }
}
