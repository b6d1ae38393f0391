using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests;

/// <summary>
/// Events of 2026 after the seed article, entered through the admin services as an admin would:
/// a building permit reached on 12 May and first reported on the 20th by two sources, a second
/// article confirming 80 MW, an official move of full operation to H1 2028, an internal estimate
/// that puts phase 1 in Q1 2027 beside the official December 2026, a grid connection agreement
/// without a date yet, and an investment confirmation citing a financing file only executives may see.
/// </summary>
internal static class ClaimScenario
{
    public const string PermitTitle = "Building permit granted";
    public const string GridTitle = "Grid connection agreement";
    public const string PhaseOneTitle = "Phase 1 commissioning";
    public const string FullTitle = "Full 80 MW in operation";

    /// <summary>The seed's French title for <see cref="FullTitle"/>, which French readers see.</summary>
    public const string FullTitleFr = "80 MW en service";

    public const string NewspaperTitle = "Le permis de construire du supercalculateur accordé";
    public const string PressReleaseTitle = "Sesterce obtains the building permit for Alixan";
    public const string SteeringTitle = "Steering committee minutes, October 2026";
    public const string FinancingTitle = "Dossier de financement Alixan";

    public const string PermitQuote = "Le permis de construire a été accordé le 12 mai";
    public const string PermitReleaseQuote = "The building permit was granted on 12 May 2026";
    public const string PowerQuote = "un site de 80 MW";
    public const string PowerReleaseQuote = "the 80 MW campus";
    public const string EstimateQuote = "Commissioning of phase 1 is now expected in Q1 2027";
    public const string GridQuote = "la convention de raccordement avec RTE est attendue";
    public const string FullQuote = "full operation in the first half of 2028";
    public const string FinancingQuote = "1,5 milliard d'euros confirmés par le tour de table";

    /// <summary>The day the permit was reached, and the later day it was first reported.</summary>
    public static readonly DateOnly PermitReached = new(2026, 5, 12);
    public static readonly DateOnly PermitReported = new(2026, 5, 20);

    /// <summary>Writes the scenario with the services' caller, who must be an admin.</summary>
    public static async Task WriteAsync(IServiceProvider services)
    {
        var sources = services.GetRequiredService<SourceAdminService>();
        var newspaper = await SourceAsync(sources, new SourceInput(NewspaperTitle, "Le Dauphiné libéré", "https://example.test/permis", "2026-05-20", "fr", null));
        var release = await SourceAsync(sources, new SourceInput(PressReleaseTitle, "Sesterce", null, "2026-05", "en", null));
        var steering = await SourceAsync(sources, new SourceInput(SteeringTitle, null, null, "2026-10-01", "en", null));
        var financing = await SourceAsync(sources, new SourceInput(FinancingTitle, null, null, "2026-06-02", "fr", null));

        var milestones = services.GetRequiredService<MilestoneAdminService>();
        var list = (await milestones.ListAsync("alixan"))!;
        var phaseOne = list.Single(m => m.Title == PhaseOneTitle);
        var full = list.Single(m => m.Title == FullTitle);
        var phaseOneId = (await milestones.PhasesAsync("alixan"))[0].Id;

        Check(await milestones.CreateAsync(
            "alixan",
            new MilestoneInput(PermitTitle, null, MilestoneKind.Regulatory, MilestoneStatus.Planned, null),
            target: null,
            reached: new DateClaimInput("2026-05-12", Claim("2026-05-20", ClaimStatus.OfficialAnnouncement, (newspaper, PermitQuote), (release, PermitReleaseQuote)))));
        Check(await milestones.CreateAsync(
            "alixan",
            new MilestoneInput(GridTitle, null, MilestoneKind.Regulatory, MilestoneStatus.Planned, phaseOneId),
            target: new DateClaimInput("", Claim("2026-09-15", ClaimStatus.PressReport, (newspaper, GridQuote)))));
        Check(await milestones.AddDateClaimAsync(
            full.Id, MilestoneDateKind.Target, new DateClaimInput("2028-H1", Claim("2026-06-02", ClaimStatus.OfficialAnnouncement, (release, FullQuote))), full.Version));
        Check(await milestones.AddDateClaimAsync(
            phaseOne.Id, MilestoneDateKind.Target, new DateClaimInput("2027-Q1", Claim("2026-10-01", ClaimStatus.InternalEstimate, (steering, EstimateQuote))), phaseOne.Version));

        var figures = services.GetRequiredService<FigureAdminService>();
        Check(await figures.AddRevisionAsync("alixan", "power", new RevisionInput(80, null, null, FigureQualifier.Exact,
            Claim("2026-05-20", ClaimStatus.OfficialAnnouncement, (newspaper, PowerQuote), (release, PowerReleaseQuote)))));
        var investment = Check(await figures.AddRevisionAsync("alixan", "investment", new RevisionInput(1_500_000_000, null, null, FigureQualifier.Exact,
            Claim("2026-06-02", ClaimStatus.OfficialAnnouncement, (financing, FinancingQuote)))));
        await ClassifyAsync(services, investment, financing);
    }

    /// <summary>The investment claim is internal, as its figure's default says, and so is the financing file it cites.</summary>
    private static async Task ClassifyAsync(IServiceProvider services, int investmentRevision, int financingSource)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        (await db.FigureRevisions.SingleAsync(r => r.Id == investmentRevision)).Visibility = Visibility.Internal;
        (await db.Sources.SingleAsync(s => s.Id == financingSource)).Visibility = Visibility.Internal;
        db.AuditEntries.Add(new AuditEntry { UserName = "test", EntityType = "Test", EntityId = "classify", Action = "Arranged", Summary = "classify", Changes = "[]" });
        await db.SaveChangesAsync();
    }

    private static ClaimInput Claim(string reportedOn, ClaimStatus status, params (int Source, string Quote)[] sources) =>
        new(reportedOn, status, [.. sources.Select(s => new CitationInput(s.Source, s.Quote))], null);

    private static async Task<int> SourceAsync(SourceAdminService sources, SourceInput input) => Check(await sources.CreateAsync(input));

    private static int Check(WriteResult result) => result.Succeeded
        ? result.Id ?? 0
        : throw new InvalidOperationException($"The scenario's write was refused: {string.Join(", ", result.Errors.Select(e => $"{e.Field} {e.Code}"))}");
}

/// <summary>The real app with <see cref="ClaimScenario"/> written once through the admin services, shared by a class's tests.</summary>
public sealed class ClaimedTracker : IAsyncLifetime
{
    public TrackerWebFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var identity = new ClaimsIdentity(
        [
            new(ClaimTypes.NameIdentifier, "user-admin"),
            new(ClaimTypes.Name, "admin@example.test"),
            new(ClaimTypes.Role, TrackerRoles.Admin),
        ], "Test");
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
        await ClaimScenario.WriteAsync(scope.ServiceProvider);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
