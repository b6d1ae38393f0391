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
