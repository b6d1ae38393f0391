using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Changes;

namespace Sesterce.Tracker.Core.Features.Figures;

public enum ReferenceError
{
    None = 0,
    UnknownFigure = 1,
    UnknownRevision = 2,
    RevisionOfAnotherFigure = 3,
    RevisionCorrected = 4,
    NoteTooLong = 5,
    Forbidden = 6,
    NoteNotText = 7,
}

/// <summary>The outcome of marking or clearing a reference revision; nothing is saved unless it succeeded.</summary>
public sealed record ReferenceResult(ReferenceError Error, string Message)
{
    public bool Succeeded => Error == ReferenceError.None;

    internal static ReferenceResult Ok(string message) => new(ReferenceError.None, message);
}

/// <summary>
/// Lets an admin overrule the headline rule by naming the revision a figure's headline shows.
/// Validation lives here so every caller (the admin form, a script) gets the same answers.
/// </summary>
public sealed class FigureReferenceService(AdminStore store)
{
    public const int MaxNoteLength = 500;

    public async Task<ReferenceResult> SetReferenceAsync(string slug, string key, int revisionId, string? note, CancellationToken cancellationToken = default)
    {
        if (note?.Length > MaxNoteLength)
        {
            return new(ReferenceError.NoteTooLong, $"The note is {note.Length} characters long; at most {MaxNoteLength} are kept.");
        }

        // The same text rules as every form: a note with control characters or broken characters is refused, not stored.
        var rules = store.Rules();
        note = rules.Text("ReferenceNote", note, MaxNoteLength, required: false);
        if (!rules.IsValid)
        {
            return new(ReferenceError.NoteNotText, "The note holds control characters or broken characters; type it again as plain text.");
        }

        if (await store.WriterAsync() is not { } caller)
        {
            return new(ReferenceError.Forbidden, "Only admins may choose a figure's reference revision.");
        }

        await using var db = await store.OpenAsync(cancellationToken);
        var figure = await FindFigureAsync(db, slug, key, cancellationToken);
        if (figure is null)
        {
            return UnknownFigure(slug, key);
        }

        var revision = await db.FigureRevisions.AsNoTracking()
            .Where(r => r.Id == revisionId)
            .Select(r => new { r.FigureId, Corrected = db.FigureRevisions.Any(c => c.CorrectsRevisionId == r.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        if (revision is null)
        {
            return new(ReferenceError.UnknownRevision, $"There is no revision with the id {revisionId}.");
        }

        if (revision.FigureId != figure.Id)
        {
            return new(ReferenceError.RevisionOfAnotherFigure, $"Revision {revisionId} belongs to another figure than '{key}' of '{slug}'.");
        }

        // A corrected revision leaves the history once its correction is known, so it cannot stand as the headline.
        if (revision.Corrected)
        {
            return new(ReferenceError.RevisionCorrected, $"Revision {revisionId} has been corrected; mark the correction instead.");
        }

        var changes = new ChangeSet()
            .Compare("ReferenceRevision", figure.ReferenceRevisionId, revisionId)
            .Compare("ReferenceNote", figure.ReferenceNote, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        figure.ReferenceRevisionId = revisionId;
        figure.ReferenceNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await SaveAsync(db, caller, figure, slug, "ReferenceSet", changes, cancellationToken);
        return ReferenceResult.Ok($"Revision {revisionId} is now the reference of '{key}'.");
    }

    /// <summary>Gives the headline back to the rule.</summary>
    public async Task<ReferenceResult> ClearReferenceAsync(string slug, string key, CancellationToken cancellationToken = default)
    {
        if (await store.WriterAsync() is not { } caller)
        {
            return new(ReferenceError.Forbidden, "Only admins may choose a figure's reference revision.");
        }

        await using var db = await store.OpenAsync(cancellationToken);
        var figure = await FindFigureAsync(db, slug, key, cancellationToken);
        if (figure is null)
        {
            return UnknownFigure(slug, key);
        }

        var changes = new ChangeSet().Compare("ReferenceRevision", figure.ReferenceRevisionId, null).Compare("ReferenceNote", figure.ReferenceNote, null);
        figure.ReferenceRevisionId = null;
        figure.ReferenceNote = null;
        await SaveAsync(db, caller, figure, slug, "ReferenceCleared", changes, cancellationToken);
        return ReferenceResult.Ok($"'{key}' follows the headline rule again.");
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

    private static ReferenceResult UnknownFigure(string slug, string key) =>
        new(ReferenceError.UnknownFigure, $"Campus '{slug}' has no figure with the key '{key}'.");
}
