using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Data.Configurations;

internal sealed class CampusConfiguration : IEntityTypeConfiguration<Campus>
{
    public void Configure(EntityTypeBuilder<Campus> builder)
    {
        builder.HasIndex(c => c.Slug).IsUnique();
        // Portfolio pages list campuses by name: the index lets SQLite stop after one page instead of sorting them all.
        builder.HasIndex(c => c.Name);
        builder.Property(c => c.Slug).HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Operator).HasMaxLength(200);
        builder.Property(c => c.Commune).HasMaxLength(200);
        builder.Property(c => c.BusinessPark).HasMaxLength(200);
        builder.Property(c => c.BusinessParkFr).HasMaxLength(200);
        builder.Property(c => c.Region).HasMaxLength(200);
        builder.Property(c => c.Country).HasMaxLength(100);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.DescriptionFr).HasMaxLength(4000);
        builder.HasMany(c => c.People).WithOne().HasForeignKey(p => p.CampusId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Phases).WithOne().HasForeignKey(p => p.CampusId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Milestones).WithOne().HasForeignKey(m => m.CampusId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Figures).WithOne().HasForeignKey(f => f.CampusId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CampusPersonConfiguration : IEntityTypeConfiguration<CampusPerson>
{
    public void Configure(EntityTypeBuilder<CampusPerson> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Role).HasMaxLength(200);
        builder.Property(p => p.RoleFr).HasMaxLength(200);
    }
}
