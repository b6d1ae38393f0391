using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Data.Configurations;

internal sealed class FigureConfiguration : IEntityTypeConfiguration<Figure>
{
    public void Configure(EntityTypeBuilder<Figure> builder)
    {
        builder.Property(f => f.Key).HasMaxLength(64);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.NameFr).HasMaxLength(200);
        builder.Property(f => f.Unit).HasMaxLength(32);
        builder.HasIndex(f => new { f.CampusId, f.Key }).IsUnique();
        builder.HasMany(f => f.Revisions).WithOne().HasForeignKey(r => r.FigureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FigureRevision>().WithMany().HasForeignKey(f => f.ReferenceRevisionId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(f => f.ReferenceNote).HasMaxLength(500);
    }
}

internal sealed class FigureRevisionConfiguration : IEntityTypeConfiguration<FigureRevision>
{
    public void Configure(EntityTypeBuilder<FigureRevision> builder)
    {
        builder.Ignore(r => r.AnnouncedOn);
        builder.Ignore(r => r.Range);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.Scope).HasDefaultValue(InvestmentScope.Unknown);
        builder.Property(r => r.ScopeKind).HasDefaultValue(ClaimScopeKind.Campus);
        builder.Property(r => r.ScopeLabel).HasMaxLength(200);
        builder.HasOne<Phase>().WithMany().HasForeignKey(r => r.ScopePhaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FigureRevision>().WithMany().HasForeignKey(r => r.CorrectsRevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.FigureId, r.KnownFrom });
        builder.HasMany(r => r.Citations).WithOne().HasForeignKey(c => c.FigureRevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_FigureRevision_ValueOrRange", "\"Value\" IS NOT NULL OR (\"Low\" IS NOT NULL AND \"High\" IS NOT NULL)");
            t.HasCheckConstraint("CK_FigureRevision_ScopePhase", "(\"ScopeKind\" = 'Phase') = (\"ScopePhaseId\" IS NOT NULL)");
        });
    }
}

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.Publisher).HasMaxLength(200);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Language).HasMaxLength(16);
        builder.Property(s => s.Excerpt).HasMaxLength(4000);
        builder.Ignore(s => s.Published);
        builder.Property(s => s.PublishedOnPrecision).HasDefaultValue(DatePrecision.Day);
    }
}
