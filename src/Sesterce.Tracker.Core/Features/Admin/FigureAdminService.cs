using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>A value (or a low–high range) as announced, with its source and status.</summary>
public sealed record RevisionInput(
    decimal? Value,
    decimal? Low,
    decimal? High,
    FigureQualifier Qualifier,
    string? AnnouncedOn,
    RevisionStatus Status,
    int? SourceId,
    string? Quote,
    string? Note);

public sealed record FigureInput(string? Key, string? Name, string? Unit);

public sealed record FigureAdminRow(int Id, string Key, string Name, string Unit, int RevisionCount, int Version);

/// <summary>
/// Admin writes on figures. Revisions are append-only: a correction is a new revision naming the
/// one it corrects, never an edit.
/// </summary>
public sealed class FigureAdminService(AdminStore store)
{
    public const string RevisionEntity = "FigureRevision";
    public const string FigureEntity = "Figure";

    private static readonly HashSet<string> ReservedKeys = ["new", "edit", "revisions", "export"];

    public async Task<IReadOnlyList<FigureAdminRow>?> ListAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await store.OpenAsync(cancellationToken);
        if (!await db.Campuses.AnyAsync(c => c.Slug == slug, cancellationToken))
        {
            return null;
        }

        return await db.Figures.AsNoTracking()
            .Where(f => db.Campuses.Any(c => c.Id == f.CampusId && c.Slug == slug))
            .OrderBy(f => f.Order)
            .Select(f => new FigureAdminRow(f.Id, f.Key, f.Name, f.Unit, f.Revisions.Count, f.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<WriteResult> CreateFigureAsync(string slug, FigureInput input, CancellationToken cancellationToken = default)
    {
        if (await store.WriterAsync() is not { } caller)
        {
            return WriteResult.Forbidden();
        }

        await using var db = await store.OpenAsync(cancellationToken);
        var campusId = await db.Campuses.Where(c => c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (campusId is null)
        {
            return WriteResult.NotFound();
        }

        var rules = store.Rules();
        var existing = await db.Figures.Where(f => f.CampusId == campusId).Select(f => f.Key).ToListAsync(cancellationToken);
        var (key, name, unit) = ValidateFigure(rules, input, existing.Contains);

        if (!rules.IsValid)
        {
            return WriteResult.Invalid(rules.Errors);
        }

        var order = await db.Figures.Where(f => f.CampusId == campusId).Select(f => (int?)f.Order).MaxAsync(cancellationToken) ?? 0;
        var figure = new Figure { CampusId = campusId.Value, Key = key!, Name = name!, Unit = unit!, Order = order + 1 };
        db.Figures.Add(figure);
        var changes = new ChangeSet().Created("Key", key).Created("Name", name).Created("Unit", unit);
        var entry = store.Audit.Entry(caller, FigureEntity, "", slug, "Created", name!, changes.Changes, null, 0);
        return await store.CreateAsync(db, entry, () => figure.Id, () => figure.Version, slug, cancellationToken);
    }

    public Task<WriteResult> AddRevisionAsync(string slug, string key, RevisionInput input, CancellationToken cancellationToken = default) =>
        AppendAsync(slug, key, input, corrects: null, reason: null, cancellationToken);

    /// <summary>Corrects a revision with a new one that names it; the reason is required and recorded.</summary>
    public async Task<WriteResult> CorrectRevisionAsync(int revisionId, RevisionInput input, string? reason, CancellationToken cancellationToken = default)
    {
        await using var db = await store.OpenAsync(cancellationToken);
        var target = await db.FigureRevisions.AsNoTracking()
            .Where(r => r.Id == revisionId)
            .Select(r => new { r.Id, Key = db.Figures.Where(f => f.Id == r.FigureId).Select(f => f.Key).First(), Slug = db.Figures.Where(f => f.Id == r.FigureId).SelectMany(f => db.Campuses.Where(c => c.Id == f.CampusId).Select(c => c.Slug)).First() })
            .FirstOrDefaultAsync(cancellationToken);
        return target is null ? WriteResult.NotFound() : await AppendAsync(target.Slug, target.Key, input, target.Id, reason, cancellationToken);
    }

    private async Task<WriteResult> AppendAsync(string slug, string key, RevisionInput input, int? corrects, string? reason, CancellationToken cancellationToken)
    {
        if (await store.WriterAsync() is not { } caller)
        {
            return WriteResult.Forbidden();
        }

        await using var db = await store.OpenAsync(cancellationToken);
        var figure = await db.Figures.FirstOrDefaultAsync(f => f.Key == key && db.Campuses.Any(c => c.Id == f.CampusId && c.Slug == slug), cancellationToken);
        if (figure is null)
        {
            return WriteResult.NotFound();
        }

        var rules = store.Rules();
        var revision = await ValidateAsync(db, rules, input, figure.Unit, cancellationToken);
        var why = rules.Text("Reason", reason, 2000, required: corrects is not null);
        if (corrects is { } correctedId && await db.FigureRevisions.AnyAsync(r => r.CorrectsRevisionId == correctedId, cancellationToken))
        {
            rules.Add("", "AlreadyCorrected");
        }

        if (!rules.IsValid || revision is null)
        {
            return WriteResult.Invalid(rules.Errors);
        }

        revision.FigureId = figure.Id;
        revision.CorrectsRevisionId = corrects;
        revision.RecordedAt = store.Now;
        db.FigureRevisions.Add(revision);
        var changes = new ChangeSet()
            .Created("Value", revision.Value).Created("Low", revision.Low).Created("High", revision.High)
            .Created("Qualifier", revision.Qualifier).Created("AnnouncedOn", revision.AnnouncedOn.ToString())
            .Created("Status", revision.Status).Created("Source", revision.SourceId)
            .Created("Corrects", corrects);
        var entry = store.Audit.Entry(caller, RevisionEntity, "", slug, corrects is null ? "RevisionAdded" : "Corrected", $"{figure.Name} ({figure.Key})", changes.Changes, why ?? revision.Note, 0);
        return await store.CreateAsync(db, entry, () => revision.Id, () => 0, slug, cancellationToken);
    }

    private static async Task<FigureRevision?> ValidateAsync(Data.TrackerDbContext db, InputRules rules, RevisionInput input, string unit, CancellationToken cancellationToken) =>
        Validate(rules, input, unit, await AdminStore.SourceExistsAsync(db, input.SourceId, cancellationToken));

    /// <summary>The revision rules, shared with the campus import: <paramref name="sourceKnown"/> says whether the cited source exists.</summary>
    internal static FigureRevision? Validate(InputRules rules, RevisionInput input, string unit, bool sourceKnown)
    {
        var max = MaxValue(unit);
        var value = rules.Number("Value", input.Value, 0, max);
        var low = rules.Number("Low", input.Low, 0, max);
        var high = rules.Number("High", input.High, 0, max);
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
        rules.Enum("Status", input.Status);
        var announced = rules.Date("AnnouncedOn", input.AnnouncedOn, notInFuture: true);
        if (input.SourceId is null)
        {
            rules.Add("SourceId", "Required");
        }
        else if (!sourceKnown)
        {
            rules.Add("SourceId", "UnknownSource");
        }

        var quote = rules.Text("Quote", input.Quote, 2000, required: false);
        var note = rules.Text("Note", input.Note, 2000, required: false);
        return rules.IsValid && announced is { } a
            ? new FigureRevision { Value = value, Low = low, High = high, Qualifier = input.Qualifier, AnnouncedOn = a, Status = input.Status, SourceId = input.SourceId, Quote = quote, Note = note }
            : null;
    }

    /// <summary>The largest value a figure of this unit may take.</summary>
    internal static decimal MaxValue(string unit) => unit switch
    {
        "EUR" => 1_000_000_000_000m,
        "MW" => 100_000m,
        "jobs" => 10_000_000m,
        _ => 1_000_000_000_000_000m,
    };

    /// <summary>Key, name and unit of a figure; <paramref name="keyTaken"/> says whether another figure of the campus holds the key.</summary>
    internal static (string? Key, string? Name, string? Unit) ValidateFigure(InputRules rules, FigureInput input, Func<string, bool> keyTaken)
    {
        var key = rules.Key("Key", input.Key);
        var name = rules.Text("Name", input.Name, 200);
        var unit = rules.Text("Unit", input.Unit, 32);
        if (key is not null && (ReservedKeys.Contains(key) || keyTaken(key)))
        {
            rules.Add("Key", "KeyTaken", key);
        }

        return (key, name, unit);
    }

    internal static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
