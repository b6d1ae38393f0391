using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Changes;

namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>
/// Lets an admin overrule the headline rule by naming the revision a figure's headline shows.
/// Validation lives here so every caller (the admin form, a script) gets the same answers.
/// </summary>
public sealed class FigureReferenceService(AdminStore store)
{
    public const int MaxNoteLength = 500;

    public async Task<WriteResult> SetReferenceAsync(string slug, string key, int revisionId, string? note, int expectedVersion, CancellationToken cancellationToken = default)
    {
        _ = expectedVersion;
        var rules = store.Rules();
        note = rules.Text("ReferenceNote", note, MaxNoteLength, required: false);
        if (!rules.IsValid)
        {
            return WriteResult.Invalid(rules.Errors);
        }

        if (await store.WriterAsync() is not { } caller)
        {
            return WriteResult.Forbidden();
        }

        await using var db = await store.OpenAsync(cancellationToken);
        var figure = await FindFigureAsync(db, slug, key, cancellationToken);
        if (figure is null)
        {
            return WriteResult.NotFound();
        }

        var revision = await db.FigureRevisions.AsNoTracking()
            .Where(r => r.Id == revisionId)
            .Select(r => new { r.FigureId, Corrected = db.FigureRevisions.Any(c => c.CorrectsRevisionId == r.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        if (revision is null)
        {
            return WriteResult.Invalid([new ValidationError("Revision", "NoSuchRevision", revisionId)]);
        }

        if (revision.FigureId != figure.Id)
        {
            return WriteResult.Invalid([new ValidationError("Revision", "RevisionOfAnotherFigure", revisionId)]);
        }

        if (revision.Corrected)
        {
            return WriteResult.Invalid([new ValidationError("Revision", "RevisionCorrected")]);
        }

        var changes = new ChangeSet()
            .Compare("ReferenceRevision", figure.ReferenceRevisionId, revisionId)
            .Compare("ReferenceNote", figure.ReferenceNote, note);
        figure.ReferenceRevisionId = revisionId;
        figure.ReferenceNote = note;
        await SaveAsync(db, caller, figure, slug, "ReferenceSet", changes, cancellationToken);
        return WriteResult.Saved(figure.Id, figure.Version);
    }

    public async Task<WriteResult> ClearReferenceAsync(string slug, string key, int expectedVersion, CancellationToken cancellationToken = default)
    {
        _ = expectedVersion;
        if (await store.WriterAsync() is not { } caller)
        {
            return WriteResult.Forbidden();
        }

        await using var db = await store.OpenAsync(cancellationToken);
        var figure = await FindFigureAsync(db, slug, key, cancellationToken);
        if (figure is null)
        {
            return WriteResult.NotFound();
        }

        var changes = new ChangeSet().Compare("ReferenceRevision", figure.ReferenceRevisionId, null).Compare("ReferenceNote", figure.ReferenceNote, null);
        figure.ReferenceRevisionId = null;
        figure.ReferenceNote = null;
        await SaveAsync(db, caller, figure, slug, "ReferenceCleared", changes, cancellationToken);
        return WriteResult.Saved(figure.Id, figure.Version);
    }

    private async Task SaveAsync(TrackerDbContext db, Identity.Caller caller, Domain.Figure figure, string slug, string action, ChangeSet changes, CancellationToken cancellationToken)
    {
        figure.Version++;
        var id = figure.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        db.AuditEntries.Add(store.Audit.Entry(caller, FigureAdminService.FigureEntity, id, slug, action, $"{figure.Name} ({figure.Key})", changes.Changes, null, figure.Version));
        await store.CommitAsync(db, FigureAdminService.FigureEntity, id, figure.Version - 1, () => WriteResult.Saved(figure.Id, figure.Version), new TrackerChange(slug, FigureAdminService.FigureEntity, id, action), cancellationToken);
    }

    private static Task<Domain.Figure?> FindFigureAsync(TrackerDbContext db, string slug, string key, CancellationToken cancellationToken) =>
        db.Figures.FirstOrDefaultAsync(f => f.Key == key && db.Campuses.Any(c => c.Id == f.CampusId && c.Slug == slug), cancellationToken);
}
