using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Data.Seed;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Benchmarks;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Changes;
using Sesterce.Tracker.Core.Features.Dashboard;
using Sesterce.Tracker.Core.Features.Executive;
using Sesterce.Tracker.Core.Features.Exports;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Sources;
using Sesterce.Tracker.Core.Features.Timeline;
using Sesterce.Tracker.Core.Features.Users;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the store and the feature services against a SQLite connection string.</summary>
    public static IServiceCollection AddTrackerCore(this IServiceCollection services, string connectionString) =>
        services.AddTrackerCore(options => options.UseSqlite(connectionString));

    /// <summary>Registers the store with caller-supplied options (tests pass an open in-memory connection).</summary>
    public static IServiceCollection AddTrackerCore(this IServiceCollection services, Action<DbContextOptionsBuilder> configureStore) =>
        services.AddTrackerCore((_, options) => configureStore(options));

    /// <summary>Registers the store with options resolved when first needed, so late configuration (tests, hosting) applies.</summary>
    public static IServiceCollection AddTrackerCore(this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configureStore)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<TrackerDbContext>((provider, options) =>
        {
            configureStore(provider, options);
            options.AddInterceptors(SqlitePragmas.Instance);
            // SQLite alters a column only by rebuilding its table: EF turns foreign keys off for the rebuild,
            // which SQLite allows only outside a transaction, and some shipped migrations move data while a
            // rebuild is pending. EF warns about both on every fresh database, although this is the intended
            // history that the Core tests apply from empty; a newcomer's first start must not read it as a fault.
            options.ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information),
                (SqliteEventId.TableRebuildPendingWarning, LogLevel.Information)));
        });
        services.AddSingleton<TrackerClock>();
        services.AddSingleton<TrackerSeeder>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<DatabaseStatus>();
        services.AddSingleton<Data.Backup.DatabaseBackup>();
        // Read services are scoped: they ask the caller of the current request or circuit what it may see.
        services.AddScoped<CampusService>();
        services.AddScoped<AnnouncementDayService>();
        services.AddScoped<FigureService>();
        services.AddScoped<MilestoneService>();
        services.AddScoped<SourceService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<MilestoneDetailService>();
        services.AddScoped<TimelineService>();
        services.AddScoped<Features.Risks.RiskService>();
        services.AddScoped<Features.Risks.RiskAdminService>();
        services.TryAddSingleton<IChangeNotifier, InProcessChangeNotifier>();
        services.TryAddSingleton<ReloadCoalescer>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<Features.Audit.AccessAudit>();
        services.AddOptions<Features.Account.SessionLifetimeOptions>();
        services.AddSingleton<Features.Account.SessionEvents>();
        services.AddSingleton<Features.Account.SessionStore>();
        services.AddScoped<WritePipeline>();
        services.AddScoped<AuditService>();
        services.AddScoped<MilestoneAdminService>();
        services.AddScoped<FigureAdminService>();
        services.AddScoped<ConflictAdminService>();
        services.AddScoped<SourceAdminService>();
        services.AddScoped<ClaimLevelService>();
        services.AddScoped<CampusAdminService>();
        services.AddScoped<BenchmarkAdminService>();
        services.AddScoped<BenchmarkService>();
        services.AddScoped<Features.Calendar.CalendarFeedTokenService>();
        services.AddScoped<FigureLedgerService>();
        services.AddScoped<FigureReferenceService>();
        services.AddScoped<ExecutiveService>();
        services.AddScoped<ExportService>();
        services.AddScoped<Features.Transfer.CampusTransferService>();
        services.AddTrackerIdentity();
        return services;
    }

    /// <summary>
    /// Users and roles in the tracker's store with the password and lockout policy of
    /// <see cref="PasswordPolicy"/>. The web app adds cookies and sign-in on top; the command line
    /// and tests use these alone.
    /// </summary>
    private static void AddTrackerIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<TrackerUser>(PasswordPolicy.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TrackerDbContext>()
            .AddPasswordValidator<TrackerPasswordValidator>();
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordPolicy.HashIterations);
        services.AddSingleton<RoleSeeder>();
        services.AddSingleton<AdminBootstrap>();
        services.AddScoped<UserAdminService>();
    }
}
