using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Data;

/// <summary>
/// The tracker's store, users and roles included (ASP.NET Core Identity's tables). After changing the model, add a migration from the repository root:
/// <c>dotnet tool restore &amp;&amp; dotnet ef migrations add NAME --project src/Sesterce.Tracker.Core --output-dir Data/Migrations</c>.
/// </summary>
public sealed class TrackerDbContext(DbContextOptions<TrackerDbContext> options) : IdentityDbContext<TrackerUser>(options)
{
    public DbSet<Campus> Campuses => Set<Campus>();

    public DbSet<CampusPerson> CampusPeople => Set<CampusPerson>();

    public DbSet<Phase> Phases => Set<Phase>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<MilestoneDateRevision> MilestoneDateRevisions => Set<MilestoneDateRevision>();

    public DbSet<Figure> Figures => Set<Figure>();

    public DbSet<FigureRevision> FigureRevisions => Set<FigureRevision>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Benchmark> Benchmarks => Set<Benchmark>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset text; UTC ticks keep moments sortable.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();

        // Enums as their names keep the file readable and survive reordering of members.
        configurationBuilder.Properties<DatePrecision>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<FigureQualifier>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<RevisionStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MilestoneKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MilestoneStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<InvestmentScope>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity maps its own tables first; our configurations (the user's extra columns included) refine them.
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
    }
}
