using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Data.Configurations;

internal sealed class PhaseConfiguration : IEntityTypeConfiguration<Phase>
{
    public void Configure(EntityTypeBuilder<Phase> builder)
    {
        builder.Ignore(p => p.AnnouncedOn);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.NameFr).HasMaxLength(200);
        builder.HasIndex(p => new { p.CampusId, p.Order });
        builder.HasMany(p => p.Plans).WithOne().HasForeignKey(r => r.PhaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PhasePlanRevisionConfiguration : IEntityTypeConfiguration<PhasePlanRevision>
{
    public void Configure(EntityTypeBuilder<PhasePlanRevision> builder)
    {
        builder.Ignore(r => r.AnnouncedOn);
        builder.Ignore(r => r.Target);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.HasMany(r => r.Citations).WithOne().HasForeignKey(c => c.PhasePlanRevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PhasePlanRevision>().WithMany().HasForeignKey(r => r.CorrectsRevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PhaseId, r.KnownFrom });
    }
}

internal sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.Property(c => c.Quote).HasMaxLength(2000);
        builder.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.SourceId);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Citation_OneClaim",
            "(CASE WHEN \"FigureRevisionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"MilestoneDateRevisionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"PhasePlanRevisionId\" IS NULL THEN 0 ELSE 1 END)"
            + " + (CASE WHEN \"ConflictResolutionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"RiskAssessmentId\" IS NULL THEN 0 ELSE 1 END) = 1"));
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.Property(m => m.TitleFr).HasMaxLength(300);
        builder.Property(m => m.Description).HasMaxLength(4000);
        builder.HasOne(m => m.Phase).WithMany().HasForeignKey(m => m.PhaseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.DateRevisions).WithOne().HasForeignKey(r => r.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.CampusId);
        builder.HasIndex(m => m.PhaseId);

        // At most one milestone ends each phase.
        builder.HasIndex(m => m.PhaseId, "IX_Milestones_CommissioningOfPhase").IsUnique().HasFilter("\"CommissionsPhase\" = 1");
    }
}

internal sealed class MilestoneDateRevisionConfiguration : IEntityTypeConfiguration<MilestoneDateRevision>
{
    public void Configure(EntityTypeBuilder<MilestoneDateRevision> builder)
    {
        builder.Ignore(r => r.AnnouncedOn);
        builder.Ignore(r => r.Target);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.HasIndex(r => new { r.MilestoneId, r.KnownFrom });
        builder.HasMany(r => r.Citations).WithOne().HasForeignKey(c => c.MilestoneDateRevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MilestoneDateRevision>().WithMany().HasForeignKey(r => r.CorrectsRevisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
