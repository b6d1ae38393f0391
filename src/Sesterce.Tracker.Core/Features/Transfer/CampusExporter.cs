using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Claims;

namespace Sesterce.Tracker.Core.Features.Transfer;

/// <summary>
/// Reads one campus into a <see cref="CampusDocument"/>. Every list has a fixed order (phases by
/// order, figures by order, everything else oldest first) and the document's ids are numbered in
/// that order, so the same data always gives the same file. A caller who may not see everything gets
/// the file of what they may see: hidden claims, risks and sources are left out before numbering, and
/// withheld excerpts and quotes are left empty (docs/security.md, "Classification").
/// </summary>
internal static class CampusExporter
{
    public static Task<CampusDocument?> ReadAsync(TrackerDbContext db, string slug, CancellationToken cancellationToken) =>
        ReadAsync(db, slug, ClaimFilter.Everything, cancellationToken);

    public static async Task<CampusDocument?> ReadAsync(TrackerDbContext db, string slug, ClaimFilter filter, CancellationToken cancellationToken)
    {
        var campus = await db.Campuses.AsNoTracking().AsSplitQuery()
            .Include(c => c.People)
            .Include(c => c.Phases).ThenInclude(p => p.Plans).ThenInclude(r => r.Citations)
            .Include(c => c.Milestones).ThenInclude(m => m.DateRevisions).ThenInclude(r => r.Citations)
            .Include(c => c.Figures).ThenInclude(f => f.Revisions).ThenInclude(r => r.Citations)
            .FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (campus is null)
        {
            return null;
        }

        var highest = filter.Highest;
        var sourceLevels = filter.SeesEverything ? [] : await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Visibility, cancellationToken);
        if (!filter.SeesEverything)
        {
            Restrict(campus, filter, sourceLevels);
        }

        var phases = campus.Phases.OrderBy(p => p.Order).ThenBy(p => p.Id).ToList();
        var phaseIds = phases.Select((p, i) => (p.Id, Local: i + 1)).ToDictionary(x => x.Id, x => x.Local);
        var milestones = campus.Milestones.OrderBy(m => m.Id).ToList();
        var figures = campus.Figures.OrderBy(f => f.Order).ThenBy(f => f.Id).ToList();
        var revisionIds = figures.SelectMany(f => f.Revisions.OrderBy(r => r.Id)).Select((r, i) => (r.Id, Local: i + 1)).ToDictionary(x => x.Id, x => x.Local);

        var planIds = phases.SelectMany(p => p.Plans.OrderBy(r => r.Id)).Select((r, i) => (r.Id, Local: i + 1)).ToDictionary(x => x.Id, x => x.Local);
        var dateIds = milestones.SelectMany(m => m.DateRevisions.OrderBy(r => r.Id)).Select((r, i) => (r.Id, Local: i + 1)).ToDictionary(x => x.Id, x => x.Local);
        var milestoneIds = milestones.Select((m, i) => (m.Id, Local: i + 1)).ToDictionary(x => x.Id, x => x.Local);
        var risks = await db.Risks.AsNoTracking().AsSplitQuery()
            .Include(r => r.Threats)
            .Include(r => r.Consequences)
            .Include(r => r.Assessments).ThenInclude(a => a.Citations)
            .Where(r => r.CampusId == campus.Id && r.Visibility <= highest)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var figureRevisionIds = revisionIds.Keys.ToList();
        var dateClaimIds = dateIds.Keys.ToList();
        var resolutions = await db.ConflictResolutions.AsNoTracking()
            .Include(r => r.Citations)
            .Where(r => (r.FigureRevisionId != null && figureRevisionIds.Contains(r.FigureRevisionId.Value))
                || (r.MilestoneDateRevisionId != null && dateClaimIds.Contains(r.MilestoneDateRevisionId.Value)))
            .Where(r => r.Visibility <= highest)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        if (!filter.SeesEverything)
        {
            foreach (var risk in risks)
            {
                risk.Assessments.RemoveAll(a => a.Visibility > highest);
                risk.Consequences.RemoveAll(c => !dateIds.ContainsKey(c.MilestoneDateRevisionId));
                Restrict(risk.Assessments, filter, sourceLevels);
            }

            Restrict(resolutions, filter, sourceLevels);
        }

        var resolutionIds = resolutions.Select((r, i) => (r.Id, Local: i + 1)).ToDictionary(x => x.Id, x => x.Local);
        var assessmentIds = risks.SelectMany(r => r.Assessments.OrderBy(a => a.Id)).Select((a, i) => (a.Id, Local: i + 1)).ToDictionary(x => x.Id, x => x.Local);
        var cited = figures.SelectMany(f => f.Revisions).SelectMany(r => r.Citations)
            .Concat(milestones.SelectMany(m => m.DateRevisions).SelectMany(r => r.Citations))
            .Concat(phases.SelectMany(p => p.Plans).SelectMany(r => r.Citations))
            .Concat(risks.SelectMany(r => r.Assessments).SelectMany(a => a.Citations))
            .Concat(resolutions.SelectMany(r => r.Citations))
            .Select(c => c.SourceId).Distinct().ToList();
        var sources = await db.Sources.AsNoTracking().Where(s => cited.Contains(s.Id) && s.Visibility <= highest).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var withheld = filter.SeesEverything ? [] : (await ClaimFilter.HiddenCitations(db, highest).Select(c => c.SourceId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var sourceIds = sources.Select((s, i) => (s.Id, Local: i + 1)).ToDictionary(x => x.Id, x => x.Local);
        var benchmarks = await db.Benchmarks.AsNoTracking().ToListAsync(cancellationToken);

        // A correction of a claim hidden from the caller keeps its value but not the link to what it corrects.
        int? Local(Dictionary<int, int> map, int? id) => id is { } value && map.TryGetValue(value, out var local) ? local : null;

        List<CitationPart> Cite(IEnumerable<Domain.Citation> citations) =>
            [.. citations.OrderBy(c => c.Order).ThenBy(c => c.Id).Select(c => new CitationPart { Source = sourceIds[c.SourceId], Quote = c.Quote })];

        return new CampusDocument
        {
            Format = CampusDocument.FormatName,
            Version = CampusDocument.CurrentVersion,
            Campus = new CampusPart
            {
                Slug = campus.Slug,
                Name = campus.Name,
                Operator = campus.Operator,
                Commune = campus.Commune,
                BusinessPark = campus.BusinessPark,
                Region = campus.Region,
                Country = campus.Country,
                Description = campus.Description,
                Purposes = [.. campus.Purposes],
                People = [.. campus.People.OrderBy(p => p.Order).ThenBy(p => p.Id).Select(p => new PersonPart { Name = p.Name, Role = p.Role, RoleFr = p.RoleFr })],
                DescriptionFr = campus.DescriptionFr,
                BusinessParkFr = campus.BusinessParkFr,
                PurposesFr = campus.PurposesFr.Count == 0 ? null : [.. campus.PurposesFr],
            },
            Sources = [.. sources.Select(s => new SourcePart
            {
                Id = sourceIds[s.Id],
                Title = s.Title,
                Publisher = s.Publisher,
                Url = s.Url,
                PublishedOn = s.Published?.ToString(),
                Language = s.Language,
                Excerpt = filter.Excerpt(s.Excerpt, withheld.Contains(s.Id)),
                Visibility = s.Visibility.ToString(),
            })],
            Phases = [.. phases.Select(p => new PhasePart
            {
                Id = phaseIds[p.Id],
                Name = p.Name,
                NameFr = p.NameFr,
                Order = p.Order,
                AnnouncedOn = p.AnnouncedOn.ToString(),
                Plans = [.. p.Plans.OrderBy(r => r.Id).Select(r => new PhasePlanPart
                {
                    Id = planIds[r.Id],
                    Target = r.Target?.ToString(),
                    CapacityMw = r.CapacityMw,
                    AnnouncedOn = r.AnnouncedOn.ToString(),
                    Status = r.Status.ToString(),
                    Visibility = r.Visibility.ToString(),
                    Sources = Cite(r.Citations),
                    Note = r.Note,
                    Corrects = Local(planIds, r.CorrectsRevisionId),
                    RecordedAt = r.RecordedAt.ToUniversalTime(),
                })],
            })],
            Milestones = [.. milestones.Select(m => new MilestonePart
            {
                Id = milestoneIds[m.Id],
                Title = m.Title,
                TitleFr = m.TitleFr,
                Description = m.Description,
                Kind = m.Kind.ToString(),
                Status = m.Status.ToString(),
                Phase = Local(phaseIds, m.PhaseId),
                CommissionsPhase = m.CommissionsPhase,
                Archived = m.IsArchived,
                DateRevisions = [.. m.DateRevisions.OrderBy(r => r.Id).Select(r => new DateRevisionPart
                {
                    Id = dateIds[r.Id],
                    Kind = r.Kind.ToString(),
                    AnnouncedOn = r.AnnouncedOn.ToString(),
                    Target = r.Target?.ToString(),
                    Status = r.Status.ToString(),
                    Visibility = r.Visibility.ToString(),
                    Sources = Cite(r.Citations),
                    Corrects = Local(dateIds, r.CorrectsRevisionId),
                    Reason = r.Reason,
                    RecordedAt = r.RecordedAt.ToUniversalTime(),
                })],
            })],
            Figures = [.. figures.Select(f => new FigurePart
            {
                Key = f.Key,
                Name = f.Name,
                NameFr = f.NameFr,
                Unit = f.Unit,
                DefaultVisibility = f.DefaultVisibility.ToString(),
                Reference = f.ReferenceRevisionId is { } reference && revisionIds.TryGetValue(reference, out var referenced) ? new ReferencePart { Revision = referenced, Note = f.ReferenceNote } : null,
                Revisions = [.. f.Revisions.OrderBy(r => r.Id).Select(r => new FigureRevisionPart
                {
                    Id = revisionIds[r.Id],
                    Value = r.Value,
                    Low = r.Low,
                    High = r.High,
                    Qualifier = r.Qualifier.ToString(),
                    AnnouncedOn = r.AnnouncedOn.ToString(),
                    Status = r.Status.ToString(),
                    Visibility = r.Visibility.ToString(),
                    Scope = r.Scope.ToString(),
                    ClaimScope = r.ScopeKind.ToString(),
                    ClaimScopePhase = Local(phaseIds, r.ScopePhaseId),
                    ClaimScopeLabel = r.ScopeLabel,
                    Sources = Cite(r.Citations),
                    Note = r.Note,
                    Corrects = Local(revisionIds, r.CorrectsRevisionId),
                    RecordedAt = r.RecordedAt.ToUniversalTime(),
                })],
            })],
            Resolutions = [.. resolutions.Select(r => new ResolutionPart
            {
                Id = resolutionIds[r.Id],
                FigureRevision = Local(revisionIds, r.FigureRevisionId),
                DateClaim = Local(dateIds, r.MilestoneDateRevisionId),
                Kind = r.Kind.ToString(),
                Reason = r.Reason,
                AnnouncedOn = r.AnnouncedOn.ToString(),
                Status = r.Status.ToString(),
                Visibility = r.Visibility.ToString(),
                Sources = Cite(r.Citations),
                Corrects = Local(resolutionIds, r.CorrectsRevisionId),
                RecordedAt = r.RecordedAt.ToUniversalTime(),
            })],
            Risks = [.. risks.Select(r => new RiskPart
            {
                Title = r.Title,
                Description = r.Description,
                Category = r.Category.ToString(),
                Owner = r.Owner,
                Visibility = r.Visibility.ToString(),
                Archived = r.IsArchived,
                ThreatenedMilestones = [.. r.Threats.Where(t => t.MilestoneId is not null).Select(t => milestoneIds[t.MilestoneId!.Value]).Order()],
                ThreatenedPhases = [.. r.Threats.Where(t => t.PhaseId is not null).Select(t => phaseIds[t.PhaseId!.Value]).Order()],
                Consequences = [.. r.Consequences.Select(c => dateIds[c.MilestoneDateRevisionId]).Order()],
                Assessments = [.. r.Assessments.OrderBy(a => a.Id).Select(a => new RiskAssessmentPart
                {
                    Id = assessmentIds[a.Id],
                    State = a.State.ToString(),
                    Likelihood = a.Likelihood.ToString(),
                    Impact = a.Impact.ToString(),
                    AnnouncedOn = a.AnnouncedOn.ToString(),
                    Status = a.Status.ToString(),
                    Visibility = a.Visibility.ToString(),
                    Sources = Cite(a.Citations),
                    Reason = a.Reason,
                    Corrects = Local(assessmentIds, a.CorrectsRevisionId),
                    RecordedAt = a.RecordedAt.ToUniversalTime(),
                })],
            })],
            Benchmarks = [.. benchmarks.OrderBy(b => b.RatioKey, StringComparer.Ordinal).ThenBy(b => b.Order).ThenBy(b => b.Key, StringComparer.Ordinal).Select(b => new BenchmarkPart
            {
                Key = b.Key,
                RatioKey = b.RatioKey,
                Name = b.Name,
                NameFr = b.NameFr,
                Low = b.Low,
                High = b.High,
                Qualifier = b.Qualifier.ToString(),
                Currency = b.Currency,
                Scope = b.Scope.ToString(),
                Region = b.Region,
                Period = b.Period?.ToString(),
                SourceTitle = b.SourceTitle,
                Publisher = b.Publisher,
                Url = b.Url,
                PublishedOn = Day(b.PublishedOn),
                Note = b.Note,
            })],
        };
    }

    /// <summary>Leaves out the figures, claims and citations hidden from the caller, and withholds the quotes that repeat a hidden one.</summary>
    private static void Restrict(Campus campus, ClaimFilter filter, Dictionary<int, Visibility> sourceLevels)
    {
        campus.Figures.RemoveAll(f => !filter.MaySee(f.DefaultVisibility) && !f.Revisions.Any(r => filter.MaySee(r.Visibility)));
        foreach (var figure in campus.Figures)
        {
            figure.Revisions.RemoveAll(r => !filter.MaySee(r.Visibility));
            Restrict(figure.Revisions, filter, sourceLevels);
        }

        foreach (var phase in campus.Phases)
        {
            phase.Plans.RemoveAll(r => !filter.MaySee(r.Visibility));
            Restrict(phase.Plans, filter, sourceLevels);
        }

        foreach (var milestone in campus.Milestones)
        {
            milestone.DateRevisions.RemoveAll(r => !filter.MaySee(r.Visibility));
            Restrict(milestone.DateRevisions, filter, sourceLevels);
        }
    }

    private static void Restrict(IEnumerable<IClaim> claims, ClaimFilter filter, Dictionary<int, Visibility> sourceLevels)
    {
        foreach (var claim in claims)
        {
            claim.Citations.RemoveAll(c => !filter.MaySee(sourceLevels.GetValueOrDefault(c.SourceId, Visibility.Confidential)));
            foreach (var citation in claim.Citations.Where(c => filter.IsRedacted(c.Quote)))
            {
                citation.Quote = null;
            }
        }
    }

    internal static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
