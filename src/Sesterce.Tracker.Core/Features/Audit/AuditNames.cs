using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Audit;

/// <summary>
/// Turns the ids an audit entry stores into the names readers know, at read time: the record's
/// name (a milestone's title, a figure's name), the sources' titles, the phase's name, the
/// corrected claim's day and value. Ids that no longer resolve keep what the entry itself says.
/// The audit log is for admins, who may see every level; the names therefore include confidential records.
/// </summary>
internal static class AuditNames
{
    /// <summary>Fields whose values are source ids ("2, 5").</summary>
    private static readonly HashSet<string> SourceFields = ["Sources", "Source", "SourceId"];

    /// <summary>Fields whose values are a phase id.</summary>
    private static readonly HashSet<string> PhaseFields = ["Phase", "ScopePhaseId", "PhaseId"];

    public static async Task<IReadOnlyList<AuditEntryView>> ResolveAsync(TrackerDbContext db, IReadOnlyList<AuditEntryView> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => (e.EntityType, Id: Int(e.EntityId))).Where(x => x.Id is not null).ToList();
        int[] IdsOf(string type) => [.. ids.Where(x => x.EntityType == type).Select(x => x.Id!.Value).Distinct()];

        var milestoneIds = IdsOf("Milestone");
        var riskIds = IdsOf("Risk");
        var benchmarkIds = IdsOf("Benchmark");
        var planIds = IdsOf("PhasePlan");
        var milestones = await db.Milestones.AsNoTracking().Where(m => milestoneIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Title, cancellationToken);
        var risks = await db.Risks.AsNoTracking().Where(r => riskIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Title, cancellationToken);
        var benchmarks = await db.Benchmarks.AsNoTracking().Where(b => benchmarkIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var plans = await db.PhasePlanRevisions.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.PhaseId, cancellationToken);
        var revisionIds = IdsOf("FigureRevision")
            .Concat(entries.Where(e => e.EntityType == "FigureRevision").SelectMany(e => e.Changes).Where(c => c.Field == "Corrects").Select(c => Int(c.New)).OfType<int>())
            .Distinct().ToArray();
        var revisions = await db.FigureRevisions.AsNoTracking().Include(r => r.Citations).Where(r => revisionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var figureIds = IdsOf("Figure").Concat(revisions.Values.Select(r => r.FigureId)).Distinct().ToArray();
        var figures = await db.Figures.AsNoTracking().Where(f => figureIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => (f.Name, f.Unit), cancellationToken);
        var dateClaimIds = entries.Where(e => e.EntityType == "Milestone").SelectMany(e => e.Changes).Where(c => c.Field == "Corrects").Select(c => Int(c.New)).OfType<int>().Distinct().ToArray();
        var dateClaims = await db.MilestoneDateRevisions.AsNoTracking().Include(r => r.Citations).Where(r => dateClaimIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);

        var sourceIds = entries.SelectMany(e => e.Changes).Where(c => SourceFields.Contains(c.Field)).SelectMany(c => Ints(c.Old).Concat(Ints(c.New)))
            .Concat(IdsOf("Source"))
            .Concat(revisions.Values.SelectMany(r => r.Citations).Concat(dateClaims.Values.SelectMany(r => r.Citations)).Select(c => c.SourceId))
            .Distinct().ToArray();
        var sources = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);
        var phaseIds = entries.SelectMany(e => e.Changes).Where(c => PhaseFields.Contains(c.Field)).SelectMany(c => Ints(c.Old).Concat(Ints(c.New)))
            .Concat(IdsOf("Phase")).Concat(plans.Values).Distinct().ToArray();
        var phases = await db.Phases.AsNoTracking().Where(p => phaseIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

        string? SourceList(string? value) =>
            value is null ? null : string.Join(", ", Ints(value).Select(id => sources.TryGetValue(id, out var title) ? title : id.ToString(CultureInfo.InvariantCulture)));

        string? PhaseName(string? value) => Int(value) is { } id && phases.TryGetValue(id, out var name) ? name : value;

        string? FirstSource(IEnumerable<Citation> citations) =>
            citations.OrderBy(c => c.Order).Select(c => sources.TryGetValue(c.SourceId, out var title) ? title : null).FirstOrDefault(t => t is not null);

        // "2025-11-17 · 1500000000 · Le Dauphiné": the reading side formats each part for its reader.
        string? ClaimName(string type, string? value)
        {
            if (Int(value) is not { } id)
            {
                return value;
            }

            if (type == "FigureRevision" && revisions.TryGetValue(id, out var revision))
            {
                var amount = revision.Value is { } v ? Number(v) : $"{Number(revision.Low ?? 0)}–{Number(revision.High ?? 0)}";
                return Join(new PartialDate(revision.AnnouncedOnStart, revision.AnnouncedOnPrecision).ToString(), amount, FirstSource(revision.Citations));
            }

            if (type == "Milestone" && dateClaims.TryGetValue(id, out var claim))
            {
                var date = claim.TargetStart is { } start ? new PartialDate(start, claim.TargetPrecision ?? DatePrecision.Day).ToString() : null;
                return Join(new PartialDate(claim.AnnouncedOnStart, claim.AnnouncedOnPrecision).ToString(), date, FirstSource(claim.Citations));
            }

            return value;
        }

        FieldChange Resolve(AuditEntryView entry, FieldChange change) => change.Field switch
        {
            var f when SourceFields.Contains(f) => change with { Old = SourceList(change.Old), New = SourceList(change.New) },
            var f when PhaseFields.Contains(f) => change with { Old = PhaseName(change.Old), New = PhaseName(change.New) },
            "Corrects" => change with { Old = ClaimName(entry.EntityType, change.Old), New = ClaimName(entry.EntityType, change.New) },
            _ => change,
        };

        (string Subject, string? Unit) SubjectOf(AuditEntryView entry)
        {
            var id = Int(entry.EntityId);
            return entry.EntityType switch
            {
                "Milestone" when id is { } m && milestones.TryGetValue(m, out var title) => (title, null),
                "Risk" when id is { } r && risks.TryGetValue(r, out var title) => (title, null),
                "Benchmark" when id is { } b && benchmarks.TryGetValue(b, out var name) => (name, null),
                "Source" when id is { } s && sources.TryGetValue(s, out var title) => (title, null),
                "Phase" when id is { } p && phases.TryGetValue(p, out var name) => (name, null),
                "PhasePlan" when id is { } p && plans.TryGetValue(p, out var phase) && phases.TryGetValue(phase, out var name) => (name, null),
                "Figure" when id is { } f && figures.TryGetValue(f, out var figure) => (figure.Name, figure.Unit),
                "FigureRevision" when id is { } r && revisions.TryGetValue(r, out var revision) && figures.TryGetValue(revision.FigureId, out var figure) => (figure.Name, figure.Unit),
                _ => (entry.Summary, null),
            };
        }

        return [.. entries.Select(entry =>
        {
            var (subject, unit) = SubjectOf(entry);
            return entry with { Subject = subject, Unit = unit, Details = [.. entry.Changes.Select(c => Resolve(entry, c))] };
        })];
    }

    private static string Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Number(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static IEnumerable<int> Ints(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Int).OfType<int>();
}
