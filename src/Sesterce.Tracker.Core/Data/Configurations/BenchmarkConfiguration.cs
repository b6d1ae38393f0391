using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Data.Configurations;

internal sealed class BenchmarkConfiguration : IEntityTypeConfiguration<Benchmark>
{
    public void Configure(EntityTypeBuilder<Benchmark> builder)
    {
        builder.Ignore(b => b.Period);
        builder.Ignore(b => b.Range);
        builder.Property(b => b.Key).HasMaxLength(64);
        builder.Property(b => b.RatioKey).HasMaxLength(64);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.NameFr).HasMaxLength(200);
        builder.Property(b => b.Currency).HasMaxLength(3);
        builder.Property(b => b.Region).HasMaxLength(100);
        builder.Property(b => b.SourceTitle).HasMaxLength(500);
        builder.Property(b => b.Publisher).HasMaxLength(200);
        builder.Property(b => b.Url).HasMaxLength(2000);
        builder.Property(b => b.Note).HasMaxLength(2000);
        builder.HasIndex(b => b.Key).IsUnique();
        builder.HasIndex(b => b.RatioKey);
        // Decimals are stored as text in SQLite: compared as text, "9500000" would sort above "12000000".
        builder.ToTable(t => t.HasCheckConstraint("CK_Benchmark_LowNotAboveHigh", "CAST(\"Low\" AS REAL) <= CAST(\"High\" AS REAL)"));
    }
}
