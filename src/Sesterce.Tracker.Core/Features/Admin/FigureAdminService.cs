using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Campuses;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>
/// A value (or a low–high range) as announced, and the claim around it: reported on, status,
/// sources, note; and what part of the campus it speaks of (the whole campus when not said).
/// </summary>
public sealed record RevisionInput(
    decimal? Value,
    decimal? Low,
    decimal? High,
    FigureQualifier Qualifier,
    ClaimInput Claim,
    ScopeInput? Scope = null);

/// <summary>What part of the campus a figure claim speaks of: a phase of the campus by id, a building or another part by name.</summary>
public sealed record ScopeInput(ClaimScopeKind Kind, int? PhaseId = null, string? Label = null)
{
    public static readonly ScopeInput Campus = new(ClaimScopeKind.Campus);
}

/// <summary>
/// A new figure. <see cref="DefaultVisibility"/> is the level its new claims start at; left null, the
/// service decides (<see cref="FigureAdminService.DefaultLevel"/>), so a form, the API and the import agree.
/// </summary>
public sealed record FigureInput(string? Key, string? Name, string? Unit, Visibility? DefaultVisibility = null, string? NameFr = null);

public sealed record FigureAdminRow(int Id, string Key, string Name, string Unit, int RevisionCount, int Version, Visibility DefaultVisibility = Visibility.Public, string? NameFr = null);

/// <summary>
/// Admin writes on figures. Revisions are append-only: a correction is a new revision naming the
/// one it corrects, never an edit.
/// </summary>
public sealed class FigureAdminService(IDbContextFactory<TrackerDbContext> contexts, WritePipeline writes)
{
    private static readonly HashSet<string> ReservedKeys = ["new", "edit", "revisions", "export"];

    public async Task<IReadOnlyList<FigureAdminRow>?> ListAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await CampusLookup.IdAsync(db, slug, cancellationToken) is not { } campusId)
        {
            return null;
        }

        return await db.Figures.AsNoTracking()
            .Where(f => f.CampusId == campusId)
            .OrderBy(f => f.Order)
            .Select(f => new FigureAdminRow(f.Id, f.Key, f.Name, f.Unit, f.Revisions.Count, f.Version, f.DefaultVisibility, f.NameFr))
            .ToListAsync(cancellationToken);
    }

    public Task<WriteResult> CreateFigureAsync(string slug, FigureInput input, CancellationToken cancellationToken = default) =>
        writes.AppendAsync(AuditedRecords.Figure, (db, ct) => CampusLookup.FindAsync(db, slug, ct), async (scope, campus) =>
        {
            var figures = scope.Db.Figures.Where(f => f.CampusId == campus.Id);
            var existing = await figures.Select(f => f.Key).ToListAsync(scope.CancellationToken);
            var (key, name, unit, level) = ValidateFigure(scope.Rules, input, existing.Contains);
            var nameFr = scope.Rules.Text("NameFr", input.NameFr, 200, required: false);
            await CampusLimits.RefuseBeyondAsync(scope, figures, CampusLimits.FiguresPerCampus, "TooManyFigures");
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var order = await figures.Select(f => (int?)f.Order).MaxAsync(scope.CancellationToken) ?? 0;
            var figure = new Figure { CampusId = campus.Id, Key = key!, Name = name!, NameFr = nameFr, Unit = unit!, Order = order + 1, DefaultVisibility = level };
            return new Addition<Figure>(figure, new ChangeSet().Created("Key", key).Created("Name", name).Created("NameFr", nameFr).Created("Unit", unit).Created("DefaultVisibility", level));
        }, cancellationToken);

    /// <summary>
    /// Changes the level new claims of the figure start at. Claims already recorded keep their own
    /// level: an admin reclassifies a claim by correcting it.
    /// </summary>
    public Task<WriteResult> SetDefaultVisibilityAsync(string slug, string key, Visibility level, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(
            AuditedRecords.Figure,
            db => db.Figures.Where(f => f.Key == key && db.Campuses.Any(c => c.Id == f.CampusId && c.Slug == slug)),
            expectedVersion,
            (scope, figure) =>
            {
                scope.Rules.Enum("DefaultVisibility", level);
                if (!scope.Rules.IsValid)
                {
                    return Task.FromResult<Edit?>(null);
                }

                var changes = new ChangeSet().Compare("DefaultVisibility", figure.DefaultVisibility, level);
                figure.DefaultVisibility = level;
                return Task.FromResult<Edit?>(new Edit("Updated", changes));
            },
            cancellationToken);

    /// <summary>
    /// Renames a figure in English and French. The same rules as at creation (a name of at most 200
    /// characters, an optional French name as long), and no two figures of a campus share a name in
    /// either language, since readers pick a figure by its name. The key, which addresses use, stays.
    /// </summary>
    public Task<WriteResult> RenameFigureAsync(string slug, string key, string? name, string? nameFr, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(
            AuditedRecords.Figure,
            db => db.Figures.Where(f => f.Key == key && db.Campuses.Any(c => c.Id == f.CampusId && c.Slug == slug)),
            expectedVersion,
            async (scope, figure) =>
            {
                var newName = scope.Rules.Text("Name", name, 200);
                var newNameFr = scope.Rules.Text("NameFr", nameFr, 200, required: false);
                var others = await scope.Db.Figures.AsNoTracking()
                    .Where(f => f.CampusId == figure.CampusId && f.Id != figure.Id)
                    .Select(f => new { f.Name, f.NameFr })
                    .ToListAsync(scope.CancellationToken);
                if (newName is not null && others.Any(o => string.Equals(o.Name, newName, StringComparison.OrdinalIgnoreCase)))
                {
                    scope.Rules.Add("Name", "NameTaken", newName);
                }

                if (newNameFr is not null && others.Any(o => string.Equals(o.NameFr, newNameFr, StringComparison.OrdinalIgnoreCase)))
                {
                    scope.Rules.Add("NameFr", "NameTaken", newNameFr);
                }

                if (!scope.Rules.IsValid)
                {
                    return null;
                }

                var changes = new ChangeSet().Compare("Name", figure.Name, newName).Compare("NameFr", figure.NameFr, newNameFr);
                figure.Name = newName!;
                figure.NameFr = newNameFr;
                return new Edit("Updated", changes);
            },
            cancellationToken);

    /// <summary>
    /// The level a new figure's claims start at when nobody said: Internal for an amount of money (an
    /// investment is often known internally before it is announced), Public otherwise.
    /// </summary>
    public static Visibility DefaultLevel(string? unit) => CurrencyUnits.IsCurrency(unit) ? Visibility.Internal : Visibility.Public;

    public Task<WriteResult> AddRevisionAsync(string slug, string key, RevisionInput input, CancellationToken cancellationToken = default) =>
        AppendAsync(
            (db, ct) => db.Figures.AsNoTracking().FirstOrDefaultAsync(f => f.Key == key && db.Campuses.Any(c => c.Id == f.CampusId && c.Slug == slug), ct),
            input,
            corrects: null,
            reason: null,
            cancellationToken);

    /// <summary>Corrects a revision with a new one that names it; the reason is required and recorded.</summary>
    public Task<WriteResult> CorrectRevisionAsync(int revisionId, RevisionInput input, string? reason, CancellationToken cancellationToken = default) =>
        AppendAsync(
            (db, ct) => db.Figures.AsNoTracking().FirstOrDefaultAsync(f => f.Revisions.Any(r => r.Id == revisionId), ct),
            input,
            revisionId,
            reason,
            cancellationToken);

    // Revisions are children of their figure: appended with their own audit entry, never updated.
    private Task<WriteResult> AppendAsync(Func<TrackerDbContext, CancellationToken, Task<Figure?>> figureOf, RevisionInput input, int? corrects, string? reason, CancellationToken cancellationToken) =>
        writes.AppendAsync(AuditedRecords.FigureRevision, figureOf, async (scope, figure) =>
        {
            var phaseKnown = input.Scope is not { Kind: ClaimScopeKind.Phase, PhaseId: { } phaseId }
                || await scope.Db.Phases.AnyAsync(p => p.Id == phaseId && p.CampusId == figure.CampusId, scope.CancellationToken);
            // A correction keeps the corrected claim's level unless the admin says otherwise; a new claim starts at the figure's default.
            var inherited = corrects is { } correctedLevelOf
                ? await scope.Db.FigureRevisions.Where(r => r.Id == correctedLevelOf).Select(r => (Visibility?)r.Visibility).FirstOrDefaultAsync(scope.CancellationToken)
                : null;
            var revision = Validate(scope.Rules, input, figure.Unit, await ClaimValidation.CitedSourcesAsync(scope, input.Claim), phaseKnown, inherited ?? figure.DefaultVisibility);
            var why = scope.Rules.Text("Reason", reason, 2000, required: corrects is not null);
            await CampusLimits.RefuseBeyondAsync(scope, scope.Db.FigureRevisions.Where(r => r.FigureId == figure.Id), CampusLimits.RevisionsPerFigure, "TooManyRevisions");
            if (corrects is { } correctedId && await scope.Db.FigureRevisions.AnyAsync(r => r.CorrectsRevisionId == correctedId, scope.CancellationToken))
            {
                scope.Rules.Add("", "AlreadyCorrected");
            }

            if (!scope.Rules.IsValid || revision is null)
            {
                return null;
            }

            revision.FigureId = figure.Id;
            revision.CorrectsRevisionId = corrects;
            revision.RecordedAt = scope.Now;
            var changes = new ChangeSet()
                .Created("Value", revision.Value).Created("Low", revision.Low).Created("High", revision.High)
                .Created("Qualifier", revision.Qualifier).Created("AnnouncedOn", revision.AnnouncedOn.ToString())
                .Created("Status", revision.Status).Created("Visibility", revision.Visibility).Created("Sources", ClaimValidation.Describe(revision.Citations))
                .Created("Scope", revision.ScopeKind == ClaimScopeKind.Campus ? null : $"{revision.ScopeKind} {revision.ScopePhaseId}{revision.ScopeLabel}".Trim())
                .Created("Corrects", corrects);
            return new Addition<FigureRevision>(revision, changes, why ?? revision.Note, corrects is null ? "RevisionAdded" : "Corrected", AuditedRecords.Figure.SummaryOf(figure));
        }, cancellationToken);

    /// <summary>
    /// The revision rules, shared with the campus import: <paramref name="knownSources"/> are the
    /// cited sources that exist; <paramref name="phaseKnown"/> says whether a phase scope names a
    /// phase of the figure's campus; <paramref name="inheritedLevel"/> is the level the claim takes when the input gives none.
    /// </summary>
    internal static FigureRevision? Validate(
        InputRules rules, RevisionInput input, string unit, IReadOnlyDictionary<int, PartialDate?> knownSources, bool phaseKnown = true, Visibility? inheritedLevel = null)
    {
        var max = MaxValue(unit);
        var value = Amount(rules, "Value", input.Value, max);
        var low = Amount(rules, "Low", input.Low, max);
        var high = Amount(rules, "High", input.High, max);
        if (input.Value is null && (input.Low is null || input.High is null))
        {
            rules.Add("Value", "ValueOrRange");
        }
        else if (input.Value is not null && (input.Low is not null || input.High is not null))
        {
            rules.Add("Value", "ValueAndRange");
        }
        else if (low is { } l && high is { } h && l > h)
        {
            rules.Add("Low", "LowAboveHigh");
        }

        rules.Enum("Qualifier", input.Qualifier);
        var (scopeKind, scopePhase, scopeLabel) = ValidateScope(rules, input.Scope ?? ScopeInput.Campus, phaseKnown);
        var claim = ClaimValidation.Validate(rules, input.Claim, knownSources, inheritedLevel: inheritedLevel);
        return rules.IsValid && claim is not null
            ? new FigureRevision
            {
                Value = value,
                Low = low,
                High = high,
                Qualifier = input.Qualifier,
                AnnouncedOn = claim.ReportedOn,
                Status = claim.Status,
                Visibility = claim.Visibility,
                Citations = claim.Citations,
                Note = claim.Note,
                ScopeKind = scopeKind,
                ScopePhaseId = scopePhase,
                ScopeLabel = scopeLabel,
            }
            : null;
    }

    // A phase needs one of the campus's phases; a building or another part needs its name. Whatever
    // does not belong to the chosen kind is dropped, so a stored claim never says two things.
    private static (ClaimScopeKind Kind, int? PhaseId, string? Label) ValidateScope(InputRules rules, ScopeInput scope, bool phaseKnown)
    {
        var kind = rules.Enum("ScopeKind", scope.Kind);
        switch (kind)
        {
            case ClaimScopeKind.Phase when scope.PhaseId is null:
                rules.Add("ScopePhaseId", "Required");
                return (kind, null, null);
            case ClaimScopeKind.Phase when !phaseKnown:
                rules.Add("ScopePhaseId", "UnknownPhase");
                return (kind, null, null);
            case ClaimScopeKind.Phase:
                return (kind, scope.PhaseId, null);
            case ClaimScopeKind.Building or ClaimScopeKind.Other:
                return (kind, null, rules.Text("ScopeLabel", scope.Label, 200));
            default:
                return (ClaimScopeKind.Campus, null, null);
        }
    }

    /// <summary>The largest value a figure of this unit may take.</summary>
    // Too large is its own refusal: "between 0 and 1000000000000" reads like a range to aim for, not a number typed wrong.
    private static decimal? Amount(InputRules rules, string field, decimal? value, decimal max)
    {
        if (value > max)
        {
            rules.Add(field, "NumberAboveMax", max);
            return null;
        }

        return rules.Number(field, value, 0, max);
    }

    internal static decimal MaxValue(string unit) => unit switch
    {
        "EUR" => 1_000_000_000_000m,
        "MW" => 100_000m,
        "jobs" => 10_000_000m,
        _ => 1_000_000_000_000_000m,
    };

    /// <summary>
    /// Key, name, unit and default level of a figure; <paramref name="keyTaken"/> says whether another
    /// figure of the campus holds the key. A missing level follows <see cref="DefaultLevel"/>.
    /// </summary>
    internal static (string? Key, string? Name, string? Unit, Visibility DefaultVisibility) ValidateFigure(InputRules rules, FigureInput input, Func<string, bool> keyTaken)
    {
        var key = rules.Key("Key", input.Key);
        var name = rules.Text("Name", input.Name, 200);
        var unit = rules.Text("Unit", input.Unit, 32);
        if (key is not null && (ReservedKeys.Contains(key) || keyTaken(key)))
        {
            rules.Add("Key", "KeyTaken", key);
        }

        var level = ClaimValidation.Level(rules, input.DefaultVisibility, DefaultLevel(unit), "DefaultVisibility");
        return (key, name, unit, level);
    }
}
