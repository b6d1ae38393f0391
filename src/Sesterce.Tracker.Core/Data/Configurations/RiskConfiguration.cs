using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Data.Configurations;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.Owner).HasMaxLength(200);
        builder.HasOne<Campus>().WithMany().HasForeignKey(r => r.CampusId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CampusId);
        builder.HasMany(r => r.Threats).WithOne().HasForeignKey(t => t.RiskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Consequences).WithOne().HasForeignKey(c => c.RiskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Assessments).WithOne().HasForeignKey(a => a.RiskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RiskThreatConfiguration : IEntityTypeConfiguration<RiskThreat>
{
    public void Configure(EntityTypeBuilder<RiskThreat> builder)
    {
        builder.HasOne<Milestone>().WithMany().HasForeignKey(t => t.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Phase>().WithMany().HasForeignKey(t => t.PhaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.MilestoneId);
        builder.HasIndex(t => t.PhaseId);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_RiskThreat_OneTarget",
            "(CASE WHEN \"MilestoneId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"PhaseId\" IS NULL THEN 0 ELSE 1 END) = 1"));
    }
}

internal sealed class RiskConsequenceConfiguration : IEntityTypeConfiguration<RiskConsequence>
{
    public void Configure(EntityTypeBuilder<RiskConsequence> builder)
    {
        builder.HasOne<MilestoneDateRevision>().WithMany().HasForeignKey(c => c.MilestoneDateRevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.RiskId, c.MilestoneDateRevisionId }).IsUnique();
        builder.HasIndex(c => c.MilestoneDateRevisionId);
    }
}

internal sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> builder)
    {
        builder.Ignore(a => a.AnnouncedOn);
        builder.Property(a => a.Reason).HasMaxLength(2000);
        builder.HasIndex(a => new { a.RiskId, a.KnownFrom });
        builder.HasMany(a => a.Citations).WithOne().HasForeignKey(c => c.RiskAssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RiskAssessment>().WithMany().HasForeignKey(a => a.CorrectsRevisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConflictResolutionConfiguration : IEntityTypeConfiguration<ConflictResolution>
{
    public void Configure(EntityTypeBuilder<ConflictResolution> builder)
    {
        builder.Ignore(r => r.AnnouncedOn);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.HasOne<FigureRevision>().WithMany().HasForeignKey(r => r.FigureRevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MilestoneDateRevision>().WithMany().HasForeignKey(r => r.MilestoneDateRevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ConflictResolution>().WithMany().HasForeignKey(r => r.CorrectsRevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Citations).WithOne().HasForeignKey(c => c.ConflictResolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.FigureRevisionId, r.KnownFrom });
        builder.HasIndex(r => new { r.MilestoneDateRevisionId, r.KnownFrom });
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_ConflictResolution_OneClaim",
            "(CASE WHEN \"FigureRevisionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"MilestoneDateRevisionId\" IS NULL THEN 0 ELSE 1 END) = 1"));
    }
}
