using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;

namespace Sesterce.Tracker.Core.Features.Figures;

public enum ReferenceError
{
    None = 0,
    UnknownFigure = 1,
    UnknownRevision = 2,
    RevisionOfAnotherFigure = 3,
    RevisionCorrected = 4,
    NoteTooLong = 5,
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
public sealed class FigureReferenceService(IDbContextFactory<TrackerDbContext> contextFactory)
{
    public const int MaxNoteLength = 500;

    public async Task<ReferenceResult> SetReferenceAsync(string slug, string key, int revisionId, string? note, CancellationToken cancellationToken = default)
    {
        if (note?.Length > MaxNoteLength)
        {
            return new(ReferenceError.NoteTooLong, $"The note is {note.Length} characters long; at most {MaxNoteLength} are kept.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
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

        figure.ReferenceRevisionId = revisionId;
        figure.ReferenceNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return ReferenceResult.Ok($"Revision {revisionId} is now the reference of '{key}'.");
    }

    /// <summary>Gives the headline back to the rule.</summary>
    public async Task<ReferenceResult> ClearReferenceAsync(string slug, string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var figure = await FindFigureAsync(db, slug, key, cancellationToken);
        if (figure is null)
        {
            return UnknownFigure(slug, key);
        }

        figure.ReferenceRevisionId = null;
        figure.ReferenceNote = null;
        await db.SaveChangesAsync(cancellationToken);
        return ReferenceResult.Ok($"'{key}' follows the headline rule again.");
    }

    private static Task<Domain.Figure?> FindFigureAsync(TrackerDbContext db, string slug, string key, CancellationToken cancellationToken) =>
        db.Figures.FirstOrDefaultAsync(f => f.Key == key && db.Campuses.Any(c => c.Id == f.CampusId && c.Slug == slug), cancellationToken);

    private static ReferenceResult UnknownFigure(string slug, string key) =>
        new(ReferenceError.UnknownFigure, $"Campus '{slug}' has no figure with the key '{key}'.");
}
