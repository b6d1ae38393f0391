using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Data.Configurations;

internal sealed class TrackerUserConfiguration : IEntityTypeConfiguration<TrackerUser>
{
    public void Configure(EntityTypeBuilder<TrackerUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(TrackerUser.DisplayNameMaxLength);
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.UserAgent).HasMaxLength(UserSession.UserAgentMaxLength);
        builder.Property(s => s.ClientAddress).HasMaxLength(64);
        builder.Property(s => s.EndedReason).HasMaxLength(64);
        builder.HasOne<TrackerUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.UserId, s.EndedAt });
    }
}

internal sealed class CalendarFeedTokenConfiguration : IEntityTypeConfiguration<CalendarFeedToken>
{
    public void Configure(EntityTypeBuilder<CalendarFeedToken> builder)
    {
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.TokenHash).HasMaxLength(CalendarFeedToken.HashLength);
        // The feed looks its token up by hash on every calendar refresh.
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => new { t.UserId, t.RevokedAt });
        builder.HasOne<TrackerUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
