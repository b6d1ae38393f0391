using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Data.Configurations;

internal sealed class PhaseConfiguration : IEntityTypeConfiguration<Phase>
{
    public void Configure(EntityTypeBuilder<Phase> builder)
    {
        builder.Ignore(p => p.TargetDate);
        builder.Ignore(p => p.AnnouncedOn);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasIndex(p => new { p.CampusId, p.Order });
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Ignore(m => m.ActualDate);
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.Property(m => m.Description).HasMaxLength(4000);
        builder.HasOne(m => m.Phase).WithMany().HasForeignKey(m => m.PhaseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.DateRevisions).WithOne().HasForeignKey(r => r.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.ActualQuote).HasMaxLength(2000);
        builder.HasOne(m => m.ActualSource).WithMany().HasForeignKey(m => m.ActualSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.CampusId);
    }
}

internal sealed class MilestoneDateRevisionConfiguration : IEntityTypeConfiguration<MilestoneDateRevision>
{
    public void Configure(EntityTypeBuilder<MilestoneDateRevision> builder)
    {
        builder.Ignore(r => r.AnnouncedOn);
        builder.Ignore(r => r.Target);
        builder.Property(r => r.Quote).HasMaxLength(2000);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.MilestoneId, r.KnownFrom });
    }
}
