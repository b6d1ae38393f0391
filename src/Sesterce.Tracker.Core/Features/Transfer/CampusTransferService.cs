using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Changes;
using Sesterce.Tracker.Core.Features.Claims;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Transfer;

public enum TransferOutcome
{
    Done = 0,
    NotFound = 1,
    Forbidden = 2,
    Invalid = 3,
}

/// <summary>A campus as a JSON file, or why there is none.</summary>
public sealed record CampusExport(TransferOutcome Outcome, string? Json, string FileName);

/// <summary>What an import wrote, so the admin can check it against the file.</summary>
public sealed record ImportSummary(
    int Phases,
    int Milestones,
    int DateRevisions,
    int Figures,
    int Revisions,
    int SourcesCreated,
    int SourcesReused,
    int BenchmarksCreated,
    IReadOnlyList<string> BenchmarksKept,
    int Risks = 0,
    int RiskAssessments = 0,
    int Resolutions = 0);

/// <summary>The outcome of an import; nothing was written unless <see cref="Outcome"/> is Done.</summary>
public sealed record ImportResult(TransferOutcome Outcome, IReadOnlyList<ImportError> Errors, string? Slug, ImportSummary? Summary)
{
    public bool Succeeded => Outcome == TransferOutcome.Done;

    public static ImportResult Refused(TransferOutcome outcome, IReadOnlyList<ImportError> errors) => new(outcome, errors, null, null);
}

/// <summary>
/// Moves a whole campus between trackers as one JSON document (<see cref="CampusDocument"/>):
/// details, people, phases, milestones with every target date, figures with every revision and the
/// chosen reference, the sources they cite, and the benchmarks. Export is for whoever may export
/// (executives and admins: the file holds the investment ledger, which viewers never see); import
/// is for admins, checks the whole file first and writes it in one transaction with one audit entry.
/// </summary>
public sealed class CampusTransferService(
    IDbContextFactory<TrackerDbContext> contextFactory,
    ICallerAccessor callers,
    AuditLog audit,
    IChangeNotifier notifier,
    TrackerClock clock,
    ILogger<CampusTransferService> logger)
{
    public const string Action = "Imported";

    /// <summary>The largest file an import reads, in characters.</summary>
    public const int MaxDocumentLength = CampusImportReader.MaxDocumentLength;

    public async Task<CampusExport> ExportAsync(string slug, CancellationToken cancellationToken = default) =>
        await ExportAsync(slug, await callers.GetCallerAsync(), cancellationToken);

    public async Task<CampusExport> ExportAsync(string slug, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var fileName = FileName(slug);
        if (!caller.Holds(TrackerPermission.Export))
        {
            return new CampusExport(TransferOutcome.Forbidden, null, fileName);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // An executive's file holds what an executive may see; an admin's holds everything (docs/security.md, "Classification").
        var document = await CampusExporter.ReadAsync(db, slug, await ClaimFilter.ForAsync(db, caller, cancellationToken), cancellationToken);
        return document is null
            ? new CampusExport(TransferOutcome.NotFound, null, fileName)
            : new CampusExport(TransferOutcome.Done, JsonSerializer.Serialize(document, CampusDocument.Json), fileName);
    }

    /// <summary>"alixan-campus-2026-11-25.json"; a slug that is not a plain key does not reach the name.</summary>
    public string FileName(string slug)
    {
        var safe = slug is { Length: > 0 and <= 64 } && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') ? slug : "campus";
        return $"{safe}-campus-{clock.Today:yyyy-MM-dd}.json";
    }

    public async Task<ImportResult> ImportAsync(string json, string? asSlug = null, string? fileName = null, CancellationToken cancellationToken = default) =>
        await ImportAsync(json, asSlug, fileName, await callers.GetCallerAsync(), cancellationToken);

    /// <summary>
    /// Imports the campus of <paramref name="json"/>, under <paramref name="asSlug"/> when given. A
    /// campus whose slug is already taken is refused, never merged or overwritten: import it under
    /// another slug. Sources equal in every field to a stored one are reused; benchmarks whose key
    /// is stored are kept as they are.
    /// </summary>
    public async Task<ImportResult> ImportAsync(string json, string? asSlug, string? fileName, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Holds(TrackerPermission.Write))
        {
            return ImportResult.Refused(TransferOutcome.Forbidden, [new ImportError("", new ValidationError("", "Forbidden"))]);
        }

        var reader = new CampusImportReader(clock.Today);
        var plan = reader.Read(json, asSlug);
        if (plan is null)
        {
            return ImportResult.Refused(TransferOutcome.Invalid, reader.Errors);
        }

        var slug = plan.Campus.Slug;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Campuses.AnyAsync(c => c.Slug == slug, cancellationToken))
        {
            return SlugTaken(slug);
        }

        var existingBenchmarks = await db.Benchmarks.Select(b => b.Key).ToListAsync(cancellationToken);
        var order = await db.Benchmarks.Select(b => (int?)b.Order).MaxAsync(cancellationToken) ?? 0;
        var newBenchmarks = new List<Benchmark>();
        foreach (var values in plan.Benchmarks.Where(b => !existingBenchmarks.Contains(b.Key!)))
        {
            var benchmark = new Benchmark { Key = values.Key!, RatioKey = "", Name = "", Currency = "", SourceTitle = "", Order = ++order };
            BenchmarkAdminService.Apply(benchmark, values);
            newBenchmarks.Add(benchmark);
        }

        var (sources, reused) = await MatchSourcesAsync(db, plan, cancellationToken);
        await NumberAsync(db, plan, sources, newBenchmarks, cancellationToken);
        db.Sources.AddRange(sources);
        db.Benchmarks.AddRange(newBenchmarks);
        var created = sources.Count;

        var kept = plan.Benchmarks.Select(b => b.Key!).Where(existingBenchmarks.Contains).ToList();
        var summary = new ImportSummary(
            plan.Campus.Phases.Count,
            plan.Campus.Milestones.Count,
            plan.Campus.Milestones.Sum(m => m.DateRevisions.Count),
            plan.Campus.Figures.Count,
            plan.Campus.Figures.Sum(f => f.Revisions.Count),
            created,
            reused,
            newBenchmarks.Count,
            kept,
            plan.Risks.Count,
            plan.Risks.Sum(r => r.Assessments.Count),
            plan.Resolutions.Count);
        db.Campuses.Add(plan.Campus);
        db.Risks.AddRange(plan.Risks);
        db.ConflictResolutions.AddRange(plan.Resolutions.Select(r => r.Resolution));
        var changes = new ChangeSet()
            .Created("Phases", summary.Phases).Created("Milestones", summary.Milestones).Created("DateRevisions", summary.DateRevisions)
            .Created("Figures", summary.Figures).Created("Revisions", summary.Revisions)
            .Created("SourcesCreated", summary.SourcesCreated).Created("SourcesReused", summary.SourcesReused)
            .Created("BenchmarksCreated", summary.BenchmarksCreated).Created("BenchmarksKept", string.Join(", ", kept))
            .Created("Risks", summary.Risks).Created("RiskAssessments", summary.RiskAssessments)
            .Created("Resolutions", summary.Resolutions);
        var reason = string.IsNullOrWhiteSpace(fileName) ? "Imported from a campus file." : $"Imported from the file {Truncate(fileName.Trim(), 200)}.";
        var entry = audit.Entry(caller, "Campus", slug, slug, Action, plan.Campus.Name, changes.Changes, reason, 0);
        db.AuditEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);

            // A figure and its reference revision point at each other: the reference can only follow the insert.
            foreach (var (figure, revision, note) in plan.References)
            {
                figure.ReferenceRevisionId = revision.Id;
                figure.ReferenceNote = note;
            }

            entry.Changes = JsonSerializer.Serialize(changes.Created("CampusId", plan.Campus.Id).Changes, JsonSerializerOptions.Web);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            if (!await SlugTakenMeanwhileAsync(slug, cancellationToken))
            {
                throw;
            }

            // Another import or the seeder took the slug between the check and the insert.
            logger.LogInformation(exception, "Import of campus {CampusSlug} refused: the slug was taken meanwhile", slug);
            return SlugTaken(slug);
        }

        logger.LogInformation(
            "Imported campus {CampusSlug} by {UserName}: {Milestones} milestones, {Revisions} figure revisions, {SourcesCreated} new sources",
            slug,
            entry.UserName,
            summary.Milestones,
            summary.Revisions,
            summary.SourcesCreated);
        notifier.Publish(new TrackerChange(slug, "Campus", slug, Action));
        return new ImportResult(TransferOutcome.Done, [], slug, summary);
    }

    /// <summary>
    /// Each source of the file becomes a stored one: the same record when one equal in every field
    /// exists, else a new one (returned, not yet added).
    /// </summary>
    private static async Task<(List<Source> Created, int Reused)> MatchSourcesAsync(TrackerDbContext db, ImportPlan plan, CancellationToken cancellationToken)
    {
        var titles = plan.Sources.Values.Select(s => s.Title!).Distinct().ToList();
        var stored = await db.Sources.AsNoTracking().Where(s => titles.Contains(s.Title)).ToListAsync(cancellationToken);
        var created = new List<Source>();
        var reused = new HashSet<Source>();
        foreach (var (id, values) in plan.Sources)
        {
            var match = stored.FirstOrDefault(s => s.Title == values.Title && s.Publisher == values.Publisher && s.Url == values.Url
                && s.Published?.ToString() == values.PublishedOn && s.Language == values.Language && s.Excerpt == values.Excerpt
                && s.Visibility == values.Visibility);
            if (match is null)
            {
                match = new Source
                {
                    Title = values.Title!,
                    Publisher = values.Publisher,
                    Url = values.Url,
                    Published = values.PublishedOn is null ? null : PartialDate.Parse(values.PublishedOn),
                    Language = values.Language!,
                    Excerpt = values.Excerpt,
                    Visibility = values.Visibility ?? Visibility.Public,
                };
                created.Add(match);
                stored.Add(match);
            }
            else if (!created.Contains(match))
            {
                reused.Add(match);
            }

            plan.LinkedSources[id] = match;
        }

        return (created, reused.Count);
    }

    /// <summary>
    /// Gives every new row its id before the insert, in the file's order. The export lists records
    /// oldest first by id, so the order of the file survives the move; left to itself, the store
    /// would insert in whatever order the rows' dependencies allow.
    /// </summary>
    private static async Task NumberAsync(TrackerDbContext db, ImportPlan plan, List<Source> sources, List<Benchmark> benchmarks, CancellationToken cancellationToken)
    {
        var campus = plan.Campus;
        campus.Id = await db.Campuses.MaxAsync(x => (int?)x.Id, cancellationToken) ?? 0;
        campus.Id++;
        Number(campus.People, await db.CampusPeople.MaxAsync(x => (int?)x.Id, cancellationToken), (p, id) => p.Id = id);
        Number(campus.Phases, await db.Phases.MaxAsync(x => (int?)x.Id, cancellationToken), (p, id) => p.Id = id);
        Number(campus.Phases.SelectMany(p => p.Plans), await db.PhasePlanRevisions.MaxAsync(x => (int?)x.Id, cancellationToken), (r, id) => r.Id = id);
        Number(campus.Milestones, await db.Milestones.MaxAsync(x => (int?)x.Id, cancellationToken), (m, id) => m.Id = id);
        Number(campus.Milestones.SelectMany(m => m.DateRevisions), await db.MilestoneDateRevisions.MaxAsync(x => (int?)x.Id, cancellationToken), (r, id) => r.Id = id);
        Number(campus.Figures, await db.Figures.MaxAsync(x => (int?)x.Id, cancellationToken), (f, id) => f.Id = id);
        Number(campus.Figures.SelectMany(f => f.Revisions), await db.FigureRevisions.MaxAsync(x => (int?)x.Id, cancellationToken), (r, id) => r.Id = id);
        Number(plan.Risks, await db.Risks.MaxAsync(x => (int?)x.Id, cancellationToken), (r, id) => r.Id = id);
        Number(plan.Risks.SelectMany(r => r.Assessments), await db.RiskAssessments.MaxAsync(x => (int?)x.Id, cancellationToken), (a, id) => a.Id = id);
        Number(plan.Resolutions.Select(r => r.Resolution), await db.ConflictResolutions.MaxAsync(x => (int?)x.Id, cancellationToken), (r, id) => r.Id = id);
        Number(sources, await db.Sources.MaxAsync(x => (int?)x.Id, cancellationToken), (s, id) => s.Id = id);
        Number(benchmarks, await db.Benchmarks.MaxAsync(x => (int?)x.Id, cancellationToken), (b, id) => b.Id = id);

        foreach (var (milestone, phase) in plan.PhaseLinks)
        {
            milestone.PhaseId = plan.Phases[phase].Id;
        }

        foreach (var (revision, phase) in plan.ScopeLinks)
        {
            revision.ScopePhaseId = plan.Phases[phase].Id;
        }

        foreach (var (resolution, claim) in plan.Resolutions)
        {
            resolution.FigureRevisionId = (claim as FigureRevision)?.Id;
            resolution.MilestoneDateRevisionId = (claim as MilestoneDateRevision)?.Id;
        }

        foreach (var risk in plan.Risks)
        {
            risk.CampusId = campus.Id;
        }

        foreach (var (threat, milestone, phase) in plan.ThreatLinks)
        {
            threat.MilestoneId = milestone?.Id;
            threat.PhaseId = phase?.Id;
        }

        foreach (var (consequence, claim) in plan.ConsequenceLinks)
        {
            consequence.MilestoneDateRevisionId = claim.Id;
        }

        foreach (var citation in plan.Citations)
        {
            citation.SourceId = plan.LinkedSources[citation.SourceId].Id;
        }

        foreach (var (claim, corrected) in plan.Corrections)
        {
            switch (claim)
            {
                case FigureRevision revision:
                    revision.CorrectsRevisionId = corrected.Id;
                    break;
                case MilestoneDateRevision revision:
                    revision.CorrectsRevisionId = corrected.Id;
                    break;
                case PhasePlanRevision revision:
                    revision.CorrectsRevisionId = corrected.Id;
                    break;
                case RiskAssessment assessment:
                    assessment.CorrectsRevisionId = corrected.Id;
                    break;
                case ConflictResolution resolution:
                    resolution.CorrectsRevisionId = corrected.Id;
                    break;
            }
        }
    }

    private static void Number<T>(IEnumerable<T> rows, int? highest, Action<T, int> set)
    {
        var next = highest ?? 0;
        foreach (var row in rows)
        {
            set(row, ++next);
        }
    }

    private async Task<bool> SlugTakenMeanwhileAsync(string slug, CancellationToken cancellationToken)
    {
        await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await fresh.Campuses.AnyAsync(c => c.Slug == slug, cancellationToken);
    }

    private static ImportResult SlugTaken(string slug) =>
        ImportResult.Refused(TransferOutcome.Invalid, [new ImportError("campus.slug", new ValidationError("Slug", "SlugTaken", slug))]);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
