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
    private readonly HashSet<AuditEntry> _entriesAddedHere = [];

    public DbSet<Campus> Campuses => Set<Campus>();

    public DbSet<CampusPerson> CampusPeople => Set<CampusPerson>();

    public DbSet<Phase> Phases => Set<Phase>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<MilestoneDateRevision> MilestoneDateRevisions => Set<MilestoneDateRevision>();

    public DbSet<PhasePlanRevision> PhasePlanRevisions => Set<PhasePlanRevision>();

    public DbSet<Citation> Citations => Set<Citation>();

    public DbSet<Figure> Figures => Set<Figure>();

    public DbSet<FigureRevision> FigureRevisions => Set<FigureRevision>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Benchmark> Benchmarks => Set<Benchmark>();

    public DbSet<ConflictResolution> ConflictResolutions => Set<ConflictResolution>();

    public DbSet<Risk> Risks => Set<Risk>();

    public DbSet<RiskThreat> RiskThreats => Set<RiskThreat>();

    public DbSet<RiskConsequence> RiskConsequences => Set<RiskConsequence>();

    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<CalendarFeedToken> CalendarFeedTokens => Set<CalendarFeedToken>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset text; UTC ticks keep moments sortable.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();

        // Enums as their names keep the file readable and survive reordering of members.
        configurationBuilder.Properties<DatePrecision>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<FigureQualifier>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ClaimStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MilestoneKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MilestoneDateKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MilestoneStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<InvestmentScope>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ClaimScopeKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ConflictResolutionKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<RiskCategory>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<RiskLevel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<RiskState>().HaveConversion<string>().HaveMaxLength(16);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity maps its own tables first; our configurations (the user's extra columns included) refine them.
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);

        // Every record with a Version is edited under optimistic concurrency.
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (entity.FindProperty("Version") is { } version && version.ClrType == typeof(int))
            {
                version.IsConcurrencyToken = true;
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EnsureAudited();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EnsureAudited();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// No write goes unrecorded: a save that changes tracker records must add an audit entry, and
    /// audit entries are never changed or removed.
    /// </summary>
    private void EnsureAudited()
    {
        var pending = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        // An entry may be completed (its new record's id filled in) only by the unit of work that added it.
        if (pending.Any(e => e.Entity is AuditEntry entry && e.State != EntityState.Added && !_entriesAddedHere.Contains(entry)))
        {
            throw new InvalidOperationException("The audit log is append-only: entries cannot be changed or deleted.");
        }

        if (pending.Any(e => e.Entity is IAuditedRecord) && !pending.Any(e => e.Entity is AuditEntry))
        {
            throw new InvalidOperationException("Every write to tracker records must add an audit entry in the same save.");
        }

        foreach (var added in pending.Where(e => e.State == EntityState.Added).Select(e => e.Entity).OfType<AuditEntry>())
        {
            _entriesAddedHere.Add(added);
        }
    }
}
