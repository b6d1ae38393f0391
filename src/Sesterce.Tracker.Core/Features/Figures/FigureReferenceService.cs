using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Audit;

namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>
/// Lets an admin overrule the headline rule by naming the revision a figure's headline shows.
/// Validation lives here so every caller (the admin form, a script) gets the same answers; the
/// choice is a versioned edit of the figure, so two admins choosing at once cannot overwrite each other.
/// </summary>
public sealed class FigureReferenceService(WritePipeline writes)
{
    public const int MaxNoteLength = 500;

    public Task<WriteResult> SetReferenceAsync(string slug, string key, int revisionId, string? note, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Figure, Find(slug, key), expectedVersion, async (scope, figure) =>
        {
            var text = scope.Rules.Text("ReferenceNote", note, MaxNoteLength, required: false);
            var revision = await scope.Db.FigureRevisions.AsNoTracking()
                .Where(r => r.Id == revisionId)
                .Select(r => new { r.FigureId, Corrected = scope.Db.FigureRevisions.Any(c => c.CorrectsRevisionId == r.Id) })
                .FirstOrDefaultAsync(scope.CancellationToken);
            if (revision is null)
            {
                scope.Rules.Add("Revision", "NoSuchRevision", revisionId);
            }
            else if (revision.FigureId != figure.Id)
            {
                scope.Rules.Add("Revision", "RevisionOfAnotherFigure", revisionId);
            }

            // A corrected revision leaves the history once its correction is known, so it cannot stand as the headline.
            else if (revision.Corrected)
            {
                scope.Rules.Add("Revision", "RevisionCorrected");
            }

            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var changes = new ChangeSet()
                .Compare("ReferenceRevision", figure.ReferenceRevisionId, revisionId)
                .Compare("ReferenceNote", figure.ReferenceNote, text);
            figure.ReferenceRevisionId = revisionId;
            figure.ReferenceNote = text;
            return new Edit("ReferenceSet", changes);
        }, cancellationToken);

    /// <summary>Gives the headline back to the rule.</summary>
    public Task<WriteResult> ClearReferenceAsync(string slug, string key, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Figure, Find(slug, key), expectedVersion, (_, figure) =>
        {
            var changes = new ChangeSet().Compare("ReferenceRevision", figure.ReferenceRevisionId, null).Compare("ReferenceNote", figure.ReferenceNote, null);
            figure.ReferenceRevisionId = null;
            figure.ReferenceNote = null;
            return Task.FromResult<Edit?>(new Edit("ReferenceCleared", changes));
        }, cancellationToken);

    private static Func<TrackerDbContext, IQueryable<Domain.Figure>> Find(string slug, string key) =>
        db => db.Figures.Where(f => f.Key == key && db.Campuses.Any(c => c.Id == f.CampusId && c.Slug == slug));
}
